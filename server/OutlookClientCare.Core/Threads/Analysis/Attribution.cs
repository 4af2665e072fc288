namespace OutlookClientCare.Core.Threads.Analysis;

/// <summary>Whose displeasure a word is, or why it is not meant.</summary>
internal enum Voice
{
    /// <summary>The writer's own feeling toward us.</summary>
    Own,

    /// <summary>Someone else's feeling the writer reports ("our staff are annoyed").</summary>
    Reported,

    /// <summary>The writer's sympathy for someone ("I understand your frustration").</summary>
    Empathy,

    /// <summary>"If this slipped, we'd be annoyed."</summary>
    Hypothetical,

    /// <summary>"Are you frustrated with the tool too?"</summary>
    Question,

    /// <summary>Banter with clear markers ("haha", a winking smiley).</summary>
    Playful,
}

/// <summary>
/// The frame a sentence puts its displeasure words in: who holds the feeling (the nearest person
/// before it in its clause), and whether the sentence is empathy, a hypothetical, a question
/// about someone's feelings or playful.
/// </summary>
internal readonly struct Frame
{
    private const int HolderReach = 6;

    private readonly Sentence _sentence;
    private readonly List<CueMatch> _matches;
    private readonly bool _playful;
    private readonly bool _banter;
    private readonly bool _hypothetical;
    private readonly int _empathyAt = -1;
    private readonly bool _firstPerson;
    private readonly bool _secondPerson;

    public Frame(SentenceReading reading, List<CueMatch> matches, bool playful)
    {
        _sentence = reading.Sentence;
        _matches = matches;
        var conditional = false;
        var subjunctive = false;
        foreach (var match in matches)
        {
            switch (match.Cue)
            {
                case Cue.Irony:
                    _banter = true;
                    break;
                case Cue.Conditional:
                    conditional = true;
                    break;
                case Cue.Subjunctive:
                    subjunctive = true;
                    break;
                case Cue.Empathy when _empathyAt < 0 && !reading.IsNegated(match, matches):
                    _empathyAt = match.First;
                    break;
                case Cue.FirstPerson:
                    _firstPerson = true;
                    break;
                case Cue.SecondPerson or Cue.ThirdParty when !_secondPerson:
                    _secondPerson = PersonOf(match) == Cue.SecondPerson;
                    break;
            }
        }

        _playful = playful || _banter;
        _hypothetical = conditional && subjunctive;
    }

    public Voice VoiceOf(CueMatch match)
    {
        // A laugh in the sentence ("what a nightmare haha") takes back all but real fury; a smiley in the message, mild words.
        if ((_banter && match.Weight < 0.85) || (_playful && match.Weight < 0.6))
        {
            return Voice.Playful;
        }

        if (IsInsideEmpathy(match))
        {
            return Voice.Empathy;
        }

        if (_hypothetical)
        {
            return Voice.Hypothetical;
        }

        var holder = HolderOf(match);
        if (_sentence.IsQuestion && holder is Cue.SecondPerson or Cue.ThirdParty && IsFeelingQuestion(match))
        {
            return Voice.Question;
        }

        return holder == Cue.ThirdParty ? Voice.Reported : Voice.Own;
    }

    /// <summary>"I am disappointed", "wir sind irritiert": the writer names their own feeling.</summary>
    public bool IsFirstPersonFeeling(CueMatch match)
    {
        var holder = Nearest(match, before: true, out var distance);
        return holder == Cue.FirstPerson && distance <= 4;
    }

    /// <summary>Someone speaking for themselves ("wir", "I", "our lawyer") is in the sentence.</summary>
    public bool HasFirstPerson => _firstPerson;

    /// <summary>The reader is spoken to ("you", "Ihnen", "dich").</summary>
    public bool HasSecondPerson => _secondPerson;

    /// <summary>The sentence or its message is banter ("haha", a winking smiley).</summary>
    public bool IsPlayful => _playful;

    /// <summary>
    /// Empathy covers the displeasure after it until a contrast ("I understand your frustration,
    /// but this is unacceptable"), and words just before it ("Ihr Ärger ist verständlich").
    /// </summary>
    private bool IsInsideEmpathy(CueMatch match)
    {
        if (_empathyAt < 0)
        {
            return false;
        }

        if (match.First < _empathyAt)
        {
            return _empathyAt - match.Last <= 3 && _sentence.Tokens[match.Last].Clause == _sentence.Tokens[_empathyAt].Clause;
        }

        for (var i = _empathyAt + 1; i < match.First; i++)
        {
            if (SentenceReading.ContrastLookup.Contains(_sentence.Word(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The person whose feeling it is: the nearest person before it in its clause, else just after.</summary>
    private Cue? HolderOf(CueMatch match) =>
        Nearest(match, before: true, out _) ?? (Nearest(match, before: false, out var after) is { } later && after <= 3 ? later : null);

    private Cue? Nearest(CueMatch match, bool before, out int distance)
    {
        distance = int.MaxValue;
        Cue? holder = null;
        var clause = _sentence.Tokens[match.First].Clause;
        foreach (var other in _matches)
        {
            if (other.Cue is not (Cue.FirstPerson or Cue.SecondPerson or Cue.ThirdParty) || _sentence.Tokens[other.First].Clause != clause
                || SentenceReading.IsInsideLongerMatch(other, _matches) || IsInsideLongerPerson(other))
            {
                continue;
            }

            var gap = before ? match.First - other.Last : other.First - match.Last;
            if (gap <= 0 || gap > HolderReach || gap >= distance)
            {
                continue;
            }

            var person = PersonOf(other);
            if (person is not null)
            {
                distance = gap;
                holder = person;
            }
        }

        return holder;
    }

    /// <summary>"our staff" is a third party although it starts with "our".</summary>
    private bool IsInsideLongerPerson(CueMatch match)
    {
        foreach (var other in _matches)
        {
            if (other.Cue is Cue.FirstPerson or Cue.SecondPerson or Cue.ThirdParty && other.First <= match.First && other.Last >= match.Last
                && other.Last - other.First > match.Last - match.First)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>German "sie"/"ihr" is "they"/"her" in lower case and the polite "you" capitalised inside a sentence.</summary>
    private Cue? PersonOf(CueMatch match)
    {
        if (match.First != match.Last)
        {
            return YourTeam(match) ? Cue.SecondPerson : match.Cue;
        }

        var word = _sentence.Word(match.First);
        if (word is "sie" or "ihr" or "ihre" or "ihren" or "ihrem" or "ihrer" or "ihnen")
        {
            var token = _sentence.Tokens[match.First];
            if (match.First == 0)
            {
                return null;
            }

            return token.Capitalized ? Cue.SecondPerson : Cue.ThirdParty;
        }

        return YourTeam(match) ? Cue.SecondPerson : match.Cue;
    }

    /// <summary>"your team", "Ihr Team": that is us, not a third party.</summary>
    private bool YourTeam(CueMatch match)
    {
        if (match.Cue != Cue.ThirdParty || match.First == 0)
        {
            return false;
        }

        var previous = _sentence.Word(match.First - 1);
        return previous is "your" or "deine" or "dein" or "deinen" or "eure" or "euer" or "euren"
            || (previous is "ihr" or "ihre" or "ihren" or "ihrem" && _sentence.Tokens[match.First - 1].Capitalized && match.First - 1 > 0);
    }

    private bool IsFeelingQuestion(CueMatch match) => match.Weight < 0.85 || !_sentence.Text.Contains('!', StringComparison.Ordinal);
}

/// <summary>
/// Which escalation words are aimed at us. A lawyer, a cancellation or a public review counts when
/// the writer threatens it ("wir werden unseren Anwalt einschalten", "otherwise we'll look
/// elsewhere"), not when they report one ("a lawyer sent us a letter"). A refund counts when it
/// is demanded, not when it is thanked for. A manager counts when the client goes over the user's
/// head ("Ihre Geschäftsführung") or brings in their own ("I have copied our director").
/// </summary>
internal static class Threats
{
    private const double SelfStanding = 2.0;

    public static int AimedAtUs(SentenceReading reading, List<CueMatch> matches, Frame frame)
    {
        var hasThreat = false;
        var hasDemand = false;
        var hasCopy = false;
        var hasManagerNoun = false;
        var playful = false;
        var endObject = false;
        var endVerb = false;
        var deadline = false;
        var conditional = false;
        var negated = false;
        foreach (var match in matches)
        {
            switch (match.Cue)
            {
                case Cue.EndObject:
                    endObject = true;
                    break;
                case Cue.EndVerb:
                    endVerb = true;
                    break;
                case Cue.Deadline:
                    deadline = true;
                    break;
                case Cue.Conditional:
                    conditional = true;
                    break;
                case Cue.Negator or Cue.NegatorShort:
                    negated = true;
                    break;
                case Cue.Threat:
                    hasThreat = true;
                    break;
                case Cue.Demand:
                    hasDemand = true;
                    break;
                case Cue.CopyIn:
                    hasCopy = true;
                    break;
                case Cue.ManagerNoun:
                    hasManagerNoun = true;
                    break;
                case Cue.Irony:
                    playful = true;
                    break;
            }
        }

        var signals = 0;
        if (playful)
        {
            return 0;
        }

        foreach (var match in matches)
        {
            if (match.Cue is not (Cue.Legal or Cue.Cancel or Cue.PublicReview or Cue.FinalDeadline or Cue.Refund or Cue.Manager)
                || SentenceReading.IsInsideLongerMatch(match, matches) || (reading.IsNegated(match, matches) && match.Weight < SelfStanding))
            {
                continue;
            }

            var aimed = match.Cue switch
            {
                Cue.Legal or Cue.Cancel or Cue.PublicReview => match.Weight >= SelfStanding || (frame.HasFirstPerson && hasThreat),
                Cue.FinalDeadline => frame.HasFirstPerson || match.Weight >= SelfStanding,
                Cue.Refund => match.Weight >= SelfStanding || ((hasDemand || (reading.IsImperative && !reading.HasRequestCue)) && reading.Positive == 0),
                Cue.Manager => true,
                _ => false,
            };
            if (aimed)
            {
                signals |= 1 << (int)match.Cue;
            }
        }

        if (hasManagerNoun && hasCopy)
        {
            signals |= 1 << (int)Cue.Manager;
        }

        // "... müssen wir die Zusammenarbeit mit Ihrem Büro grundsätzlich überdenken": the words of an ending, apart.
        if (frame.HasFirstPerson && endObject && endVerb)
        {
            signals |= 1 << (int)Cue.Cancel;
        }

        // "Sollte diese Frist nicht eingehalten werden, müssen wir ...": a condition with a consequence of ours is an ultimatum.
        if (frame.HasFirstPerson && conditional && negated && hasThreat && (deadline || signals != 0))
        {
            signals |= 1 << (int)Cue.FinalDeadline;
        }

        if (frame.HasFirstPerson && WithholdsPayment(reading.Sentence, matches, frame))
        {
            signals |= 1 << (int)Cue.Refund;
        }

        return signals;
    }

    /// <summary>"Ich zahle ab Januar nicht mehr", "we won't be paying": a payment held back.</summary>
    private static bool WithholdsPayment(Sentence sentence, List<CueMatch> matches, Frame frame)
    {
        if (!frame.HasFirstPerson)
        {
            return false;
        }

        for (var i = 0; i < sentence.Tokens.Length; i++)
        {
            var word = sentence.Word(i);
            if (word is not ("zahle" or "zahlen" or "bezahle" or "bezahlen" or "überweisen" or "pay" or "paying"))
            {
                continue;
            }

            foreach (var match in matches)
            {
                if (match.Cue == Cue.Negator && Math.Abs(match.First - i) <= 4 && sentence.Tokens[match.First].Clause == sentence.Tokens[i].Clause)
                {
                    return true;
                }
            }
        }

        return false;
    }
}

/// <summary>
/// Shouting: words in capitals that are normally written small ("NOW", "IMMER NOCH"), and "!!".
/// Headings ("ACHTUNG:", "IMPORTANT:"), acronyms and product codes are not shouting.
/// </summary>
internal static class Shouting
{
    private static readonly HashSet<string> Emphasis = new(StringComparer.Ordinal)
    {
        "now", "not", "never", "still", "again", "asap", "urgent", "today", "immediately", "stop", "why", "nobody", "nothing", "any", "must",
        "nicht", "nie", "noch", "immer", "jetzt", "sofort", "heute", "dringend", "endlich", "kein", "keine", "nichts", "wieder", "warum", "niemand",
    };

    private static readonly HashSet<string> Acronyms = new(StringComparer.Ordinal)
    {
        "html", "http", "https", "gdpr", "dsgvo", "sepa", "json", "ical", "smtp", "imap", "saas", "gmbh", "ceo", "cfo", "cto", "coo", "seo", "sea",
        "crm", "erp", "api", "vpn", "url", "pdf", "csv", "xml", "faq", "usa", "eur", "usd", "gbp", "chf", "ust", "mwst", "iban", "bic", "bsi",
        "ssl", "tls", "dns", "ios", "sms", "ceo", "hr", "it", "ok", "okay", "fyi", "asap", "cc", "bcc", "utc", "cet", "est", "pst", "mfg",
        "lg", "vg", "ps", "nb", "eta", "xx", "xxx", "xxxx", "xxxxx", "xxxxxx", "kpi", "roi", "b2b", "b2c", "ux", "ui", "qa", "sla", "nda", "llc", "ltd", "inc", "plc", "ag", "kg",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EmphasisLookup = Emphasis.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AcronymLookup = Acronyms.GetAlternateLookup<ReadOnlySpan<char>>();

    public static double Of(Sentence sentence, bool displeased)
    {
        var text = sentence.Text;
        var tokens = sentence.Tokens;
        var first = HeadingEnd(sentence);
        var caps = 0;
        var capsTokens = 0;
        for (var i = first; i < tokens.Length; i++)
        {
            if (!tokens[i].AllCaps)
            {
                continue;
            }

            capsTokens++;
            var word = sentence.Word(i);
            if (EmphasisLookup.Contains(word))
            {
                // "NOW", "IMMER NOCH": a word written small in capitals is shouting on its own.
                caps += 2;
            }
            else if (word.Length >= 4 && !AcronymLookup.Contains(word) && !word.ContainsAnyInRange('0', '9'))
            {
                caps++;
            }
        }

        var words = tokens.Length - first;
        var exclaims = text.Contains('!', StringComparison.Ordinal);

        // A line in capitals without an exclamation mark is a heading or a label ("SCHEDULED MAINTENANCE").
        if (words > 0 && capsTokens * 5 >= words * 4 && !exclaims && words <= 8)
        {
            caps = 0;
        }

        var extra = 0.0;
        if (caps >= 2 || (caps == 1 && words >= 3 && exclaims))
        {
            extra += 0.35;
        }
        else if (caps == 1 && words >= 4)
        {
            extra += 0.2;
        }

        if (text.Contains("!!", StringComparison.Ordinal))
        {
            extra += 0.35;
        }
        else if (text.Contains("?!", StringComparison.Ordinal) || text.Contains("!?", StringComparison.Ordinal) || text.Contains("??", StringComparison.Ordinal))
        {
            extra += 0.3;
        }
        else if (text.EndsWith('!') && displeased)
        {
            extra += 0.1;
        }

        return extra;
    }

    /// <summary>Tokens of a leading label in capitals followed by a colon ("ACHTUNG:", "WICHTIGER HINWEIS:").</summary>
    private static int HeadingEnd(Sentence sentence)
    {
        var colon = sentence.Text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > 40)
        {
            return 0;
        }

        var count = 0;
        foreach (var token in sentence.Tokens)
        {
            if (token.Start >= colon)
            {
                break;
            }

            if (!token.AllCaps && token.Length > 1)
            {
                return 0;
            }

            count++;
        }

        return count;
    }
}
