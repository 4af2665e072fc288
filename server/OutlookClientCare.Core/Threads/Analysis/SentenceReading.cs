namespace OutlookClientCare.Core.Threads.Analysis;

/// <summary>The weight of each kind of trouble in a sentence, in the order of <see cref="MainIssue"/> (without Other).</summary>
[System.Runtime.CompilerServices.InlineArray(5)]
internal struct IssueWeights
{
    private double _first;
}

/// <summary>
/// What one sentence says, read from its cue words: how much displeasure or satisfaction the
/// writer shows (after negation, intensifiers, shouting and sarcasm), which trouble it is about,
/// which escalation signals it carries, and whether it asks for something.
/// Only the writer's own feeling counts as <see cref="Negative"/>: empathy ("I understand your
/// frustration"), hypotheticals, questions about someone's feelings and playful irony are
/// discounted, and other people's feelings ("our staff are annoyed") count as
/// <see cref="Pressure"/> on the writer, not as their anger.
/// </summary>
internal sealed class SentenceReading
{
    private SentenceReading(Sentence sentence) => Sentence = sentence;

    public Sentence Sentence { get; }

    /// <summary>The writer's own displeasure.</summary>
    public double Negative { get; private set; }

    public double Positive { get; private set; }

    /// <summary>Displeasure the writer reports of others (their staff, their customers): pressure on them.</summary>
    public double Pressure { get; private set; }

    /// <summary>Displeasure words that were not read as the writer's own (empathy, hypothetical, question, irony).</summary>
    public double Discounted { get; private set; }

    /// <summary>Delay, expectations, quality, billing, responsiveness (the order of <see cref="MainIssue"/>), kept inline: sentences are many.</summary>
    public IssueWeights Issues;

    /// <summary>Escalation cues aimed at us, as bits (1 &lt;&lt; cue): sentences are many, sets would cost.</summary>
    public int Signals { get; private set; }

    /// <summary>"following up", "ich erinnere an ...": chasing, whose meaning depends on whether we answered.</summary>
    public double Chase { get; private set; }

    /// <summary>"third time", "still waiting": the writer says they had to ask again.</summary>
    public bool SaysRepeated { get; private set; }

    /// <summary>"two voicemails", "zweimal angerufen": attempts to reach us outside this thread.</summary>
    public bool MentionsOtherAttempts { get; private set; }

    public bool HasRequestCue { get; private set; }

    public bool IsNotARequest { get; private set; }

    public bool IsClosure { get; private set; }

    /// <summary>"das beruhigt mich", "ah okay", "that makes sense": the writer is relieved.</summary>
    public bool IsRelief { get; private set; }

    /// <summary>"das beruhigt mich etwas": relieved only in part.</summary>
    public bool IsPartialRelief { get; private set; }

    public bool IsImperative { get; private set; }

    public bool IsAutoReply { get; private set; }

    /// <summary>"Sorry for the delay": the writer apologises, so what they name is their own doing, not a complaint.</summary>
    public bool IsApology { get; private set; }

    /// <summary>A launch, a fair, a board meeting: something the client has riding on our work.</summary>
    public bool HasStakes { get; private set; }

    /// <summary>Contracts, binding commitments, guarantees: decisions above the user's desk.</summary>
    public bool NeedsAuthority { get; private set; }

    /// <summary>Newsletter and notification wording ("unsubscribe", "automatisch generiert"), weighted.</summary>
    public double Bulk { get; private set; }

    /// <summary>Shouting (CAPS, "!!") or a furious word: what makes displeasure anger.</summary>
    public bool IsHostile { get; private set; }

    /// <summary>The writer speaks for themselves ("ich", "we", "unser"): a date here is a commitment, a threat is theirs.</summary>
    public bool Speaks { get; private set; }

    /// <summary>The sentence speaks to the reader ("Sie", "you", "dir").</summary>
    public bool Addresses { get; private set; }

    /// <summary>How many cue words the reading rests on: the evidence behind it.</summary>
    public int CueCount { get; private set; }

    /// <summary>Praise and nothing else ("Brilliant.", "Na toll."): irony when the message around it complains.</summary>
    public bool IsBarePraise => Positive > 0 && Negative == 0 && Sentence.Tokens.Length <= 3;

