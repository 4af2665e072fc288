using System.Text;

namespace OutlookClientCare.Core.Threads.Analysis;

/// <summary>
/// Splits the new text of a message into sentences. Paragraphs and short lines (greetings,
/// list items) are boundaries; long hard-wrapped lines are joined again. A full stop after
/// an abbreviation, an ordinal or a date ("z.B.", "am 4. Dezember", "bis 7.12. und") does not
/// end a sentence.
/// </summary>
internal static class Segmenter
{
    private const int WrappedLineLength = 60;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "z", "b", "bzw", "ca", "dr", "mr", "mrs", "ms", "nr", "tel", "vgl", "usw", "e", "g", "i", "evtl", "ggf", "inkl",
        "zzgl", "str", "prof", "hr", "fr", "st", "u", "a", "d", "h", "vs", "no", "bspw", "sog", "abs", "geb", "ing",
        "dipl", "jr", "sr", "etc", "approx", "incl", "excl", "exkl", "resp", "max", "min", "mio", "mrd", "tsd", "vol", "fa", "co",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Buffers.SearchValues<char> Terminal = System.Buffers.SearchValues.Create(".!?…");

    private static readonly System.Buffers.SearchValues<char> Punctuation = System.Buffers.SearchValues.Create(" .!?…-–—*•");

    public static List<Sentence> Split(ReadOnlySpan<char> text)
    {
        var sentences = new List<Sentence>();
        var joined = new StringBuilder();
        foreach (var raw in text.EnumerateLines())
        {
            var line = raw.Trim();
            if (line.IsEmpty)
            {
                Flush(joined, sentences);
                continue;
            }

            var ends = line.Length < WrappedLineLength || EndsSentence(line) || IsListItem(line);
            if (joined.Length == 0 && ends)
            {
                SplitChunk(line, sentences);
                continue;
            }

            if (joined.Length > 0)
            {
                joined.Append(' ');
            }

            joined.Append(line);
            if (ends)
            {
                Flush(joined, sentences);
            }
        }

        Flush(joined, sentences);
        return sentences;
    }

    /// <summary>Hard-wrapped lines of one paragraph, joined again.</summary>
    private static void Flush(StringBuilder joined, List<Sentence> sentences)
    {
        if (joined.Length > 0)
        {
            SplitChunk(joined.ToString(), sentences);
            joined.Clear();
        }
    }

    private static bool EndsSentence(ReadOnlySpan<char> line) => line[^1] is '.' or '!' or '?' or ':' or ';';

    private static bool IsListItem(ReadOnlySpan<char> line) => line[0] is '-' or '*' or '•' || (line.Length > 2 && char.IsDigit(line[0]) && line[1] is '.' or ')');

    private static void SplitChunk(ReadOnlySpan<char> chunk, List<Sentence> sentences)
    {
        var start = 0;
        for (var i = 0; i < chunk.Length; i++)
        {
            var c = chunk[i];

            // "… hatte ich schon wieder verdrängt 🙈 Dann lass das Backup drin": an emoji before a capital ends a sentence.
            if (c >= '\u2600' && EmojiEnd(chunk, i) is var emojiEnd and > 0 && emojiEnd + 1 < chunk.Length && chunk[emojiEnd] == ' ' && char.IsUpper(chunk[emojiEnd + 1]))
            {
                Add(chunk[start..emojiEnd], sentences);
                start = emojiEnd + 1;
                i = emojiEnd;
                continue;
            }

            if (c is not ('.' or '!' or '?' or '…'))
            {
                if (i - start >= InputLimits.MaxSentenceChars && c == ' ')
                {
                    Add(chunk[start..i], sentences);
                    start = i + 1;
                }

                continue;
            }

            var end = i;
            while (end + 1 < chunk.Length && chunk[end + 1] is '.' or '!' or '?' or '…' or '"' or '“' or '”' or ')' or '\'')
            {
                end++;
            }

            var next = end + 1;
            while (next < chunk.Length && chunk[next] == ' ')
            {
                next++;
            }

            if (next < chunk.Length && next == end + 1)
            {
                // "2.1", "e.g.x", "example.com": no space, no boundary.
                i = end;
                continue;
            }

            // "am Konzert (Sa 19.12.) ab 16 Uhr": a bracket or quote closing after a full stop is read like the full stop alone.
            if (c == '.' && chunk[(i + 1)..(end + 1)].IndexOfAny(Terminal) < 0 && next < chunk.Length && !IsBoundaryAfterFullStop(chunk, start, i, next))
            {
                continue;
            }

            Add(chunk[start..(end + 1)], sentences);
            start = next;
            i = next - 1;
        }

        if (start < chunk.Length)
        {
            Add(chunk[start..], sentences);
        }
    }

