using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace OutlookClientCare.Core.Coach;

/// <summary>
/// Turns an HTML draft into the plain text the coach reads (finding spans refer to this text):
/// block elements and &lt;br&gt; become line breaks, paragraphs a blank line; scripts, styles and
/// the quoted history of Outlook/Gmail replies are dropped.
/// </summary>
public static class HtmlDraft
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "LI", "TR", "H1", "H2", "H3", "H4", "H5", "H6", "TABLE", "UL", "OL", "SECTION", "ARTICLE", "HEADER", "FOOTER",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "SCRIPT", "STYLE", "HEAD", "TEMPLATE", "NOSCRIPT", "BLOCKQUOTE", "TITLE",
    };

    public static string ToText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser().ParseDocument(html);
        var builder = new StringBuilder(html.Length / 2);
        if (document.Body is { } body)
        {
            Append(body, builder);
        }

        return Normalise(builder.ToString());
    }

    // Iterative, because hostile HTML can nest deeper than the stack allows.
    private static void Append(INode root, StringBuilder builder)
    {
        var stack = new Stack<(INode Node, bool Closing)>();
        PushChildren(root, stack);
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (node is IElement element)
            {
                var name = element.TagName;
                if (closing)
                {
                    Break(builder, name.Equals("P", StringComparison.OrdinalIgnoreCase) ? 2 : 1);
                    continue;
                }

                if (Skipped.Contains(name) || IsQuotedHistory(element))
                {
                    continue;
                }

                if (name.Equals("BR", StringComparison.OrdinalIgnoreCase))
                {
                    builder.Append('\n');
                    continue;
                }

                if (Blocks.Contains(name))
                {
                    Break(builder, name.Equals("P", StringComparison.OrdinalIgnoreCase) ? 2 : 1);
                    stack.Push((element, true));
                }

                PushChildren(element, stack);
            }
            else if (node.NodeType == NodeType.Text)
            {
                builder.Append(node.TextContent.Replace('\u00A0', ' ').Replace('\r', ' ').Replace('\n', ' '));
            }
        }
    }

    private static void PushChildren(INode node, Stack<(INode Node, bool Closing)> stack)
    {
        for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
        {
            stack.Push((node.ChildNodes[i], false));
        }
    }

    /// <summary>Ends the current line (1) or paragraph (2) unless the text already ends that way.</summary>
    private static void Break(StringBuilder builder, int newlines)
    {
        var have = 0;
        for (var i = builder.Length - 1; i >= 0 && builder[i] == '\n' && have < newlines; i--)
        {
            have++;
        }

        if (builder.Length > 0)
        {
            builder.Append('\n', newlines - have);
        }
    }

    private static bool IsQuotedHistory(IElement element) =>
        element.Id is "divRplyFwdMsg" or "appendonsend"
        || element.ClassList.Contains("gmail_quote")
        || element.ClassList.Contains("gmail_attr");

    private static string Normalise(string text)
    {
        var lines = text.Split('\n').Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        var builder = new StringBuilder(text.Length);
        var blank = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blank++;
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(blank > 0 ? "\n\n" : "\n");
            }

            builder.Append(line);
            blank = 0;
        }

        return builder.ToString();
    }
}