    public bool IsAsk => !IsNotARequest && (Sentence.IsQuestion || HasRequestCue || IsImperative) && Sentence.Tokens.Length >= 2;

    public AskKind AskKind => HasRequestCue || IsImperative ? AskKind.Request : AskKind.Question;

    public static SentenceReading Read(Sentence sentence, List<CueMatch> scratch, bool playful = false)
    {
        scratch.Clear();
        CueTable.Lexicon.Match(sentence, scratch);
        var reading = new SentenceReading(sentence);
        reading.Interpret(scratch, playful);
        return reading;
    }

    private void Interpret(List<CueMatch> matches, bool playful)
    {
        var frame = new Frame(this, matches, playful);
        var sarcasm = false;
        var negations = 0;
        foreach (var match in matches)
        {
            // Who and in which frame is read by the frame; only words with a meaning of their own are counted here.
            if (match.Cue is Cue.FirstPerson or Cue.SecondPerson or Cue.ThirdParty or Cue.Conditional or Cue.Subjunctive or Cue.Threat
                || IsInsideLongerMatch(match, matches))
            {
                continue;
            }

            switch (match.Cue)
            {
                case Cue.Negative:
                    CueCount++;
                    if (IsNegated(match, matches))
                    {
                        Positive += 0.1;
                    }
                    else
                    {
                        AddDispleasure(match.Weight * Intensity(match, matches) * Softening(match, matches), match, frame, hostile: match.Weight >= 0.85);
                    }

                    break;
                case Cue.Positive:
                    CueCount++;
                    if (IsNegated(match, matches))
                    {
                        AddDispleasure(Math.Max(0.45, match.Weight * 1.8) * Intensity(match, matches), match, frame);
                    }
                    else if (IsInQuotes(match))
                    {
                        // "your 'quick' fix": praise in quotation marks is irony.
                        AddDispleasure(0.4, match, frame);
                    }
                    else
                    {
                        Positive += match.Weight * Intensity(match, matches);
                    }

                    break;
                case Cue.Sarcasm:
                    CueCount++;
                    AddDispleasure(match.Weight, match, frame);
                    sarcasm = true;
                    break;
                case Cue.Delay or Cue.Expectations or Cue.Quality or Cue.Billing or Cue.Responsiveness:
                    if (!IsShortNegated(match, matches))
                    {
                        Issues[match.Cue - Cue.Delay] += match.Weight;
                    }

                    break;
                case Cue.Chase:
                    Chase += match.Weight;
                    break;
                case Cue.Repeated:
                    SaysRepeated = true;
                    break;
                case Cue.Request:
                    HasRequestCue = true;
                    break;
                case Cue.NotARequest:
                    IsNotARequest = true;
                    break;
                case Cue.Closure:
                    if (!IsNegated(match, matches) && !Sentence.IsQuestion)
                    {
                        IsClosure = true;
                        CueCount++;
                    }

                    break;
                case Cue.Relief:
                    if (!IsNegated(match, matches))
                    {
                        IsRelief = true;
                        IsPartialRelief |= IsSoftened(match, matches);
                    }

                    CueCount++;
                    break;
                case Cue.Demand when !Sentence.IsQuestion && !IsFollowedByNegator(match, matches):
                    // "Wir erwarten ...", "I expect ...": firmness, a little displeasure of its own.
                    AddDispleasure(0.15, match, frame);
                    break;
                case Cue.Stakes:
                    HasStakes = true;
                    break;
                case Cue.Apology:
                    IsApology = true;
                    break;
                case Cue.AutoReply:
                    IsAutoReply = true;
                    break;
                case Cue.Negator or Cue.NegatorShort:
                    negations++;
                    break;
                case Cue.OtherAttempt:
                    MentionsOtherAttempts = true;
                    break;
                case Cue.Authority:
                    NeedsAuthority = true;
                    break;
                case Cue.Bulk:
                    Bulk += match.Weight;
                    break;
            }
        }

        Emoji(frame);
        if (IsPartialRelief)
        {
            // "Danke für die schnelle Reaktion, das beruhigt mich etwas": thanks, but not settled.
            IsClosure = false;
        }

        if (Sentence.Text.AsSpan().ContainsAny('€', '$', '£'))
        {
            Issues[MainIssue.Billing - MainIssue.Delay] += 0.5;
        }

        // "no answer", "nobody has called", "keine Rückmeldung": talk of replies, negated, is the complaint.
        if (negations > 0 && Issues[MainIssue.Responsiveness - MainIssue.Delay] > 0)
        {
            Issues[MainIssue.Responsiveness - MainIssue.Delay] += 0.8;
        }

        // "Allerdings ...", "However, ...", "But ...": the turn to what is wrong.
        if (Sentence.Tokens.Length > 2 && ContrastLookup.Contains(Sentence.Word(0)) && !playful && !matches.Exists(m => m.Cue == Cue.Softener))
        {
            Negative += 0.15;
        }

        IsImperative = LooksImperative();
        Speaks = frame.HasFirstPerson;
        Addresses = frame.HasSecondPerson;
        Signals = Threats.AimedAtUs(this, matches, frame);
        var shouting = playful ? 0 : Shouting.Of(Sentence, Negative > 0);
        IsHostile |= shouting >= 0.35;
        Negative += shouting;
        if (sarcasm || Negative >= 0.4)
        {
            // Praise next to strong displeasure is politeness or irony, not satisfaction.
            Positive = 0;
        }
    }