    /// <summary>Where an emoji at <paramref name="i"/> ends (a surrogate pair or a pictograph of the symbol blocks); 0 when none is there.</summary>
    private static int EmojiEnd(ReadOnlySpan<char> chunk, int i) =>
        char.IsHighSurrogate(chunk[i]) && i + 1 < chunk.Length && char.IsLowSurrogate(chunk[i + 1]) && char.ConvertToUtf32(chunk[i], chunk[i + 1]) >= 0x1F300 ? i + 2
        : chunk[i] is >= '\u2600' and <= '\u27BF' ? i + 1
        : 0;

    private static bool IsBoundaryAfterFullStop(ReadOnlySpan<char> chunk, int sentenceStart, int dot, int next)
    {
        if (!char.IsUpper(chunk[next]) && chunk[next] is not ('"' or '„' or '(' or '['))
        {
            return false;
        }

        var wordStart = dot;
        while (wordStart > sentenceStart && char.IsLetterOrDigit(chunk[wordStart - 1]))
        {
            wordStart--;
        }

        var word = chunk[wordStart..dot];
        if (word.IsEmpty)
        {
            return true;
        }

        // An ordinal or a date piece: "am 4. Dezember", "bis zum 7.12. Bescheid". A full date or a time before a word
        // that only starts sentences ("bis Freitag, 20.11. Das ist …", "Tuesday, 22/12. We will …", "at 10:30. Please …") ends the sentence.
        if (word.Length <= 2 && char.IsDigit(word[0]))
        {
            return (wordStart >= 2 && chunk[wordStart - 1] is '.' or '/' or ':' && char.IsDigit(chunk[wordStart - 2]) && StartsSentence(chunk[next..]))
                || EnglishMonthBefore(chunk[sentenceStart..wordStart]);
        }

        // "Wir nehmen Variante B. Damit …": a named option, not an abbreviation like "z. B.".
        if (word.Length == 1 && char.IsUpper(word[0]) && OptionWordBefore(chunk[sentenceStart..wordStart]))
        {
            return true;
        }

        Span<char> lower = stackalloc char[Math.Min(word.Length, 32)];
        return word.Length > 32 || word.ToLowerInvariant(lower) < 0 || !AbbreviationLookup.Contains(lower);
    }

    private static readonly string[] SentenceStarters =
    [
        "Das", "Dies", "Die", "Der", "Dann", "Danach", "Damit", "Dafür", "Wir", "Ich", "Es", "Bitte", "Falls", "Wenn", "Sollte", "Außerdem",
        "Zudem", "Leider", "Vielen", "Danke", "Ansonsten", "Bis", "Ab", "Aber", "Und", "Gleichzeitig", "Anschließend",
        "We", "I", "The", "This", "That", "It", "Please", "Thanks", "If", "Our", "You", "Your", "Let", "Also", "And", "But", "So", "Then",
    ];

    /// <summary>"… on Thursday, December 10. Jordan will …": an English date ends with its day, so the full stop ends the sentence.</summary>
    private static bool EnglishMonthBefore(ReadOnlySpan<char> before)
    {
        var trimmed = before.TrimEnd();
        var word = trimmed[(trimmed.LastIndexOf(' ') + 1)..];
        foreach (var month in (ReadOnlySpan<string>)["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"])
        {
            if (word.Equals(month, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OptionWordBefore(ReadOnlySpan<char> before)
    {
        var trimmed = before.TrimEnd();
        var start = trimmed.LastIndexOf(' ') + 1;
        var word = trimmed[start..];
        foreach (var option in (ReadOnlySpan<string>)["Variante", "Option", "Paket", "Package", "Plan", "Version", "Angebot", "Typ", "Type"])
        {
            if (word.Equals(option, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsSentence(ReadOnlySpan<char> rest)
    {
        foreach (var starter in SentenceStarters)
        {
            if (rest.StartsWith(starter, StringComparison.Ordinal) && (rest.Length == starter.Length || !char.IsLetter(rest[starter.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(ReadOnlySpan<char> piece, List<Sentence> sentences)
    {
        var text = piece.Trim();
        if (text.IsEmpty || !text.ContainsAnyExcept(Punctuation))
        {
            return;
        }

        sentences.Add(Sentence.Create(text.ToString()));
    }
}
