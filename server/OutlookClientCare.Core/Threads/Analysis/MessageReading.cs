using System.Text.RegularExpressions;

namespace OutlookClientCare.Core.Threads.Analysis;

/// <summary>One message of the thread with its side (us or the client) and its sentences read.</summary>
internal sealed partial class MessageReading
{
    private MessageReading(ThreadMessage message, Party party, List<SentenceReading> sentences, double score, double pressure)
    {
        Message = message;
        Party = party;
        Sentences = sentences;
        Score = score;
        Pressure = pressure;
    }

    public ThreadMessage Message { get; }

    public Party Party { get; }

    public List<SentenceReading> Sentences { get; }

    /// <summary>German and English function words among the first few hundred words.</summary>
    public int GermanWords { get; private init; }

    public int EnglishWords { get; private init; }

    /// <summary>The writer's own displeasure: 0 (calm) to 1 (furious).</summary>
    public double Score { get; }

    /// <summary>Displeasure of others the writer reports (their staff, their customers): 0 to 1.</summary>
    public double Pressure { get; }

    /// <summary>Something is asked that the closing words do not settle ("Dann lass das Backup drin, das ist es mir wert" settles).</summary>
    public bool HasAsk => Sentences.Exists(s => s.IsAsk && !s.IsClosure);

    /// <summary>Threats, ultimatums, shouting or furious words: the marks of anger rather than frustration.</summary>
    public bool IsHostile => Sentences.Exists(s => s.IsHostile || (s.Signals & ~(1 << (int)Cue.Manager)) != 0);

    /// <summary>The client settles the matter ("passt so", "no need to reply") and asks for nothing more.</summary>
    public bool IsClosure => Sentences.Exists(s => s.IsClosure) && Score < 0.6 && !HasAsk;

    /// <summary>The client closes the matter or is relieved, without a new complaint: the earlier heat is over.</summary>
    public bool Settles => Sentences.Exists(s => s.IsClosure || (s.IsRelief && !s.IsPartialRelief)) && !Sentences.Exists(s => s.IsPartialRelief) && Score < 0.35;

    /// <summary>"Das beruhigt mich etwas": calmer, not settled.</summary>
    public bool PartlyRelieved => !Settles && Sentences.Exists(s => s.IsRelief);

    /// <summary>Settled for good: relieved or closing, nothing more asked.</summary>
    public bool Resolves => Settles && !HasAsk;

    /// <summary>"two voicemails", "called twice": the client tried other ways to reach us.</summary>
    public bool MentionsOtherAttempts => Sentences.Exists(s => s.MentionsOtherAttempts);

    /// <summary>Newsletter and notification wording over the message; one sentence alone ("please unsubscribe me") is not enough.</summary>
    public double Bulk => Sentences.Sum(s => Math.Min(1.5, s.Bulk));

    /// <summary>Cue words the mood reading rests on.</summary>
    public int CueCount => Sentences.Sum(s => s.CueCount);

    /// <summary>Displeasure words read as not the client's own (empathy, hypotheticals, questions, banter).</summary>
    public double Discounted => Sentences.Sum(s => s.Discounted);

    public double PositiveTotal => Sentences.Sum(s => s.Positive);

    /// <summary>An out-of-office or other automatic answer: not the client speaking.</summary>
    public bool IsAutoReply { get; private init; }

    public static MessageReading Read(ThreadMessage message, Party party, List<CueMatch> scratch)
    {
        var sentences = new List<SentenceReading>();
        var text = message.Text.AsSpan(0, ClosingStart(message.Text));
        var playful = IsPlayful(text);
        foreach (var sentence in Segmenter.Split(text))
        {
            sentences.Add(SentenceReading.Read(sentence, scratch, playful));
        }

        var autoReply = AutoReplySubject(message.Subject)
            || (sentences.Count <= 8 && sentences.Take(2).Any(s => s.IsAutoReply) && !sentences.Exists(s => s.Negative >= 0.3));
        var (german, english) = Languages.Count(sentences);
        // A problem with something at stake (a fair, a launch, the board) weighs on the client even when they stay polite.
        var stakes = sentences.Exists(s => s.HasStakes) && sentences.Exists(s => s.Negative > 0 || s.Issues[MainIssue.Quality - MainIssue.Delay] >= 1 || s.Issues[MainIssue.Delay - MainIssue.Delay] >= 1) ? 0.2 : 0;
        var pressure = 1 - Math.Exp(-(sentences.Sum(s => s.Pressure) + stakes));
        return new MessageReading(message, party, sentences, MoodScore(sentences), pressure) { IsAutoReply = autoReply, GermanWords = german, EnglishWords = english };
    }

    /// <summary>A message of ours that only marks a turn of the conversation: its words are not read.</summary>
    public static MessageReading Marker(ThreadMessage message, Party party) => new(message, party, [], 0, 0);

