using System.Text.RegularExpressions;

namespace OutlookClientCare.Core.Coach;

/// <summary>
/// Decides which of the client's asks a draft answers, with a rule anyone can check by hand:
/// <list type="number">
/// <item>Content words of the ask are its words minus a German/English stop-word list, folded
/// (lower case, ä→a, ß→ss) and stemmed lightly (common endings such as -ing, -ed, -s, -en, -ung
/// are cut). Numbers (an invoice number, "3 reports") are content words too.</item>
/// <item>A content word is met when the draft has the same stem, or, for stems of five letters or
/// more, a word that starts with it (German compounds: "Rechnung" meets "Rechnungsbetrag").</item>
/// <item>The ask is answered when at least half of its content words (at least one) are met.
/// An ask about time ("when", "wann", "bis wann", "how long", "Termin") also needs a concrete
/// date or time in the draft.</item>
/// </list>
/// A draft that only repeats a question back counts as answering it; the coach cannot tell.
/// </summary>
internal static partial class AskMatcher
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        // English
        "the", "and", "for", "are", "you", "your", "yours", "with", "this", "that", "these", "those", "what", "when", "where", "which",
        "who", "whom", "why", "how", "can", "could", "would", "will", "shall", "should", "does", "did", "has", "have", "had", "not", "our",
        "from", "about", "any", "all", "there", "their", "them", "they", "then", "than", "was", "were", "been", "being", "its", "it's",
        "please", "let", "know", "tell", "also", "still", "yet", "just", "get", "got", "going", "into", "out", "over", "some", "more",
        "much", "many", "long", "by", "is", "do", "me", "my", "we", "us", "an", "a", "to", "of", "on", "in", "at", "or", "if", "be",
        // German
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und", "oder", "aber", "für", "fur",
        "mit", "von", "vom", "zum", "zur", "bei", "bis", "auf", "aus", "nach", "wie", "was", "wann", "warum", "wieso", "weshalb", "wer",
        "wem", "wen", "welche", "welcher", "welches", "wo", "woran", "wozu", "ist", "sind", "war", "waren", "wird", "werden", "wurde",
        "wurden", "kann", "können", "konnen", "könnten", "konnten", "soll", "sollen", "muss", "müssen", "mussen", "hat", "haben", "habe",
        "ich", "wir", "sie", "ihnen", "ihr", "ihre", "ihren", "du", "dich", "dir", "dein", "deine", "uns", "unser", "unsere", "mir",
        "mich", "nicht", "noch", "schon", "auch", "denn", "doch", "mal", "bitte", "endlich", "eigentlich", "genau", "jetzt", "dass",
        "dann", "sich", "man", "hier", "dort", "lange", "sagen", "geben", "gibt", "etwa", "ob", "es", "im", "am", "um", "an", "in", "zu",
    };

    public static (List<string> Answered, List<string> Open) Match(IReadOnlyList<string> asks, DraftText draft)
    {
        var draftStems = draft.Words.Select(w => Stem(DraftText.Fold(draft[w]))).ToHashSet(StringComparer.Ordinal);
        var longStems = draftStems.Where(s => s.Length >= 5).ToList();
        var hasDate = DateExpressions.Contains(draft.Text);

        var answered = new List<string>();
        var open = new List<string>();
        foreach (var ask in asks.Where(a => !string.IsNullOrWhiteSpace(a)))
        {
            (IsAnswered(ask, draftStems, longStems, hasDate) ? answered : open).Add(ask);
        }

        return (answered, open);
    }

    private static bool IsAnswered(string ask, HashSet<string> draftStems, List<string> longDraftStems, bool draftHasDate)
    {
        var askDraft = DraftText.Of(ask.Length > 2_000 ? ask[..2_000] : ask);
        var content = askDraft.Words
            .Select(w => DraftText.Fold(askDraft[w]))
            .Where(w => (w.Length >= 3 || w.All(char.IsDigit)) && !StopWords.Contains(w))
            .Select(Stem)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (content.Count == 0)
        {
            return false;
        }

        var met = content.Count(stem => draftStems.Contains(stem)
            || (stem.Length >= 5 && longDraftStems.Any(d => d.StartsWith(stem, StringComparison.Ordinal) || stem.StartsWith(d, StringComparison.Ordinal))));
        var enough = met >= Math.Max(1, (content.Count + 1) / 2);
        return enough && (!AsksForTime().IsMatch(ask) || draftHasDate);
    }

    /// <summary>Cuts one common inflection ending; keeps at least four letters of the word.</summary>
    internal static string Stem(string word)
    {
        if (word.All(char.IsDigit))
        {
            return word;
        }

        foreach (var ending in Endings)
        {
            if (word.Length - ending.Length >= 4 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }

    private static readonly string[] Endings =
    [
        "ungen", "ingly", "ation", "ments", "ung", "ing", "ied", "ies", "ern", "ens", "est", "ed", "es", "en", "er", "em", "st", "ly", "e", "s", "n", "t",
    ];

    [GeneratedRegex(@"\b(?:when|how long|by what date|what date|deadline|eta|wann|bis wann|wie lange|termin|datum|frist)\b", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksForTime();
}
