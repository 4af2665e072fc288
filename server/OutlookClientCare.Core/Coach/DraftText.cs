using System.Text;

namespace OutlookClientCare.Core.Coach;

internal readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>A draft split into words and sentences with their positions in the original text.</summary>
internal sealed class DraftText
{
    private static readonly string[] Abbreviations =
    [
        "z. B", "z.B", "bzw", "ca", "Dr", "Nr", "Hr", "Fr", "usw", "e.g", "i.e", "u. a", "d. h", "inkl", "ggf", "evtl", "Mr", "Mrs", "Ms", "vs",
    ];

    private DraftText(string text)
    {
        Text = text;
        Words = SplitWords(text);
        Sentences = SplitSentences(text);
        SignOffStart = DraftParts.SignOffStart(text);
    }

    /// <summary>Where "Best regards" / "Viele Grüße" and the name below it start (the text length when absent).</summary>
    public int SignOffStart { get; }

    public string Text { get; }

    public IReadOnlyList<TextSpan> Words { get; }

    public IReadOnlyList<TextSpan> Sentences { get; }

    public static DraftText Of(string text) => new(text);

    public string this[TextSpan span] => Text.Substring(span.Start, span.Length);

    public int WordCount(TextSpan within) => Words.Count(w => w.Start >= within.Start && w.End <= within.End);

    public IEnumerable<TextSpan> WordsIn(TextSpan within) => Words.Where(w => w.Start >= within.Start && w.End <= within.End);

    /// <summary>The last sentence that says something, before the sign-off (skips "Best regards", names, "Thanks!").</summary>
    public TextSpan? LastSubstantiveSentence()
    {
        for (var i = Sentences.Count - 1; i >= 0; i--)
        {
            if (Sentences[i].Start < SignOffStart && WordCount(Sentences[i]) >= 5)
            {
                return Sentences[i];
            }
        }

        return Sentences.Count > 0 ? Sentences[^1] : null;
    }

    /// <summary>Lower case, umlauts and ß folded, so "Lösung" and "loesung" meet.</summary>
    public static string Fold(string word)
    {
        var builder = new StringBuilder(word.Length + 2);
        foreach (var c in word.ToLowerInvariant())
        {
            switch (c)
            {
                case 'ä': builder.Append('a'); break;
                case 'ö': builder.Append('o'); break;
                case 'ü': builder.Append('u'); break;
                case 'ß': builder.Append("ss"); break;
                case '’': builder.Append('\''); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    public static int Syllables(string word, bool german)
    {
        var lower = word.ToLowerInvariant();
        var count = 0;
        var inVowelGroup = false;
        foreach (var c in lower)
        {
            var vowel = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'ä' or 'ö' or 'ü' or 'é';
            if (vowel && !inVowelGroup)
            {
                count++;
            }

            inVowelGroup = vowel;
        }

        // English: a final silent "e" ("make", "hope") is not a syllable, "-le" ("table") is.
        if (!german && count > 1 && lower.EndsWith('e') && !lower.EndsWith("le", StringComparison.Ordinal))
        {
            count--;
        }

        return Math.Max(1, count);
    }

    private static List<TextSpan> SplitWords(string text)
    {
        var words = new List<TextSpan>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsJoiner(text, i)))
            {
                i++;
            }

            words.Add(new TextSpan(start, i - start));
        }

        return words;
    }

    private static bool IsJoiner(string text, int i) =>
        text[i] is '-' or '\'' or '’' or '\u00AD'
        && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])
        && i > 0 && char.IsLetterOrDigit(text[i - 1]);

    private static List<TextSpan> SplitSentences(string text)
    {
        var sentences = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var boundary = c == '\n'
                || (c is '.' or '!' or '?' or '…' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])) && !IsAbbreviationOrOrdinal(text, i));
            if (!boundary)
            {
                continue;
            }

            while (i + 1 < text.Length && text[i + 1] is '.' or '!' or '?')
            {
                i++;
            }

            Add(sentences, text, start, i + 1);
            start = i + 1;
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool IsAbbreviationOrOrdinal(string text, int dot)
    {
        if (text[dot] != '.')
        {
            return false;
        }

        // "am 3. Dezember": a period after a short number followed by a lower-case word or a month is an ordinal.
        var j = dot - 1;
        while (j >= 0 && char.IsDigit(text[j]))
        {
            j--;
        }

        if (j < dot - 1 && dot - 1 - j <= 2)
        {
            var next = dot + 1;
            while (next < text.Length && text[next] == ' ')
            {
                next++;
            }

            if (next < text.Length && next > dot + 1 && text[next] != '\n')
            {
                return true;
            }
        }

        foreach (var abbreviation in Abbreviations)
        {
            var from = dot - abbreviation.Length;
            if (from >= 0
                && string.CompareOrdinal(text, from, abbreviation, 0, abbreviation.Length) == 0
                && (from == 0 || !char.IsLetter(text[from - 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(List<TextSpan> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new TextSpan(start, end - start));
        }
    }

    public static bool IsUpperWord(string word) =>
        word.Any(char.IsLetter) && word.Where(char.IsLetter).All(c => char.IsUpper(c)) && !word.Any(char.IsDigit);
}
