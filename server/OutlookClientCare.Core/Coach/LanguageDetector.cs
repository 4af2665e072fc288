using System.Globalization;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Core.Coach;

/// <summary>German or English by counting frequent function words of each; English when undecided.</summary>
internal static class LanguageDetector
{
    private static readonly HashSet<string> German = new(StringComparer.Ordinal)
    {
        "der", "die", "das", "und", "ich", "nicht", "ist", "wir", "sie", "mit", "für", "auf", "ein", "eine", "zu", "den", "dem", "bis",
        "ihnen", "es", "sich", "auch", "noch", "wie", "bitte", "dass", "haben", "habe", "uns", "wird", "werden", "ihr", "ihre", "du",
        "dir", "dich", "dein", "deine", "leid", "danke", "vielen", "grüße", "gern", "gerne", "morgen", "heute", "wenn", "aber", "oder",
    };

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "and", "is", "we", "you", "to", "of", "for", "with", "not", "a", "on", "this", "that", "will", "be", "by", "are", "it",
        "please", "your", "our", "have", "has", "thank", "thanks", "sorry", "regards", "i", "my", "can", "would", "could", "us", "am",
    };

    public static ThreadLanguage Detect(DraftText draft)
    {
        int de = 0, en = 0;
        foreach (var word in draft.Words.Take(400))
        {
            var lower = draft[word].ToLower(CultureInfo.InvariantCulture);
            if (German.Contains(lower))
            {
                de++;
            }

            if (English.Contains(lower))
            {
                en++;
            }
        }

        return de > en ? ThreadLanguage.De : ThreadLanguage.En;
    }
}
