using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Core.Coach;

/// <summary>
/// Turns an HTML draft into the plain text the coach reads (finding spans refer to this text):
/// the same conversion the thread analysis uses, with the quoted history of Outlook/Gmail
/// replies dropped, since the coach only judges the user's own words.
/// </summary>
public static class HtmlDraft
{
    public static string ToText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return HtmlText.ToNewText(html);
    }
}
