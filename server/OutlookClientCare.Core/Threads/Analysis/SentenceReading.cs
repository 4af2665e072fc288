namespace OutlookClientCare.Core.Threads.Analysis;

/// <summary>
/// What one sentence says, read from its cue words: how much displeasure or satisfaction
/// (after negation, intensifiers, shouting and sarcasm), which trouble it is about, which
/// escalation signals it carries, and whether it asks for something.
/// </summary>
internal sealed class SentenceReading
{
    private const int IssueCount = 5;

    private SentenceReading(Sentence sentence) => Sentence = sentence;

    public Sentence Sentence { get; }

    public double Negative { get; private set; }

    public double Positive { get; private set; }

    /// <summary>Delay, expectations, quality, billing, responsiveness (the order of <see cref="MainIssue"/>).</summary>
    public double[] Issues { get; } = new double[IssueCount];

    /// <summary>Escalation cues as bits (1 &lt;&lt; cue): sentences are many, sets would cost.</summary>
    public int Signals { get; private set; }

    /// <summary>"following up", "ich erinnere an ...": chasing, whose meaning depends on whether we answered.</summary>
    public double Chase { get; private set; }

    public bool HasRequestCue { get; private set; }

    public bool IsNotARequest { get; private set; }

    public bool IsClosure { get; private set; }

    public bool IsImperative { get; private set; }

    public bool IsAutoReply { get; private set; }

    /// <summary>Shouting (CAPS, "!!") or a furious word: what makes displeasure anger.</summary>
    public bool IsHostile { get; private set; }

    /// <summary>Praise and nothing else ("Brilliant.", "Na toll."): irony when the message around it complains.</summary>
    public bool IsBarePraise => Positive > 0 && Negative == 0 && Sentence.Tokens.Length <= 3;

    public bool IsAsk => !IsNotARequest && (Sentence.IsQuestion || HasRequestCue || IsImperative) && Sentence.Tokens.Length >= 2;

    public AskKind AskKind => HasRequestCue || IsImperative ? AskKind.Request : AskKind.Question;

    public static SentenceReading Read(Sentence sentence, List<CueMatch> scratch)
    {
        scratch.Clear();
        CueTable.Lexicon.Match(sentence, scratch);
        var reading = new SentenceReading(sentence);
        reading.Interpret(scratch);
        return reading;
    }

    private void Interpret(List<CueMatch> matches)
    {
        var sarcasm = false;
        var negations = 0;
        foreach (var match in matches)
        {
            if (IsInsideLongerMatch(match, matches))
            {
                continue;
            }

            switch (match.Cue)
            {
                case Cue.Negative:
                    if (IsNegated(match, matches))
                    {
                        Positive += 0.1;
                    }
                    else
                    {
                        Negative += match.Weight * Intensity(match, matches);
                        IsHostile |= match.Weight >= 0.85;
                    }

                    break;
                case Cue.Positive:
                    if (IsNegated(match, matches))
                    {
                        Negative += Math.Max(0.45, match.Weight * 1.8) * Intensity(match, matches);
                    }
                    else if (IsInQuotes(match))
                    {
                        // "your 'quick' fix": praise in quotation marks is irony.
                        Negative += 0.4;
                    }
                    else
                    {
                        Positive += match.Weight * Intensity(match, matches);
                    }

                    break;
                case Cue.Sarcasm:
                    Negative += match.Weight;
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
                case Cue.Cancel or Cue.Legal or Cue.Manager or Cue.PublicReview or Cue.FinalDeadline or Cue.Refund or Cue.Repeated:
                    Signals |= 1 << (int)match.Cue;
                    break;
                case Cue.Request:
                    HasRequestCue = true;
                    break;
                case Cue.NotARequest:
                    IsNotARequest = true;
                    break;
                case Cue.Closure:
                    IsClosure = true;
                    break;
                case Cue.AutoReply:
                    IsAutoReply = true;
                    break;
                case Cue.Negator or Cue.NegatorShort:
                    negations++;
                    break;
            }
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
        if (Sentence.Tokens.Length > 2 && ContrastLookup.Contains(Sentence.Word(0)))
        {
            Negative += 0.15;
        }

        var shouting = Shouting();
        IsHostile |= shouting >= 0.35;
        Negative += shouting;
        IsImperative = LooksImperative();
        if (sarcasm || Negative >= 0.4)
        {
            // Praise next to strong displeasure is politeness or irony, not satisfaction.
            Positive = 0;
        }
    }

    private double Shouting()
    {
        var text = Sentence.Text;
        var extra = 0.0;
        var caps = 0;
        foreach (var token in Sentence.Tokens)
        {
            if (token.AllCaps && token.Length >= 4)
            {
                caps++;
            }
        }

        if (caps >= 2 || (caps == 1 && Sentence.Tokens.Length >= 3 && text.Contains('!', StringComparison.Ordinal)))
        {
            extra += 0.35;
        }
        else if (caps == 1 && Sentence.Tokens.Length >= 4)
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
        else if (text.EndsWith('!') && Negative > 0)
        {
            extra += 0.1;
        }

        return extra;
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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ContrastLookup = Contrasts.GetAlternateLookup<ReadOnlySpan<char>>();

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

    private static bool IsInsideLongerMatch(CueMatch match, List<CueMatch> matches)
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

    private bool IsNegated(CueMatch match, List<CueMatch> matches)
    {
        var clause = Sentence.Tokens[match.First].Clause;
        foreach (var other in matches)
        {
            if (other.Last >= match.First || Sentence.Tokens[other.Last].Clause != clause)
            {
                continue;
            }

            var distance = match.First - other.Last;
            if ((other.Cue == Cue.Negator && distance <= 3) || (other.Cue == Cue.NegatorShort && distance <= 2))
            {
                return true;
            }
        }

        return false;
    }

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
