using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OutlookClientCare.GraphSandbox.Data;

/// <summary>
/// The body conversions Graph does for <c>Prefer: outlook.body-content-type</c>. Exchange's converter is not
/// public; this one keeps the text and line breaks, which is what our callers read, not Exchange's exact spacing.
/// </summary>
internal static partial class BodyText
{
    private const int PreviewLength = 255;

    public static string ToText(string html)
    {
        var text = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            if (open < 0)
            {
                text.Append(html, i, html.Length - i);
                break;
            }

            text.Append(html, i, open - i);
            var close = html.IndexOf('>', open);
            if (close < 0)
            {
                break;
            }

            var name = TagName(html, open + 1, close);
            i = close + 1;
            if (name is "head" or "style" or "script")
            {
                var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                var endClose = end < 0 ? -1 : html.IndexOf('>', end);
                i = endClose < 0 ? html.Length : endClose + 1;
            }
            else if (name is "br" or "/p" or "/div" or "/li" or "/tr" or "hr" or "/h1" or "/h2" or "/h3")
            {
                text.Append("\r\n");
            }
        }

        var decoded = WebUtility.HtmlDecode(text.ToString());
        return BlankLines().Replace(decoded, "\r\n\r\n").Trim();
    }

    private static string TagName(string html, int from, int to)
    {
        var end = from;
        while (end < to && (char.IsAsciiLetterOrDigit(html[end]) || (end == from && html[end] == '/')))
        {
            end++;
        }

        return html[from..end].ToLowerInvariant();
    }

    public static string ToHtml(string text)
    {
        var builder = new StringBuilder("<html><head>\r\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div>");
        builder.Append(Encode(text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "<br>\r\n", StringComparison.Ordinal));
        builder.Append("</div></body></html>");
        return builder.ToString();
    }

    /// <summary>Escapes markup characters only; umlauts stay readable, as Outlook writes them.</summary>
    public static string Encode(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal);

    public static string Preview(JsonObject? body)
    {
        var text = PlainText(body);
        var collapsed = Whitespace().Replace(text, " ").Trim();
        return collapsed.Length <= PreviewLength ? collapsed : collapsed[..PreviewLength];
    }

    public static string PlainText(JsonObject? body)
    {
        var content = JsonRead.Text(body?["content"]) ?? "";
        return IsHtml(body) ? ToText(content) : content;
    }

    public static bool IsHtml(JsonObject? body) =>
        string.Equals(JsonRead.Text(body?["contentType"]), "html", StringComparison.OrdinalIgnoreCase);

    /// <summary>The body in the asked content type ("text" or "html"); the stored node is not changed.</summary>
    public static JsonObject Convert(JsonObject body, string contentType)
    {
        var content = JsonRead.Text(body["content"]) ?? "";
        var isHtml = IsHtml(body);
        if (contentType == "text" && isHtml)
        {
            return new JsonObject { ["contentType"] = "text", ["content"] = ToText(content) };
        }

        if (contentType == "html" && !isHtml)
        {
            return new JsonObject { ["contentType"] = "html", ["content"] = ToHtml(content) };
        }

        return new JsonObject { ["contentType"] = isHtml ? "html" : "text", ["content"] = content };
    }

    [GeneratedRegex(@"(\r?\n[ \t]*){3,}", RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"\s+", RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Whitespace();
}
