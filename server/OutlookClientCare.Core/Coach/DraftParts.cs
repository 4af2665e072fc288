using System.Text.RegularExpressions;

namespace OutlookClientCare.Core.Coach;

/// <summary>
/// Where the user's own words end: the quoted history below a reply (the client's words, which
/// the coach must not judge) and the sign-off ("Viele Grüße", "Best regards") with name and
/// company lines, which are not sentences of the reply.
/// </summary>
internal static partial class DraftParts
{
    /// <summary>Length of the text before quoted history ("> ...", "On ... wrote:", "-----Original Message-----", "Von: ... Gesendet:").</summary>
    public static int OwnTextLength(string text)
    {
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var line = text.AsSpan(lineStart, lineEnd - lineStart).Trim();
            if (lineStart > 0 && ((line.Length > 0 && line[0] == '>') || QuoteHeader().IsMatch(line) || IsHeaderBlock(text, lineStart, line)))
            {
                return lineStart;
            }

            lineStart = lineEnd + 1;
        }

        return text.Length;
    }

    /// <summary>Start of the sign-off line, or the text length when there is none.</summary>
    public static int SignOffStart(string text)
    {
        var lineStart = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        while (lineStart > 0 && lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            if (SignOff().IsMatch(text.AsSpan(lineStart, lineEnd - lineStart).Trim()))
            {
                return lineStart;
            }

            lineStart = lineEnd + 1;
        }

        return text.Length;
    }

    private static bool IsHeaderBlock(string text, int lineStart, ReadOnlySpan<char> line)
    {
        if (!FromLine().IsMatch(line))
        {
            return false;
        }

        var following = text.AsSpan(lineStart, Math.Min(400, text.Length - lineStart));
        return SentLine().IsMatch(following);
    }

    [GeneratedRegex(@"^(?:-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Forwarded message|Weitergeleitete Nachricht)\s*-{2,}|(?:On|Am) .{1,200}(?:wrote|schrieb)(?: .{1,60})?:)$", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuoteHeader();

    [GeneratedRegex(@"^(?:From|Von):\s", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromLine();

    [GeneratedRegex(@"\n\s*(?:Sent|Gesendet|Date|Datum):\s", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SentLine();

    [GeneratedRegex(
        @"^(?:(?:best|kind|warm|warmest|many)?\s?regards|best(?: wishes)?|all the best|cheers|thanks(?: again)?|thank you|many thanks|sincerely|yours(?: sincerely| truly)?"
        + @"|(?:viele|beste|liebe|herzliche|freundliche|schöne) grüße|mit (?:den )?(?:besten |freundlichen |herzlichen )?grüßen|grüße|gruß|lg|vg|bg|mfg|danke(?: und viele grüße)?|ciao|tschüss|bis bald)\s*[,.!]?$",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignOff();
}
