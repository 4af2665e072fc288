using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using AngleSharp.Html;

namespace OutlookClientCare.Core.Threads;

/// <summary>
/// HTML mail body to plain text in one forward pass over the markup, without building a DOM:
/// tags are read as the HTML tokenizer reads them (comments, raw-text elements, quoted
/// attribute values), character references are decoded with the full HTML table, paragraphs
/// become blank lines and line-level blocks single breaks. For the new text, everything from
/// the first reply container of the common clients (Outlook's divRplyFwdMsg, Gmail's
/// gmail_quote, Thunderbird's moz-cite-prefix, Yahoo's yahoo_quoted, ...) on is history, and
/// blockquotes are dropped. Work is linear in the input, whatever its nesting.
/// </summary>
public static class HtmlText
{
    /// <summary>Plain text of the whole document, quote containers included.</summary>
    public static string ToText(string html) => Convert(html, dropQuotes: false, markQuotes: false);

    /// <summary>Plain text with quote containers (gmail_quote, divRplyFwdMsg, blockquote, ...) removed.</summary>
    public static string ToNewText(string html) => Convert(html, dropQuotes: true, markQuotes: false);

    /// <summary>
    /// As <see cref="ToNewText(string)"/>, with a "&gt;" line where a blockquote was dropped, so that
    /// the text pass knows an attribution such as "Petra schrieb:" stood right above a quote.
    /// </summary>
    internal static string ToNewTextMarkingQuotes(string html) => Convert(html, dropQuotes: true, markQuotes: true);

    /// <summary>What an element means for the text: its breaks, or that its content is skipped or taken raw.</summary>
    private enum Kind : byte
    {
        Inline,

        /// <summary>Blank line before and after (h1-h6, lists, tables).</summary>
        Paragraph,

        /// <summary>&lt;p&gt;: a paragraph that a following block start closes, as the HTML parser does.</summary>
        OpenParagraph,

        /// <summary>Line break before and after (div, li, tr, ...).</summary>
        Line,
        Break,

        /// <summary>td/th: a word break.</summary>
        Cell,
        Pre,
        Blockquote,

        /// <summary>script, style, title, ...: content up to the end tag, not text.</summary>
        RawSkip,

        /// <summary>textarea: content up to the end tag, as text.</summary>
        RawText,

        /// <summary>svg, math, template, object: content with nested markup, not text.</summary>
        SkipNested,
        Plaintext,
    }

