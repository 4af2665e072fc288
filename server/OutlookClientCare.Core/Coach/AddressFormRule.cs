using System.Text.RegularExpressions;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Core.Coach;

/// <summary>
/// German "Sie" and "du" must match how the client writes, and must not be mixed. Capitalised
/// "Sie"/"Ihr…" at the start of a sentence is ambiguous ("they", plural "you") and is not counted.
/// </summary>
internal static partial class AddressFormRule
{
    private static readonly Dictionary<string, string> DuToSie = new(StringComparer.OrdinalIgnoreCase)
    {
        ["du"] = "Sie",
        ["dich"] = "Sie",
        ["dir"] = "Ihnen",
        ["dein"] = "Ihr",
        ["deine"] = "Ihre",
        ["deinen"] = "Ihren",
        ["deinem"] = "Ihrem",
        ["deiner"] = "Ihrer",
        ["deines"] = "Ihres",
        ["euch"] = "Sie / Ihnen",
        ["euer"] = "Ihr",
        ["eure"] = "Ihre",
    };

    private static readonly Dictionary<string, string> SieToDu = new(StringComparer.Ordinal)
    {
        ["Sie"] = "du / dich",
        ["Ihnen"] = "dir",
        ["Ihr"] = "dein",
        ["Ihre"] = "deine",
        ["Ihren"] = "deinen",
        ["Ihrem"] = "deinem",
        ["Ihrer"] = "deiner",
        ["Ihres"] = "deines",
    };

    public static IEnumerable<CoachFinding> Find(DraftText draft, ThreadLanguage language, AddressForm? clientForm)
    {
        if (language != ThreadLanguage.De)
        {
            return [];
        }

        var du = new List<TextSpan>();
        foreach (var match in DuWords().EnumerateMatches(draft.Text))
        {
            du.Add(new TextSpan(match.Index, match.Length));
        }

        var sie = new List<TextSpan>();
        foreach (var match in SieWords().EnumerateMatches(draft.Text))
        {
            if (!StartsSentence(draft.Text, match.Index))
            {
                sie.Add(new TextSpan(match.Index, match.Length));
            }
        }

        var expected = clientForm ?? (du.Count > sie.Count ? AddressForm.Du : AddressForm.Sie);
        var wrong = expected == AddressForm.Sie ? du : sie;
        if (wrong.Count == 0 || (clientForm is null && (du.Count == 0 || sie.Count == 0)))
        {
            return [];
        }

        var reason = clientForm is null
            ? $"Der Entwurf mischt „Sie“ und „du“; überwiegend steht „{(expected == AddressForm.Sie ? "Sie" : "du")}“."
            : $"Der Kunde schreibt mit „{(expected == AddressForm.Sie ? "Sie" : "du")}“; diese Anrede passt nicht dazu.";
        return wrong.Select(w =>
        {
            var word = draft[w];
            var replacement = expected == AddressForm.Sie ? DuToSie.GetValueOrDefault(word, "Sie") : SieToDu.GetValueOrDefault(word, "du");
            return new CoachFinding(CoachFindingKind.AddressForm, word, w.Start, w.Length, reason, $"„{replacement}“");
        }).ToList();
    }

    private static bool StartsSentence(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '„' or '"' or '(' or '-' or '–')
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or ':' or '\r';
    }

    [GeneratedRegex(@"\b(?:du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer|eure)\b", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DuWords();

    [GeneratedRegex(@"\b(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex SieWords();
}
