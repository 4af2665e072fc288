namespace OutlookClientCare.Graph;

/// <summary>
/// Our follow-up summary inside a draft's HTML: one <c>div</c> with a fixed id, so a later, edited
/// summary can replace exactly that part and nothing the user wrote around it.
/// </summary>
internal static class SummaryBlock
{
    private const string Id = "occ-follow-up-summary";
    private const string Open = "<div id=\"" + Id + "\">";

    /// <summary>The summary above the quoted thread (inside its body element when it has one).</summary>
    public static string PutOnTop(string summaryHtml, string quotedHtml) => DraftBody.Prepend(Open + summaryHtml + "</div>", quotedHtml);

    /// <summary>
    /// The draft with the content of our block replaced; null when the block is not there (the user
    /// deleted it, or Outlook rewrote the markup). Nested divs inside the block are balanced.
    /// </summary>
    public static string? Replace(string draftHtml, string summaryHtml)
    {
        var idAt = draftHtml.IndexOf(Id, StringComparison.Ordinal);
        var start = idAt < 0 ? -1 : draftHtml.LastIndexOf("<div", idAt, StringComparison.OrdinalIgnoreCase);
        var contentStart = start < 0 ? -1 : draftHtml.IndexOf('>', idAt);
        if (contentStart < 0)
        {
            return null;
        }

        var depth = 1;
        var at = contentStart + 1;
        while (depth > 0)
        {
            var nextOpen = draftHtml.IndexOf("<div", at, StringComparison.OrdinalIgnoreCase);
            var nextClose = draftHtml.IndexOf("</div", at, StringComparison.OrdinalIgnoreCase);
            if (nextClose < 0)
            {
                return null;
            }

            if (nextOpen >= 0 && nextOpen < nextClose)
            {
                depth++;
                at = nextOpen + 4;
            }
            else
            {
                depth--;
                at = nextClose;
                if (depth > 0)
                {
                    at += 5;
                }
            }
        }

        return draftHtml[..(contentStart + 1)] + summaryHtml + draftHtml[at..];
    }
}
