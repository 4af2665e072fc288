using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace OutlookClientCare.Core.Threads;

/// <summary>
/// HTML mail body to plain text with a real HTML parser. Quote containers of the common mail
/// clients are dropped first; paragraphs become blank lines, line-level blocks single breaks.
/// </summary>
public static class HtmlText
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "head", "title", "template", "noscript", "svg", "object", "iframe",
    };

    private static readonly HashSet<string> ParagraphBlocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "pre", "blockquote",
    };

    private static readonly HashSet<string> LineBlocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "li", "tr", "section", "article", "header", "footer", "address", "dd", "dt", "hr", "center",
    };

    /// <summary>Plain text of the whole document, quote containers included.</summary>
    public static string ToText(string html) => ToText(html, dropQuotes: false);

    /// <summary>Plain text with quote containers (gmail_quote, divRplyFwdMsg, blockquote, ...) removed.</summary>
    public static string ToNewText(string html) => ToText(html, dropQuotes: true);

    private static string ToText(string html, bool dropQuotes)
    {
        using var document = Parser.ParseDocument(html);
        var root = (INode?)document.Body ?? document.DocumentElement;
        if (root is null)
        {
            return "";
        }

        if (dropQuotes)
        {
            RemoveQuoteContainers(document);
        }

        return Render(root);
    }

    private static void RemoveQuoteContainers(IDocument document)
    {
        // Markers after which everything in document order is the quoted history.
        foreach (var marker in document.QuerySelectorAll(
            "#divRplyFwdMsg, #appendonsend, hr#stopSpelling, #OLK_SRC_BODY_SECTION, .gmail_quote_container, div.gmail_quote, .moz-cite-prefix, .yahoo_quoted, #mail-editor-reference-message-container").ToList())
        {
            if (marker.Parent is not null)
            {
                RemoveFollowing(marker);
                marker.Remove();
            }
        }

        foreach (var quote in document.QuerySelectorAll("blockquote").ToList())
        {
            quote.Remove();
        }
    }

    private static void RemoveFollowing(IElement marker)
    {
        INode? node = marker;
        while (node is not null && !(node is IElement { LocalName: "body" }))
        {
            while (node.NextSibling is { } next)
            {
                node.Parent!.RemoveChild(next);
            }

            node = node.Parent;
        }
    }

    // Iterative on purpose: a hostile body can nest elements ten thousand levels deep.
    private static string Render(INode root)
    {
        var text = new TextBuilder();
        var stack = new Stack<(INode Node, bool Closing)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (node is IElement element)
            {
                var name = element.LocalName;
                if (closing)
                {
                    CloseBlock(text, name);
                    continue;
                }

                if (Skipped.Contains(name))
                {
                    continue;
                }

                if (name == "br")
                {
                    text.Break();
                    continue;
                }

                OpenBlock(text, name);
                if (name == "pre")
                {
                    text.Raw(element.TextContent);
                    stack.Push((element, true));
                    continue;
                }

                stack.Push((element, true));
                for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                {
                    stack.Push((child, false));
                }
            }
            else if (node.NodeType == NodeType.Text)
            {
                text.Inline(node.TextContent);
            }
            else if (node.NodeType is NodeType.Document or NodeType.DocumentFragment)
            {
                for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
                {
                    stack.Push((child, false));
                }
            }
        }

        return text.ToString();
    }

    private static void OpenBlock(TextBuilder text, string name)
    {
        if (ParagraphBlocks.Contains(name))
        {
            text.ParagraphBreak();
        }
        else if (LineBlocks.Contains(name))
        {
            text.LineBreak();
        }
    }

    private static void CloseBlock(TextBuilder text, string name) => OpenBlock(text, name);

    /// <summary>Collapses HTML white space and keeps at most one blank line between blocks.</summary>
    private sealed class TextBuilder
    {
        private readonly StringBuilder _builder = new();
        private int _pendingBreaks;
        private bool _pendingSpace;

        public void LineBreak() => _pendingBreaks = Math.Max(_pendingBreaks, 1);

        /// <summary>A &lt;br&gt; counts: two in a row make a blank line.</summary>
        public void Break() => _pendingBreaks = Math.Min(2, _pendingBreaks + 1);

        public void ParagraphBreak() => _pendingBreaks = 2;

        public void Inline(string content)
        {
            foreach (var c in content)
            {
                if (char.IsWhiteSpace(c) || c == '\u00A0')
                {
                    _pendingSpace = true;
                    continue;
                }

                Flush();
                _builder.Append(c);
            }
        }

        public void Raw(string content)
        {
            Flush();
            _builder.Append(content.Replace("\r\n", "\n", StringComparison.Ordinal));
        }

        public override string ToString() => _builder.ToString().Trim();

        private void Flush()
        {
            if (_builder.Length > 0)
            {
                if (_pendingBreaks > 0)
                {
                    _builder.Append('\n', _pendingBreaks);
                }
                else if (_pendingSpace)
                {
                    _builder.Append(' ');
                }
            }

            _pendingBreaks = 0;
            _pendingSpace = false;
        }
    }
}
