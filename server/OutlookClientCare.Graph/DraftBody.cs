namespace OutlookClientCare.Graph;

/// <summary>Where our text goes in a draft Graph made (reply or forward): on top, inside its body element when it has one.</summary>
internal static class DraftBody
{
    public static string Prepend(string html, string draftHtml)
    {
        var bodyStart = draftHtml.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        if (bodyStart >= 0)
        {
            var bodyEnd = draftHtml.IndexOf('>', bodyStart);
            if (bodyEnd > 0)
            {
                return draftHtml[..(bodyEnd + 1)] + html + draftHtml[(bodyEnd + 1)..];
            }
        }

        return html + draftHtml;
    }
}