    private static readonly FrozenDictionary<string, Kind>.AlternateLookup<ReadOnlySpan<char>> Kinds = new Dictionary<string, Kind>(StringComparer.OrdinalIgnoreCase)
    {
        ["p"] = Kind.OpenParagraph,
        ["h1"] = Kind.Paragraph,
        ["h2"] = Kind.Paragraph,
        ["h3"] = Kind.Paragraph,
        ["h4"] = Kind.Paragraph,
        ["h5"] = Kind.Paragraph,
        ["h6"] = Kind.Paragraph,
        ["ul"] = Kind.Paragraph,
        ["ol"] = Kind.Paragraph,
        ["table"] = Kind.Paragraph,
        ["pre"] = Kind.Pre,
        ["listing"] = Kind.Pre,
        ["blockquote"] = Kind.Blockquote,
        ["div"] = Kind.Line,
        ["li"] = Kind.Line,
        ["tr"] = Kind.Line,
        ["section"] = Kind.Line,
        ["article"] = Kind.Line,
        ["header"] = Kind.Line,
        ["footer"] = Kind.Line,
        ["address"] = Kind.Line,
        ["dd"] = Kind.Line,
        ["dt"] = Kind.Line,
        ["hr"] = Kind.Line,
        ["center"] = Kind.Line,
        ["main"] = Kind.Line,
        ["nav"] = Kind.Line,
        ["aside"] = Kind.Line,
        ["figure"] = Kind.Line,
        ["figcaption"] = Kind.Line,
        ["details"] = Kind.Line,
        ["summary"] = Kind.Line,
        ["form"] = Kind.Line,
        ["fieldset"] = Kind.Line,
        ["dl"] = Kind.Line,
        ["caption"] = Kind.Line,
        ["br"] = Kind.Break,
        ["td"] = Kind.Cell,
        ["th"] = Kind.Cell,
        ["script"] = Kind.RawSkip,
        ["style"] = Kind.RawSkip,
        ["title"] = Kind.RawSkip,
        ["xmp"] = Kind.RawSkip,
        ["iframe"] = Kind.RawSkip,
        ["noembed"] = Kind.RawSkip,
        ["noframes"] = Kind.RawSkip,
        ["noscript"] = Kind.RawSkip,
        ["textarea"] = Kind.RawText,
        ["template"] = Kind.SkipNested,
        ["svg"] = Kind.SkipNested,
        ["object"] = Kind.SkipNested,
        ["math"] = Kind.SkipNested,
        ["plaintext"] = Kind.Plaintext,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Ids after which (in document order) everything is quoted history.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MarkerIds = new[]
    {
        "divRplyFwdMsg", "appendonsend", "OLK_SRC_BODY_SECTION", "mail-editor-reference-message-container",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> TextStops = SearchValues.Create("<&");

    [ThreadStatic]
    private static StringBuilder? t_builder;

    private static string Convert(string html, bool dropQuotes, bool markQuotes)
    {
        ArgumentNullException.ThrowIfNull(html);
        var builder = t_builder ?? new StringBuilder(4096);
        t_builder = null;
        builder.Clear();
        try
        {
            var text = new TextBuilder(builder);
            new Scanner(html, text, dropQuotes, markQuotes).Run();
            return text.Finish();
        }
        finally
        {
            if (builder.Capacity <= 256 * 1024)
            {
                t_builder = builder;
            }
        }
    }

    /// <summary>One pass over the markup; tag and attribute reading follows the HTML tokenizer's states.</summary>
    private ref struct Scanner(string html, TextBuilder text, bool dropQuotes, bool markQuotes)
    {
        private readonly ReadOnlySpan<char> _html = html;
        private readonly string _source = html;
        private int _pos;
        private int _preDepth;
        private bool _paragraphOpen;
        private bool _skipNewline;

        public void Run()
        {
            while (_pos < _html.Length)
            {
                var next = _html[_pos..].IndexOfAny(TextStops);
                if (next < 0)
                {
                    Text(_html[_pos..]);
                    return;
                }

                if (next > 0)
                {
                    Text(_html.Slice(_pos, next));
                    _pos += next;
                }

                if (_html[_pos] == '&')
                {
                    Reference();
                }
                else if (!Markup())
                {
                    return;
                }
            }
        }

        /// <summary>Reads the markup at '&lt;'; false when the rest of the document is history.</summary>
        private bool Markup()
        {
            var rest = _html[_pos..];
            if (rest.StartsWith("<!--", StringComparison.Ordinal))
            {
                SkipComment();
                return true;
            }

            if (rest.Length > 1 && rest[1] is '!' or '?')
            {
                SkipPast('>');
                return true;
            }

            var end = rest.Length > 1 && rest[1] == '/';
            var nameStart = end ? 2 : 1;
            if (rest.Length <= nameStart || !char.IsAsciiLetter(rest[nameStart]))
            {
                if (end)
                {
                    // "</>" is dropped, "</3" is a bogus comment.
                    SkipPast('>');
                    return true;
                }

                Text("<");
                _pos++;
                return true;
            }

            var nameLength = 1;
            while (nameStart + nameLength < rest.Length && rest[nameStart + nameLength] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>'))
            {
                nameLength++;
            }

            var name = rest.Slice(nameStart, nameLength);
            _pos += nameStart + nameLength;
            var tag = Attributes();
            var kind = Kinds.TryGetValue(name, out var known) ? known : Kind.Inline;
            return end ? EndTag(name, kind) : StartTag(name, kind, tag);
        }

        private bool StartTag(ReadOnlySpan<char> name, Kind kind, TagAttributes tag)
        {
            if (dropQuotes && tag.IsQuoteMarker(name, _source))
            {
                return false;
            }

            switch (kind)
            {
                case Kind.Break:
                    text.Break();
                    return true;
                case Kind.Cell:
                    text.Space();
                    return true;
                case Kind.RawSkip:
                    SkipRawText(name, emit: false);
                    return true;
                case Kind.RawText:
                    SkipRawText(name, emit: true);
                    return true;
                case Kind.Plaintext:
                    ClosesParagraph();
                    text.Raw(_html[_pos..]);
                    _pos = _html.Length;
                    return true;
                case Kind.SkipNested:
                    if (!tag.SelfClosing)
                    {
                        SkipNested(name);
                    }

                    return true;
                case Kind.Blockquote when dropQuotes:
                    ClosesParagraph();
                    SkipQuote();
                    if (markQuotes)
                    {
                        text.QuoteMark();
                    }

                    return true;
                case Kind.OpenParagraph:
                    ClosesParagraph();
                    text.ParagraphBreak();
                    _paragraphOpen = true;
                    return true;
                case Kind.Paragraph or Kind.Blockquote:
                    ClosesParagraph();
                    text.ParagraphBreak();
                    return true;
                case Kind.Pre:
                    ClosesParagraph();
                    text.ParagraphBreak();
                    _preDepth++;
                    _skipNewline = true;
                    return true;
                case Kind.Line:
                    ClosesParagraph();
                    text.LineBreak();
                    return true;
                default:
                    return true;
            }
        }

        private bool EndTag(ReadOnlySpan<char> name, Kind kind)
        {
            switch (kind)
            {
                case Kind.OpenParagraph:
                    // "</p>" without an open paragraph still makes one, as the HTML parser does.
                    _paragraphOpen = false;
                    text.ParagraphBreak();
                    break;
                case Kind.Paragraph or Kind.Blockquote:
                    ClosesParagraph();
                    text.ParagraphBreak();
                    break;
                case Kind.Pre:
                    ClosesParagraph();
                    _preDepth = Math.Max(0, _preDepth - 1);
                    text.ParagraphBreak();
                    break;
                case Kind.Line:
                    ClosesParagraph();
                    text.LineBreak();
                    break;
                case Kind.Break:
                    // "</br>" is read as "<br>".
                    text.Break();
                    break;
                case Kind.Cell:
                    text.Space();
                    break;
            }

            return true;
        }

        /// <summary>A block start or end closes an open &lt;p&gt;, which ends a paragraph.</summary>
        private void ClosesParagraph()
        {
            if (_paragraphOpen)
            {
                _paragraphOpen = false;
                text.ParagraphBreak();
            }
        }

        private void Text(ReadOnlySpan<char> content)
        {
            if (_preDepth > 0)
            {
                if (_skipNewline && content.Length > 0)
                {
                    if (content[0] == '\n')
                    {
                        content = content[1..];
                    }
                    else if (content.StartsWith("\r\n", StringComparison.Ordinal))
                    {
                        content = content[2..];
                    }
                }

                _skipNewline = false;
                text.Raw(content);
                return;
            }

            text.Inline(content);
        }

        private void Reference()
        {
            var consumed = CharacterReference.Decode(_html[_pos..], out var decoded);
            if (consumed == 0)
            {
                Text("&");
                _pos++;
                return;
            }

            Text(decoded);
            _pos += consumed;
        }

        /// <summary>Reads the attributes up to the tag's '&gt;', noting id, class and whether it self-closes.</summary>
        private TagAttributes Attributes()
        {
            var tag = default(TagAttributes);
            while (_pos < _html.Length)
            {
                var c = _html[_pos];
                if (c == '>')
                {
                    _pos++;
                    return tag;
                }

                if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    _pos++;
                    continue;
                }

                if (c == '/')
                {
                    _pos++;
                    tag.SelfClosing = _pos < _html.Length && _html[_pos] == '>';
                    continue;
                }

                var nameStart = _pos;
                _pos++;
                while (_pos < _html.Length && _html[_pos] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>' or '='))
                {
                    _pos++;
                }

                var attributeName = _html[nameStart.._pos];
                while (_pos < _html.Length && _html[_pos] is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    _pos++;
                }

                if (_pos >= _html.Length || _html[_pos] != '=')
                {
                    continue;
                }

                _pos++;
                while (_pos < _html.Length && _html[_pos] is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    _pos++;
                }

                int valueStart;
                int valueEnd;
                if (_pos < _html.Length && _html[_pos] is '"' or '\'')
                {
                    var quote = _html[_pos];
                    valueStart = _pos + 1;
                    var close = _html[valueStart..].IndexOf(quote);
                    valueEnd = close < 0 ? _html.Length : valueStart + close;
                    _pos = Math.Min(_html.Length, valueEnd + 1);
                }
                else
                {
                    valueStart = _pos;
                    while (_pos < _html.Length && _html[_pos] is not (' ' or '\t' or '\n' or '\r' or '\f' or '>'))
                    {
                        _pos++;
                    }

                    valueEnd = _pos;
                }

                if (attributeName.Equals("id", StringComparison.OrdinalIgnoreCase))
                {
                    tag.IdStart = valueStart;
                    tag.IdLength = valueEnd - valueStart;
                }
                else if (attributeName.Equals("class", StringComparison.OrdinalIgnoreCase))
                {
                    tag.ClassStart = valueStart;
                    tag.ClassLength = valueEnd - valueStart;
                }
            }

            return tag;
        }

        private void SkipComment()
        {
            // "<!-->" and "<!--->" end at once; otherwise at "-->" or "--!>", or at the end of the input.
            var body = _pos + 4;
            if (body < _html.Length && _html[body] == '>')
            {
                _pos = body + 1;
                return;
            }

            if (body + 1 < _html.Length && _html[body] == '-' && _html[body + 1] == '>')
            {
                _pos = body + 2;
                return;
            }

            for (var i = body; i < _html.Length; i++)
            {
                i = _html[i..].IndexOf('-') is var dash and >= 0 ? i + dash : _html.Length;
                if (i + 2 < _html.Length && _html[i + 1] == '-' && _html[i + 2] == '>')
                {
                    _pos = i + 3;
                    return;
                }

                if (i + 3 < _html.Length && _html[i + 1] == '-' && _html[i + 2] == '!' && _html[i + 3] == '>')
                {
                    _pos = i + 4;
                    return;
                }
            }

            _pos = _html.Length;
        }

        private void SkipPast(char c)
        {
            var at = _html[_pos..].IndexOf(c);
            _pos = at < 0 ? _html.Length : _pos + at + 1;
        }

        /// <summary>Content of script, style, title, textarea ...: up to the matching end tag, no markup inside.</summary>
        private void SkipRawText(ReadOnlySpan<char> name, bool emit)
        {
            var start = _pos;
            var end = FindEndTag(name, start);
            if (emit)
            {
                var content = _html[start..end];
                while (content.Length > 0)
                {
                    var amp = content.IndexOf('&');
                    if (amp < 0)
                    {
                        Text(content);
                        break;
                    }

                    Text(content[..amp]);
                    var consumed = CharacterReference.Decode(content[amp..], out var decoded);
                    Text(consumed == 0 ? "&" : decoded);
                    content = content[(amp + Math.Max(1, consumed))..];
                }
            }

            _pos = end;
            if (_pos < _html.Length)
            {
                SkipPast('>');
            }
        }

        private readonly int FindEndTag(ReadOnlySpan<char> name, int from)
        {
            var i = from;
            while (i < _html.Length)
            {
                var lt = _html[i..].IndexOf("</", StringComparison.Ordinal);
                if (lt < 0)
                {
                    return _html.Length;
                }

                i += lt;
                var after = i + 2 + name.Length;
                if (after <= _html.Length && _html.Slice(i + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                    && (after == _html.Length || _html[after] is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>'))
                {
                    return i;
                }

                i += 2;
            }

            return _html.Length;
        }

        /// <summary>svg, math, template, object: skip up to the matching end tag, counting nested ones.</summary>
        private void SkipNested(ReadOnlySpan<char> name) => SkipElement(name);

        /// <summary>A blockquote and everything in it, nested blockquotes included.</summary>
        private void SkipQuote() => SkipElement("blockquote");

        private void SkipElement(ReadOnlySpan<char> name)
        {
            var depth = 1;
            while (_pos < _html.Length && depth > 0)
            {
                var lt = _html[_pos..].IndexOf('<');
                if (lt < 0)
                {
                    _pos = _html.Length;
                    return;
                }

                _pos += lt;
                var rest = _html[_pos..];
                if (rest.StartsWith("<!--", StringComparison.Ordinal))
                {
                    SkipComment();
                    continue;
                }

                var end = rest.Length > 1 && rest[1] == '/';
                var nameStart = end ? 2 : 1;
                if (rest.Length <= nameStart + name.Length || !rest.Slice(nameStart, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                    || rest[nameStart + name.Length] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>'))
                {
                    _pos++;
                    continue;
                }

                _pos += nameStart + name.Length;
                var tag = Attributes();
                if (end)
                {
                    depth--;
                }
                else if (!tag.SelfClosing || name.Equals("blockquote", StringComparison.OrdinalIgnoreCase))
                {
                    depth++;
                }
            }
        }
    }

    /// <summary>Where a tag's id and class values sit in the source, and whether it ends in "/&gt;".</summary>
    private struct TagAttributes
    {
        public int IdStart;
        public int IdLength;
        public int ClassStart;
        public int ClassLength;
        public bool SelfClosing;

        /// <summary>The start of the quoted history in the reply layouts of the common mail clients.</summary>
        public readonly bool IsQuoteMarker(ReadOnlySpan<char> tagName, string source)
        {
            if (IdLength > 0)
            {
                var id = source.AsSpan(IdStart, IdLength).Trim();
                if (MarkerIds.Contains(id))
                {
                    return true;
                }

                if (id.Equals("stopSpelling", StringComparison.OrdinalIgnoreCase) && tagName.Equals("hr", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            if (ClassLength == 0)
            {
                return false;
            }

            foreach (var range in source.AsSpan(ClassStart, ClassLength).SplitAny(" \t\n\r\f"))
            {
                var token = source.AsSpan(ClassStart, ClassLength)[range];
                if (token.SequenceEqual("gmail_quote_container") || token.SequenceEqual("moz-cite-prefix")
                    || token.EndsWith("yahoo_quoted", StringComparison.Ordinal)
                    || (token.SequenceEqual("gmail_quote") && tagName.Equals("div", StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Collapses HTML white space and keeps at most one blank line between blocks.</summary>
    private sealed class TextBuilder(StringBuilder builder)
    {
        private static readonly SearchValues<char> Whitespace = SearchValues.Create(
            " \t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

        private int _pendingBreaks;
        private bool _pendingSpace;

        public void LineBreak() => _pendingBreaks = Math.Max(_pendingBreaks, 1);

        /// <summary>A &lt;br&gt; counts: two in a row make a blank line.</summary>
        public void Break() => _pendingBreaks = Math.Min(2, _pendingBreaks + 1);

        public void ParagraphBreak() => _pendingBreaks = 2;

        public void Space() => _pendingSpace = true;

        /// <summary>Stands for a dropped blockquote: a line of its own that the text pass reads as quoted.</summary>
        public void QuoteMark()
        {
            _pendingBreaks = 2;
            Flush();
            builder.Append('>');
            _pendingBreaks = 2;
        }

        public void Inline(ReadOnlySpan<char> content)
        {
            while (!content.IsEmpty)
            {
                var space = content.IndexOfAny(Whitespace);
                if (space != 0)
                {
                    var word = space < 0 ? content : content[..space];
                    Flush();
                    builder.Append(word);
                    if (space < 0)
                    {
                        return;
                    }
                }

                _pendingSpace = true;
                var after = content[space..].IndexOfAnyExcept(Whitespace);
                if (after < 0)
                {
                    return;
                }

                content = content[(space + after)..];
            }
        }

        public void Raw(ReadOnlySpan<char> content)
        {
            if (content.IsEmpty)
            {
                return;
            }

            Flush();
            foreach (var range in content.Split("\r\n"))
            {
                if (range.Start.Value > 0)
                {
                    builder.Append('\n');
                }

                builder.Append(content[range]);
            }
        }

        public string Finish()
        {
            var start = 0;
            var end = builder.Length;
            while (start < end && char.IsWhiteSpace(builder[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(builder[end - 1]))
            {
                end--;
            }

            return builder.ToString(start, end - start);
        }

        private void Flush()
        {
            if (builder.Length > 0)
            {
                if (_pendingBreaks > 0)
                {
                    builder.Append('\n', _pendingBreaks);
                }
                else if (_pendingSpace)
                {
                    builder.Append(' ');
                }
            }

            _pendingBreaks = 0;
            _pendingSpace = false;
        }
    }

    /// <summary>HTML character references in text: numeric ones, and named ones from the HTML table.</summary>
    private static class CharacterReference
    {
        /// <summary>Longest legacy name that may appear without ';' ("&amp;nbsp", "&amp;uuml").</summary>
        private const int MaxLegacyName = 6;

        private const int MaxName = 32;

        private static readonly AngleSharp.Dom.IEntityProviderExtended Entities = (AngleSharp.Dom.IEntityProviderExtended)HtmlEntityProvider.Resolver;

        [ThreadStatic]
        private static char[]? t_name;

        private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Common = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["nbsp;"] = "\u00A0",
            ["amp;"] = "&",
            ["lt;"] = "<",
            ["gt;"] = ">",
            ["quot;"] = "\"",
            ["apos;"] = "'",
            ["auml;"] = "ä",
            ["ouml;"] = "ö",
            ["uuml;"] = "ü",
            ["Auml;"] = "Ä",
            ["Ouml;"] = "Ö",
            ["Uuml;"] = "Ü",
            ["szlig;"] = "ß",
            ["euro;"] = "€",
            ["ndash;"] = "–",
            ["mdash;"] = "—",
            ["hellip;"] = "…",
            ["bdquo;"] = "„",
            ["ldquo;"] = "“",
            ["rdquo;"] = "”",
            ["lsquo;"] = "‘",
            ["rsquo;"] = "’",
            ["sbquo;"] = "‚",
            ["copy;"] = "©",
            ["reg;"] = "®",
            ["shy;"] = "\u00AD",
            ["zwnj;"] = "\u200C",
        }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>Windows-1252 meanings of the C1 code points, as the HTML parser maps "&amp;#150;".</summary>
        private static readonly string Windows1252 =
            "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
            "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

        /// <summary>Characters consumed at '&amp;' (0: not a reference) and the text they stand for.</summary>
        public static int Decode(ReadOnlySpan<char> input, out ReadOnlySpan<char> decoded)
        {
            decoded = default;
            if (input.Length < 2)
            {
                return 0;
            }

            return input[1] == '#' ? Numeric(input, out decoded) : Named(input, out decoded);
        }

        private static int Numeric(ReadOnlySpan<char> input, out ReadOnlySpan<char> decoded)
        {
            decoded = default;
            var hex = input.Length > 2 && input[2] is 'x' or 'X';
            var start = hex ? 3 : 2;
            var i = start;
            long value = 0;
            while (i < input.Length && (hex ? char.IsAsciiHexDigit(input[i]) : char.IsAsciiDigit(input[i])))
            {
                if (value <= 0x10FFFF)
                {
                    value = (value * (hex ? 16 : 10)) + HexDigit(input[i]);
                }

                i++;
            }

            if (i == start)
            {
                return 0;
            }

            if (i < input.Length && input[i] == ';')
            {
                i++;
            }

            decoded = CodePoint(value);
            return i;
        }

        private static int HexDigit(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

        /// <summary>The character(s) of a numeric reference, in a per-thread buffer: WebUtility-encoded bodies are full of them.</summary>
        private static ReadOnlySpan<char> CodePoint(long value)
        {
            if (value is >= 0x80 and <= 0x9F)
            {
                return Windows1252.AsSpan((int)value - 0x80, 1);
            }

            if (value is 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
            {
                return "\uFFFD";
            }

            var buffer = t_codePoint ??= new char[2];
            var length = new Rune((int)value).EncodeToUtf16(buffer);
            return buffer.AsSpan(0, length);
        }

        [ThreadStatic]
        private static char[]? t_codePoint;

        private static int Named(ReadOnlySpan<char> input, out ReadOnlySpan<char> decoded)
        {
            decoded = default;
            var length = 1;
            while (length < input.Length && length <= MaxName && char.IsAsciiLetterOrDigit(input[length]))
            {
                length++;
            }

            if (length == 1)
            {
                return 0;
            }

            if (length < input.Length && input[length] == ';')
            {
                var withSemicolon = input[1..(length + 1)];
                if (Common.TryGetValue(withSemicolon, out var common))
                {
                    decoded = common;
                    return length + 1;
                }

                var symbol = Lookup(withSemicolon);
                if (!string.IsNullOrEmpty(symbol))
                {
                    decoded = symbol;
                    return length + 1;
                }
            }

            // Legacy names also count without ';' ("&nbsp", "&copy2026"): the longest one that fits.
            for (var n = Math.Min(length - 1, MaxLegacyName); n >= 2; n--)
            {
                var symbol = Lookup(input.Slice(1, n));
                if (!string.IsNullOrEmpty(symbol))
                {
                    decoded = symbol;
                    return n + 1;
                }
            }

            return 0;
        }

        private static string? Lookup(ReadOnlySpan<char> name)
        {
            var buffer = t_name ??= new char[MaxName + 1];
            name.CopyTo(buffer);
            return Entities.GetSymbol(new AngleSharp.Common.StringOrMemory(buffer.AsMemory(0, name.Length)));
        }
    }
}