    /// <summary>Faces say what words leave out: "nicht nichts 😕" is concern, "😡" anger, "👍" approval.</summary>
    private void Emoji(Frame frame)
    {
        var text = Sentence.Text.AsSpan();
        if (text.IndexOfAnyInRange('\u2600', '\u27BF') < 0 && text.IndexOfAnyInRange('\uD83C', '\uD83E') < 0 && !text.Contains(":(", StringComparison.Ordinal)
            && !text.Contains(":-(", StringComparison.Ordinal))
        {
            return;
        }

        foreach (var (face, weight) in Faces)
        {
            if (!text.Contains(face, StringComparison.Ordinal))
            {
                continue;
            }

            CueCount++;
            if (weight > 0)
            {
                Positive += weight;
            }
            else if (frame.IsPlayful)
            {
                Discounted -= weight;
            }
            else
            {
                Negative -= weight;
                IsHostile |= weight <= -0.6;
            }
        }
    }

    private static readonly (string Face, double Weight)[] Faces =
    [
        (":-(", -0.15), (":(", -0.15), ("😕", -0.15), ("🙁", -0.15), ("☹", -0.15), ("😞", -0.2), ("😟", -0.2), ("😒", -0.2), ("😬", -0.1), ("😩", -0.3), ("😤", -0.45),
        ("😠", -0.6), ("😡", -0.6), ("🤬", -0.85), ("👍", 0.15), ("🙂", 0.1), ("😊", 0.15), ("😀", 0.15), ("😃", 0.15), ("🙏", 0.15), ("❤", 0.2),
    ];

    /// <summary>Adds displeasure where it belongs: to the writer, to the people they report on, or nowhere.</summary>
    private void AddDispleasure(double amount, CueMatch match, Frame frame, bool hostile = false)
    {
        switch (frame.VoiceOf(match))
        {
            case Voice.Own:
                Negative += amount * (match.Weight >= 0.3 && frame.IsFirstPersonFeeling(match) ? 1.35 : 1.0);
                IsHostile |= hostile;
                break;
            case Voice.Reported:
                Pressure += amount;
                break;
            default:
                Discounted += amount;
                break;
        }
    }

    /// <summary>"Schicken Sie mir ..." / "Send me ..." at the start of a sentence.</summary>
    private bool LooksImperative()
    {
        var tokens = Sentence.Tokens;
        if (tokens.Length < 3 || Sentence.IsQuestion)
        {
            return false;
        }

        var first = Sentence.Word(0);
        if (tokens[1].Length == 3 && Sentence.Word(1) is "sie" && tokens[1].Capitalized
            && (first.EndsWith("en") || first.EndsWith("ern") || first.EndsWith("eln")) && !first.SequenceEqual("wenn") && !first.SequenceEqual("können") && !first.SequenceEqual("haben") && !first.SequenceEqual("sollen"))
        {
            return true;
        }

        return EnglishImperatives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(first);
    }

