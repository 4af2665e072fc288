using System.Globalization;
using System.Text.RegularExpressions;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Core.Coach;

/// <summary>
/// Walls of text: the whole draft, a paragraph without a break, one long sentence, or hard reading
/// (Flesch reading ease for English, Amstad's German adaptation of it for German).
/// </summary>
internal static partial class LengthRule
{
    public const int MaxWords = 200;
    public const int MaxParagraphWords = 110;
    public const int MaxSentenceWordsEnglish = 32;
    public const int MaxSentenceWordsGerman = 28;
    public const double MinReadingEase = 30;
    public const int MinWordsForReadingEase = 40;

    public static IEnumerable<CoachFinding> Find(DraftText draft, ThreadLanguage language)
    {
        var de = language == ThreadLanguage.De;
        var findings = new List<CoachFinding>();

        if (draft.Words.Count > MaxWords)
        {
            var firstOver = draft.Words[MaxWords];
            var sentence = draft.Sentences.First(s => s.End >= firstOver.End);
            findings.Add(Make(draft, sentence,
                de ? $"Der Entwurf hat {draft.Words.Count} Wörter; ab hier liest ein verärgerter Kunde kaum noch weiter (Richtwert: {MaxWords})."
                   : $"The draft has {draft.Words.Count} words; from here on an upset client stops reading (aim for {MaxWords} or fewer).",
                de ? "Kürzen Sie auf das Wesentliche: was passiert ist, was Sie tun, bis wann." : "Cut to what happened, what you will do, and by when."));
        }

        foreach (var paragraph in Paragraphs(draft.Text))
        {
            var words = draft.WordCount(paragraph);
            if (words > MaxParagraphWords && draft.Words.Count <= MaxWords)
            {
                var first = draft.Sentences.First(s => s.Start >= paragraph.Start);
                findings.Add(Make(draft, first,
                    de ? $"Ein Absatz mit {words} Wörtern ohne Umbruch wirkt wie eine Textwand." : $"A paragraph of {words} words without a break reads as a wall of text.",
                    de ? "Teilen Sie ihn in kurze Absätze, einen Gedanken pro Absatz." : "Split it into short paragraphs, one point each."));
            }
        }

        var maxSentence = de ? MaxSentenceWordsGerman : MaxSentenceWordsEnglish;
        foreach (var sentence in draft.Sentences)
        {
            var words = draft.WordCount(sentence);
            if (words > maxSentence)
            {
                findings.Add(Make(draft, sentence,
                    de ? $"Dieser Satz hat {words} Wörter (Richtwert: höchstens {maxSentence})." : $"This sentence has {words} words (aim for {maxSentence} or fewer).",
                    de ? "Teilen Sie ihn in zwei oder drei kurze Sätze." : "Split it into two or three short sentences."));
            }
        }

        if (draft.Words.Count >= MinWordsForReadingEase && findings.Count == 0)
        {
            var ease = ReadingEase(draft, draft.Words, draft.Sentences.Count, de);
            if (ease < MinReadingEase)
            {
                var hardest = draft.Sentences.OrderBy(s => ReadingEase(draft, draft.WordsIn(s).ToList(), 1, de)).First();
                var score = ease.ToString("0", CultureInfo.InvariantCulture);
                findings.Add(Make(draft, hardest,
                    de ? $"Schwer lesbar (Amstad-Lesbarkeitsindex {score}; gut lesbar ist über 50). Dieser Satz ist der schwierigste."
                       : $"Hard to read (Flesch reading ease {score}; easy reading is above 50). This sentence is the hardest.",
                    de ? "Kürzere Sätze und kürzere Wörter, z. B. „Lösung“ statt „Problemlösungsansatz“." : "Use shorter sentences and shorter words, e.g. \"use\" instead of \"utilise\"."));
            }
        }

        return findings;
    }

    /// <summary>Flesch (English): 206.835 − 1.015·ASL − 84.6·ASW; Amstad (German): 180 − ASL − 58.5·ASW.</summary>
    internal static double ReadingEase(DraftText draft, IReadOnlyCollection<TextSpan> words, int sentences, bool german)
    {
        if (words.Count == 0)
        {
            return 100;
        }

        var syllables = words.Sum(w => DraftText.Syllables(draft[w], german));
        var wordsPerSentence = words.Count / (double)Math.Max(1, sentences);
        var syllablesPerWord = syllables / (double)words.Count;
        return german
            ? 180 - wordsPerSentence - (58.5 * syllablesPerWord)
            : 206.835 - (1.015 * wordsPerSentence) - (84.6 * syllablesPerWord);
    }

    private static List<TextSpan> Paragraphs(string text)
    {
        var paragraphs = new List<TextSpan>();
        var start = 0;
        foreach (var blank in BlankLine().EnumerateMatches(text))
        {
            paragraphs.Add(new TextSpan(start, blank.Index - start));
            start = blank.Index + blank.Length;
        }

        paragraphs.Add(new TextSpan(start, text.Length - start));
        return paragraphs;
    }

    [GeneratedRegex(@"\n[ \t\r]*\n", RegexOptions.NonBacktracking)]
    private static partial Regex BlankLine();

    private static CoachFinding Make(DraftText draft, TextSpan span, string reason, string suggestion) =>
        new(CoachFindingKind.TooLong, draft[span], span.Start, span.Length, reason, suggestion);
}
