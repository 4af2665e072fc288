using System.Globalization;
using System.Text;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Core.Snippets;

/// <summary>
/// Turns a <see cref="SnippetContext"/> into the only values a template can reach: strings, lists
/// of strings and small dictionaries (no .NET objects, so member access stays strict). Values come
/// from client e-mail and are hostile: control and bidi-override characters are removed and long
/// values are cut, which the result reports.
/// </summary>
internal sealed class SnippetValues
{
    public const int MaxShortValue = 200;
    public const int MaxLongValue = 1_000;
    public const int MaxListItems = 20;

    private SnippetValues()
    {
    }

    public Dictionary<string, object?> Root { get; } = new(StringComparer.Ordinal);

    public bool Truncated { get; private set; }

    public static SnippetValues From(SnippetContext context)
    {
        var values = new SnippetValues();
        var culture = context.EffectiveCulture;
        var de = context.Language == ThreadLanguage.De;

        values.Root["client"] = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["name"] = values.Short(context.ClientName),
            ["first_name"] = values.Short(context.ClientFirstName),
            ["company"] = values.Short(context.Company),
        };
        values.Root["user"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = values.Short(context.UserName) };
        values.Root["asks"] = values.List(context.Asks);
        values.Root["issue"] = IssueKey(context.MainIssue);
        values.Root["issue_text"] = IssueText(IssueKey(context.MainIssue), de);
        values.Root["impact"] = values.Long(context.Impact);
        values.Root["card"] = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["timelines"] = values.List(context.AgreedTimelines),
            ["deliverables"] = values.List(context.Deliverables),
            ["constraints"] = values.List(context.Constraints),
            ["response_time"] = values.Short(context.ResponseTimePromise),
        };
        values.Root["revised_date"] = context.RevisedDate is { } revised
            ? revised.ToString(de ? "dddd, d. MMMM" : "dddd, d MMMM", culture)
            : null;
        values.Root["steps"] = values.List(context.Steps);
        values.Root["can"] = values.List(context.CanDo);
        values.Root["cannot"] = values.List(context.CannotDo);
        values.Root["handover"] = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["name"] = values.Short(context.HandoverName),
            ["role"] = values.Short(context.HandoverRole),
        };
        values.Root["progress"] = values.Long(context.Progress);
        values.Root["fixed"] = values.Long(context.Fixed);
        values.Root["next_block"] = context.NextClientBlockStart is { } start
            ? TimeZoneInfo.ConvertTime(start, context.TimeZone).ToString(de ? "dddd, HH:mm" : "dddd HH:mm", culture)
            : null;
        return values;
    }

    private static string IssueKey(string? issue) => issue?.Trim().ToLowerInvariant() switch
    {
        "delay" or "expectations" or "quality" or "billing" or "responsiveness" => issue.Trim().ToLowerInvariant(),
        _ => "other",
    };

    private static string IssueText(string issue, bool de) => (issue, de) switch
    {
        ("delay", true) => "die Verzögerung",
        ("expectations", true) => "die unklaren Erwartungen",
        ("quality", true) => "die Qualitätsmängel",
        ("billing", true) => "die Rechnung",
        ("responsiveness", true) => "die langen Antwortzeiten",
        (_, true) => "die Situation",
        ("delay", false) => "the delay",
        ("expectations", false) => "the unclear expectations",
        ("quality", false) => "the quality problems",
        ("billing", false) => "the invoice",
        ("responsiveness", false) => "our slow replies",
        _ => "the situation",
    };

    private string? Short(string? value) => Clean(value, MaxShortValue, singleLine: true);

    private string? Long(string? value) => Clean(value, MaxLongValue, singleLine: false);

    private string[] List(IReadOnlyList<string>? items)
    {
        if (items is null)
        {
            return [];
        }

        if (items.Count > MaxListItems)
        {
            Truncated = true;
        }

        return items.Take(MaxListItems)
            .Select(item => Clean(item, MaxLongValue, singleLine: true))
            .OfType<string>()
            .ToArray();
    }

    private string? Clean(string? value, int max, bool singleLine)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var builder = new StringBuilder(Math.Min(value.Length, max + 1));
        foreach (var c in value)
        {
            if (builder.Length >= max)
            {
                Truncated = true;
                builder.Append('…');
                break;
            }

            if (c is '\n' or '\r' or '\t')
            {
                builder.Append(singleLine || c == '\t' ? ' ' : c == '\r' ? "" : "\n");
            }
            else if (!IsUnsafe(c))
            {
                builder.Append(c);
            }
        }

        var text = builder.ToString().Trim();
        return text.Length == 0 ? null : text;
    }

    // Bidi embeddings/overrides/isolates and marks can reorder what the client sees around them.
    private static bool IsUnsafe(char c) =>
        char.IsControl(c)
        || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.PrivateUse;
}
