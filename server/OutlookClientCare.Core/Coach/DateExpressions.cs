using System.Text.RegularExpressions;

namespace OutlookClientCare.Core.Coach;

/// <summary>
/// Finds concrete times in text: weekdays, dates, clock times, "tomorrow", "within 2 days",
/// "bis Ende der Woche". Vague words ("soon", "zeitnah") are not dates.
/// </summary>
internal static partial class DateExpressions
{
    public static bool Contains(string text)
    {
        foreach (var match in Pattern().EnumerateMatches(text))
        {
            // "Guten Morgen" is a greeting, not tomorrow.
            if (match.Length == 6 && match.Index >= 6
                && text.AsSpan(match.Index - 6, 6).Equals("guten ", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    [GeneratedRegex(
        @"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mon|tue|wed|thu|fri"
        + @"|tomorrow|tonight|this (?:morning|afternoon|evening|week)|next week|end of (?:the )?(?:day|week|month)|by eod|eod"
        + @"|morgen|übermorgen|heute (?:bis|um|vormittag|nachmittag|abend|noch)|(?:diese|nächste|kommende)n? woche|ende (?:der|dieser|nächster|des) (?:woche|monats)|mitte (?:der|nächster) woche"
        + @"|(?:january|february|march|april|may \d{1,2}|\d{1,2} may|june|july|august|september|october|november|december|januar|jänner|februar|märz|juni|juli|oktober|dezember)"
        + @"|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}[:.]\d{2} ?(?:uhr|am|pm|h)?|\d{1,2} ?(?:uhr|am|pm|a\.m|p\.m)"
        + @"|within (?:the next )?(?:\d+|one|two|three|four|five|24|48) (?:hours?|days?|working days?|business days?)"
        + @"|innerhalb (?:von |der nächsten )?(?:\d+|einem|einer|zwei|drei|vier|fünf|24|48) (?:stunden?|tage?n?|werktage?n?|arbeitstage?n?)"
        + @"|in (?:\d+|zwei|drei|vier|fünf|two|three|four|five) (?:stunden|tagen|hours|days))\b",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
