using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OutlookClientCare.Core.Calendars;

/// <summary>
/// Reads the content lines before Ical.Net does, because Ical.Net reports broken structure without
/// a line number, accepts impossible dates silently and would expand a minutely rule for hours.
/// Also wraps a bare VEVENT (no VCALENDAR around it) so such fragments still load.
/// </summary>
internal sealed partial class IcsPreCheck
{
    public const int MaxChars = 5_000_000;
    public const int MaxComponents = 20_000;
    public const int MaxDepth = 6;

    private static readonly HashSet<string> DateProperties = new(StringComparer.OrdinalIgnoreCase) { "DTSTART", "DTEND", "RECURRENCE-ID", "EXDATE", "RDATE", "DUE" };

    private IcsPreCheck(string text, IReadOnlyList<int> eventLines, IReadOnlyList<bool> eventHasUid)
    {
        Text = text;
        EventLines = eventLines;
        EventHasUid = eventHasUid;
    }

    /// <summary>The text to hand to Ical.Net (wrapped in a VCALENDAR when it was a bare VEVENT).</summary>
    public string Text { get; }

    /// <summary>Line of each top-level BEGIN:VEVENT, in file order (the order Ical.Net lists events).</summary>
    public IReadOnlyList<int> EventLines { get; }

    /// <summary>Whether each top-level VEVENT has its own UID (Ical.Net invents a random one otherwise).</summary>
    public IReadOnlyList<bool> EventHasUid { get; }

    public static IcsPreCheck Run(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new IcsFormatException("the file is empty");
        }

        if (text.Length > MaxChars)
        {
            throw new IcsFormatException($"the file is larger than {MaxChars.ToString("N0", CultureInfo.InvariantCulture)} characters");
        }

        var lines = Unfold(text);
        var stack = new Stack<(string Name, int Line)>();
        var eventLines = new List<int>();
        var eventHasUid = new List<bool>();
        var components = 0;
        var wrap = false;
        foreach (var (content, line) in lines)
        {
            if (stack.Count == 0 && components > 0 && !wrap)
            {
                throw new IcsFormatException($"content after END:VCALENDAR: '{Shorten(content)}'", line);
            }

            var colon = content.IndexOf(':', StringComparison.Ordinal);
            var nameEnd = content.IndexOfAny([':', ';']);
            if (colon < 0 || nameEnd <= 0 || !PropertyName().IsMatch(content[..nameEnd]))
            {
                throw new IcsFormatException($"not an iCalendar content line: '{Shorten(content)}'", line);
            }

            var name = content[..nameEnd];
            var value = content[(colon + 1)..].Trim();
            if (name.Equals("BEGIN", StringComparison.OrdinalIgnoreCase))
            {
                if (components == 0 && !value.Equals("VCALENDAR", StringComparison.OrdinalIgnoreCase))
                {
                    wrap = value.Equals("VEVENT", StringComparison.OrdinalIgnoreCase)
                        ? true
                        : throw new IcsFormatException($"expected BEGIN:VCALENDAR, found '{Shorten(content)}'", line);
                }

                if (++components > MaxComponents)
                {
                    throw new IcsFormatException($"more than {MaxComponents.ToString("N0", CultureInfo.InvariantCulture)} components", line);
                }

                if (stack.Count + (wrap ? 1 : 0) >= MaxDepth)
                {
                    throw new IcsFormatException($"components nested deeper than {MaxDepth} levels", line);
                }

                if (value.Equals("VEVENT", StringComparison.OrdinalIgnoreCase) && stack.Count == (wrap ? 0 : 1))
                {
                    eventLines.Add(line);
                    eventHasUid.Add(false);
                }

                stack.Push((value.ToUpperInvariant(), line));
            }
            else if (name.Equals("END", StringComparison.OrdinalIgnoreCase))
            {
                if (stack.Count == 0)
                {
                    throw new IcsFormatException($"END:{value} without a matching BEGIN", line);
                }

                var (open, openLine) = stack.Pop();
                if (!open.Equals(value, StringComparison.OrdinalIgnoreCase))
                {
                    throw new IcsFormatException($"END:{Shorten(value)} does not close BEGIN:{open} from line {openLine}", line);
                }
            }
            else if (stack.Count == 0)
            {
                throw new IcsFormatException($"property outside any component: '{Shorten(content)}'", line);
            }
            else
            {
                if (name.Equals("UID", StringComparison.OrdinalIgnoreCase) && stack.Count == (wrap ? 1 : 2) && stack.Peek().Name == "VEVENT")
                {
                    eventHasUid[^1] = true;
                }

                CheckValue(name, content[nameEnd..colon], value, line);
            }
        }

        if (stack.Count > 0)
        {
            var (open, openLine) = stack.Peek();
            throw new IcsFormatException($"BEGIN:{open} is never closed", openLine);
        }

        return new IcsPreCheck(wrap ? $"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{text}\r\nEND:VCALENDAR\r\n" : text, eventLines, eventHasUid);
    }

    private static void CheckValue(string name, string parameters, string value, int line)
    {
        if (name.Equals("RRULE", StringComparison.OrdinalIgnoreCase) || name.Equals("EXRULE", StringComparison.OrdinalIgnoreCase))
        {
            if (TooFrequent().IsMatch(value))
            {
                throw new IcsFormatException($"{name} with a secondly or minutely frequency is not supported for busy time: '{Shorten(value)}'", line);
            }

            return;
        }

        if (!DateProperties.Contains(name))
        {
            return;
        }

        var isPeriod = parameters.Contains("VALUE=PERIOD", StringComparison.OrdinalIgnoreCase);
        foreach (var item in value.Split(',', StringSplitOptions.TrimEntries))
        {
            var moment = isPeriod ? item.Split('/')[0] : item;
            if (!IsDateOrDateTime(moment))
            {
                throw new IcsFormatException($"{name} value '{Shorten(item)}' is not an iCalendar date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS)", line);
            }
        }
    }

    // Google Calendar writes all-day RDATEs as "20131210Z"; Ical.Net reads them, so we let them pass.
    private static bool IsDateOrDateTime(string text) =>
        DateTime.TryParseExact(text, ["yyyyMMdd", "yyyyMMdd'Z'", "yyyyMMdd'T'HHmmss", "yyyyMMdd'T'HHmmss'Z'"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>Logical lines (folding undone, RFC 5545 3.1) with the number of the line each starts on.</summary>
    private static List<(string Content, int Line)> Unfold(string text)
    {
        var result = new List<(string, int)>();
        var current = new StringBuilder();
        var currentLine = 0;
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var physical = raw.TrimEnd('\r');
            if (physical.Length > 0 && (physical[0] == ' ' || physical[0] == '\t') && current.Length > 0)
            {
                current.Append(physical, 1, physical.Length - 1);
                continue;
            }

            if (current.Length > 0)
            {
                result.Add((current.ToString(), currentLine));
                current.Clear();
            }

            if (physical.Trim().Length > 0)
            {
                current.Append(physical);
                currentLine = number;
            }
        }

        if (current.Length > 0)
        {
            result.Add((current.ToString(), currentLine));
        }

        return result;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");

    [GeneratedRegex("^[A-Za-z0-9-]+$", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex PropertyName();

    [GeneratedRegex("(^|;)FREQ=(SECONDLY|MINUTELY)(;|$)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 100)]
    private static partial Regex TooFrequent();
}