    /// <summary>A winking or laughing smiley marks banter: mild words of displeasure around it are not meant.</summary>
    private static bool IsPlayful(ReadOnlySpan<char> text)
    {
        foreach (var marker in PlayfulMarkers)
        {
            if (text.Contains(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] PlayfulMarkers = [";)", ";-)", ":D", ":-D", "xD", "😉", "😄", "😂", "🤣", "😅", "🙈", "😜", "😁", "😆"];

    private static bool AutoReplySubject(string subject) =>
        subject.StartsWith("Automatic reply", StringComparison.OrdinalIgnoreCase) || subject.StartsWith("Automatische Antwort", StringComparison.OrdinalIgnoreCase)
        || subject.StartsWith("Out of Office", StringComparison.OrdinalIgnoreCase) || subject.StartsWith("Abwesend", StringComparison.OrdinalIgnoreCase)
        || subject.StartsWith("Autoreply", StringComparison.OrdinalIgnoreCase);

    private static double MoodScore(List<SentenceReading> sentences)
    {
        var negative = 0.0;
        var positive = 0.0;
        var signals = 0;
        var complains = sentences.Exists(s => s.Negative >= 0.3);
        foreach (var sentence in sentences)
        {
            if (complains && sentence.IsBarePraise)
            {
                // "Brilliant. So the shop is complete except for payments."
                negative += 0.45;
                continue;
            }

            negative += sentence.Negative;
            positive += sentence.Positive;
            signals |= sentence.Signals;
        }

        foreach (var signal in Cues.FromBits(signals))
        {
            negative += signal switch
            {
                Cue.Legal or Cue.Cancel or Cue.PublicReview or Cue.Refund => 0.6,
                Cue.FinalDeadline => 0.45,
                _ => 0.3,
            };
        }

        // Thanks and praise soften a complaint, but do not cancel it: "Das Design gefällt uns sehr gut. Etwas irritiert hat uns allerdings ...".
        var raw = Math.Max(negative - (0.5 * positive), 0.6 * negative);
        return 1 - Math.Exp(-raw);
    }

    /// <summary>
    /// Drops the valediction ("Mit freundlichen Grüßen", "Best regards") and everything after
    /// it: names, titles, addresses and imprint lines are not what the client says.
    /// </summary>
    /// <summary>Where the valediction or the signature block starts; the text's length when there is none.</summary>
    internal static int ClosingStart(string text)
    {
        // Line starts, so only the short tail is looked at and nothing is split or copied.
        var starts = new List<int>(64) { 0 };
        for (var i = text.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        var seenText = false;
        var previousBlank = false;
        for (var n = 0; n < starts.Count; n++)
        {
            var line = Line(text, starts, n).Trim();
            if (line.IsEmpty)
            {
                previousBlank = true;
                continue;
            }

            var inTail = starts.Count - n <= 15;
            if (seenText && inTail && line.Length <= 40 && QuoteStripper.Matches(ValedictionRegex(), line))
            {
                return starts[n];
            }

            if (seenText && inTail && previousBlank && IsNameLine(line) && IsSignatureBlock(text, starts, n))
            {
                return starts[n];
            }

            seenText = true;
            previousBlank = false;
        }

        return text.Length;
    }

    private static ReadOnlySpan<char> Line(string text, List<int> starts, int n)
    {
        var end = n + 1 < starts.Count ? starts[n + 1] - 1 : text.Length;
        return text.AsSpan(starts[n], end - starts[n]);
    }

    /// <summary>"Rebecca", "H. Brandes", "Tom Gallagher": a name on its own line.</summary>
    private static bool IsNameLine(ReadOnlySpan<char> line)
    {
        if (line.Length > 40 || line[^1] is '.' or '?' or '!' or ':' or ',' || line.IndexOfAnyInRange('0', '9') >= 0)
        {
            return false;
        }

        var words = 0;
        foreach (var range in line.Split(' '))
        {
            var word = line[range];
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            if (words > 3 || !char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Everything from here to the end is short lines without sentences: name, role, company, phone.</summary>
    private static bool IsSignatureBlock(string text, List<int> starts, int first)
    {
        var count = 0;
        for (var n = first; n < starts.Count; n++)
        {
            var line = Line(text, starts, n).Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            if (line.Length > 80 || line[^1] is '?' or '!' || (line[^1] == '.' && line.Count(' ') > 3))
            {
                return false;
            }

            count++;
        }

        return count <= 10;
    }

    [GeneratedRegex(
        @"^(?:(?:mit\s+)?(?:freundlichen|besten|herzlichen|lieben|vielen|sonnigen|schönen)\s+grü(?:ß|ss)en|(?:viele|beste|liebe|herzliche|freundliche|schöne|sonnige)\s+grü(?:ß|ss)e(?:\s+aus\s+\S+)?|grü(?:ß|ss)e|gru(?:ß|ss)|mfg|lg|vg|bg|(?:best|kind|warm|warmest|many\s+thanks\s+and|with\s+kind)\s+regards|regards|best\s+wishes|best|cheers|thanks|thank\s+you|many\s+thanks|thanks\s+again|danke|vielen\s+dank|herzlichen\s+dank|sincerely|yours\s+sincerely|yours\s+truly|ciao|tschüss|servus|bis\s+bald)(?:\s+\S+)?\s*[,.!]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 50)]
    private static partial Regex ValedictionRegex();
}