    private static readonly HashSet<string> Contrasts = new(StringComparer.Ordinal) { "allerdings", "jedoch", "however", "but", "aber", "nur" };

    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ContrastLookup = Contrasts.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> EnglishImperatives = new(StringComparer.Ordinal)
    {
        "send", "provide", "call", "confirm", "fix", "tell", "explain", "give", "check", "deliver", "ensure", "arrange",
        "stop", "contact", "refund", "reply", "respond", "share", "forward", "sort", "correct", "update", "resend", "return",
        "remove", "change", "add", "reschedule",
    };

    private bool IsInQuotes(CueMatch match)
    {
        var first = Sentence.Tokens[match.First];
        var last = Sentence.Tokens[match.Last];
        var before = first.Start > 0 ? Sentence.Text[first.Start - 1] : ' ';
        var after = last.Start + last.Length < Sentence.Text.Length ? Sentence.Text[last.Start + last.Length] : ' ';
        return before is '"' or '\'' or '„' or '“' or '‚' or '‘' && after is '"' or '\'' or '“' or '”' or '‘' or '’';
    }

    internal static bool IsInsideLongerMatch(CueMatch match, List<CueMatch> matches)
    {
        foreach (var other in matches)
        {
            if (other.Cue == match.Cue && other.First <= match.First && other.Last >= match.Last && other.Last - other.First > match.Last - match.First)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A negator shortly before the cue in its clause, or ("stört mich nicht") right after it at the clause's end.</summary>
    internal bool IsNegated(CueMatch match, List<CueMatch> matches)
    {
        var clause = Sentence.Tokens[match.First].Clause;
        foreach (var other in matches)
        {
            if (Sentence.Tokens[other.Last].Clause != clause || other.Cue is not (Cue.Negator or Cue.NegatorShort))
            {
                continue;
            }

            if (other.Last < match.First)
            {
                var distance = match.First - other.Last;
                if ((other.Cue == Cue.Negator && distance <= 3) || (other.Cue == Cue.NegatorShort && distance <= 2))
                {
                    return true;
                }
            }
            else if (other.Cue == Cue.Negator && other.First > match.Last && other.First - match.Last <= 2 && EndsClause(other.Last))
            {
                return true;
            }
        }

        return false;
    }

    private bool EndsClause(int token) =>
        token + 1 >= Sentence.Tokens.Length || Sentence.Tokens[token + 1].Clause != Sentence.Tokens[token].Clause;

    /// <summary>"ein bisschen erschrocken", "a bit annoyed": a softener just before the word takes the edge off.</summary>
    private static double Softening(CueMatch match, List<CueMatch> matches) =>
        matches.Exists(m => m.Cue == Cue.Softener && m.Last < match.First && match.First - m.Last <= 2) ? 0.6 : 1.0;

    /// <summary>"Ich will nicht nerven": the cue is negated right after it.</summary>
    private static bool IsFollowedByNegator(CueMatch match, List<CueMatch> matches) =>
        matches.Exists(m => m.Cue is Cue.Negator or Cue.NegatorShort && m.First == match.Last + 1);

    /// <summary>"beruhigt mich etwas", "a bit relieved": a softener right around the cue.</summary>
    private static bool IsSoftened(CueMatch match, List<CueMatch> matches) =>
        matches.Exists(m => m.Cue == Cue.Softener && (m.Last < match.First ? match.First - m.Last <= 3 : m.First - match.Last is > 0 and <= 2));

    private static bool IsShortNegated(CueMatch match, List<CueMatch> matches)
    {
        foreach (var other in matches)
        {
            if (other.Cue == Cue.NegatorShort && other.Last == match.First - 1)
            {
                return true;
            }
        }

        return false;
    }

    private double Intensity(CueMatch match, List<CueMatch> matches)
    {
        var clause = Sentence.Tokens[match.First].Clause;
        foreach (var other in matches)
        {
            if (other.Cue == Cue.Intensifier && other.Last < match.First && match.First - other.Last <= 2
                && Sentence.Tokens[other.Last].Clause == clause)
            {
                return 1.5;
            }
        }

        return 1.0;
    }
}
