namespace OutlookClientCare.Core.Threads.Analysis;

/// <summary>German or English, from the short function words every sentence is full of.</summary>
internal static class Languages
{
    private static readonly HashSet<string> German = new(StringComparer.Ordinal)
    {
        "und", "der", "die", "das", "ist", "nicht", "ich", "wir", "sie", "ihnen", "mit", "für", "auf", "den", "dem", "des",
        "ein", "eine", "einen", "zu", "von", "bitte", "noch", "auch", "sind", "haben", "wird", "werden", "bis", "aber",
        "oder", "wie", "dass", "es", "uns", "mir", "mich", "bei", "nach", "schon", "kein", "keine", "hallo", "danke",
        "können", "könnten", "würden", "gibt", "sehr", "ihr", "ihre", "leider", "heute", "morgen", "jetzt", "nur", "im",
        "am", "um", "war", "hat", "habe", "du", "dir", "dich", "euch", "über", "wäre", "immer", "wieder", "diese", "dieser",
    };

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "and", "is", "not", "we", "you", "your", "with", "for", "on", "of", "to", "a", "an", "are", "have", "has",
        "will", "would", "could", "can", "this", "that", "it", "be", "but", "or", "how", "please", "thanks", "still", "our",
        "us", "me", "my", "at", "by", "from", "was", "were", "been", "do", "does", "did", "any", "there", "they", "what",
        "when", "which", "hi", "hello", "just", "again", "today", "tomorrow", "very", "if", "as", "into", "about", "should",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GermanLookup = German.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishLookup = English.GetAlternateLookup<ReadOnlySpan<char>>();

    public static (int German, int English) Count(Sentence sentence)
    {
        var de = 0;
        var en = 0;
        for (var i = 0; i < sentence.Tokens.Length; i++)
        {
            var word = sentence.Word(i);
            if (GermanLookup.Contains(word))
            {
                de++;
            }
            else if (EnglishLookup.Contains(word))
            {
                en++;
            }

            if (word.ContainsAny('ä', 'ö', 'ü') || word.Contains('ß'))
            {
                de++;
            }
        }

        return (de, en);
    }

    public static (int German, int English) Count(List<SentenceReading> sentences)
    {
        var de = 0;
        var en = 0;
        var words = 0;
        foreach (var sentence in sentences)
        {
            var (g, e) = Count(sentence.Sentence);
            de += g;
            en += e;
            words += sentence.Sentence.Tokens.Length;
            if (words > 150)
            {
                break;
            }
        }

        return (de, en);
    }
}
