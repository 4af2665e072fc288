using System.Text.RegularExpressions;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Core.Coach;

/// <summary>Mirrored rudeness in form: words in capitals and stacked "!!!" or "?!".</summary>
internal static partial class ShoutingRule
{
    // Acronyms are written in capitals on purpose; they are not shouting.
    private static readonly HashSet<string> Acronyms = new(StringComparer.Ordinal)
    {
        "ASAP", "HTML", "JSON", "HTTP", "HTTPS", "IBAN", "SEPA", "DSGVO", "GDPR", "CRM", "UTC", "CEST", "MESZ", "EUR", "USD",
        "KPIS", "FAQ", "PDF", "XML", "CSV", "SQL", "API", "APIS", "URL", "USB", "VPN", "ERP", "ISO", "OKRS", "IFRS", "AGBS", "NDA",
        "SAML", "SMTP", "IMAP", "DATEV", "UEFA", "NASA", "ZUGFERD", "XRECHNUNG", "GOBD", "BAFA", "SEPA", "UTF", "YAML", "HTTP",
    };

    public static List<CoachFinding> Find(DraftText draft, ThreadLanguage language)
    {
        var reason = language == ThreadLanguage.De
            ? "Großbuchstaben und gestapelte Satzzeichen wirken wie Schreien und spiegeln den Ton des Kunden."
            : "Capitals and stacked punctuation read as shouting and mirror the client's tone.";
        var capsSuggestion = language == ThreadLanguage.De
            ? "Schreiben Sie normal; betonen Sie mit einem klaren Satz statt mit Großbuchstaben."
            : "Write it in normal case; make the point with a clear sentence instead.";
        var punctuationSuggestion = language == ThreadLanguage.De ? "Ein Satzzeichen genügt." : "One punctuation mark is enough.";

        // Company and name lines below the sign-off are often in capitals on purpose.
        var findings = CapitalRuns(draft)
            .Where(run => run.Start < draft.SignOffStart)
            .Select(run => new CoachFinding(CoachFindingKind.Rudeness, draft[run], run.Start, run.Length, reason, capsSuggestion))
            .ToList();
        foreach (var match in StackedPunctuation().EnumerateMatches(draft.Text))
        {
            findings.Add(new CoachFinding(CoachFindingKind.Rudeness, draft.Text.Substring(match.Index, match.Length), match.Index, match.Length, reason, punctuationSuggestion));
        }

        return findings;
    }

    /// <summary>Runs of capitalised words: one word of five or more letters, or two or more words with one of at least four.</summary>
    private static IEnumerable<TextSpan> CapitalRuns(DraftText draft)
    {
        var run = new List<TextSpan>();
        foreach (var word in draft.Words.Append(new TextSpan(draft.Text.Length, 0)))
        {
            var text = draft[word];
            if (word.Length >= 2 && DraftText.IsUpperWord(text) && !Acronyms.Contains(text))
            {
                run.Add(word);
                continue;
            }

            if (run.Count > 0 && IsShouting(run))
            {
                yield return new TextSpan(run[0].Start, run[^1].End - run[0].Start);
            }

            run.Clear();
        }
    }

    private static bool IsShouting(List<TextSpan> run)
    {
        var longest = run.Max(w => w.Length);
        return run.Count == 1 ? longest >= 5 : longest >= 4 || run.Count >= 3;
    }

    [GeneratedRegex(@"[!?]*(?:!!|\?\?|\?!|!\?)[!?]*", RegexOptions.NonBacktracking)]
    private static partial Regex StackedPunctuation();
}
