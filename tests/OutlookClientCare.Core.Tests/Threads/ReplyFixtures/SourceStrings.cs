using System.Globalization;
using System.Text;

namespace OutlookClientCare.Core.Tests.Threads.ReplyFixtures;

/// <summary>String literals of the upstream test languages (Ruby, PHP, JavaScript), decoded.</summary>
internal static class SourceStrings
{
    /// <summary>
    /// Decodes one backslash escape at <paramref name="pos"/> (a '\\') into <paramref name="builder"/>
    /// and returns the position after it. The C-like escapes the four languages share.
    /// </summary>
    public static int AppendEscape(string text, int pos, StringBuilder builder)
    {
        var next = text[pos + 1];
        switch (next)
        {
            case 'n': builder.Append('\n'); return pos + 2;
            case 'r': builder.Append('\r'); return pos + 2;
            case 't': builder.Append('\t'); return pos + 2;
            case '0': builder.Append('\0'); return pos + 2;
            case '\\' or '\'' or '"' or '`' or '$' or '/': builder.Append(next); return pos + 2;
            case '\n': return pos + 2;
            case '\r': return pos + 2 < text.Length && text[pos + 2] == '\n' ? pos + 3 : pos + 2;
            case 'x' when pos + 3 < text.Length && IsHex(text.AsSpan(pos + 2, 2)):
                builder.Append((char)int.Parse(text.AsSpan(pos + 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                return pos + 4;
            case 'u' when pos + 5 < text.Length && IsHex(text.AsSpan(pos + 2, 4)):
                builder.Append((char)int.Parse(text.AsSpan(pos + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                return pos + 6;
            default:
                builder.Append('\\').Append(next);
                return pos + 2;
        }
    }

    /// <summary>
    /// Reads a quoted literal starting at <paramref name="pos"/> (the opening quote): "..." with
    /// escapes, '...' with only \' and \\ (PHP, Ruby), or JavaScript's '...' and `...` with escapes.
    /// </summary>
    public static string Read(string text, ref int pos, bool singleQuotedEscapes)
    {
        var quote = text[pos];
        var builder = new StringBuilder();
        var i = pos + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == quote)
            {
                pos = i + 1;
                return builder.ToString();
            }

            if (c == '\\' && i + 1 < text.Length)
            {
                if (quote == '\'' && !singleQuotedEscapes)
                {
                    var n = text[i + 1];
                    builder.Append(n is '\'' or '\\' ? n.ToString() : "\\" + n);
                    i += 2;
                    continue;
                }

                i = AppendEscape(text, i, builder);
                continue;
            }

            if (quote == '`' && c == '$' && i + 1 < text.Length && text[i + 1] == '{')
            {
                throw new FormatException("Template literal with a placeholder is not read.");
            }

            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
                continue;
            }

            builder.Append(c);
            i++;
        }

        throw new FormatException("Unterminated string literal.");
    }

    /// <summary>PHP heredoc <c>&lt;&lt;&lt;NAME ... NAME</c> at <paramref name="pos"/>: content without the final newline.</summary>
    public static string ReadHeredoc(string text, ref int pos)
    {
        var lineEnd = text.IndexOf('\n', pos);
        var label = text[(pos + 3)..lineEnd].Trim().Trim('\'', '"');
        var start = lineEnd + 1;
        var i = start;
        while (i < text.Length)
        {
            var end = text.IndexOf('\n', i);
            var line = end < 0 ? text[i..] : text[i..end];
            if (line.Trim().StartsWith(label, StringComparison.Ordinal) && line.Trim().Length >= label.Length
                && (line.Trim().Length == label.Length || !char.IsLetterOrDigit(line.Trim()[label.Length])))
            {
                pos = i + line.IndexOf(label, StringComparison.Ordinal) + label.Length;
                var body = i - 1 > start ? text[start..(i - 1)] : "";
                return body.Replace("\r\n", "\n", StringComparison.Ordinal);
            }

            if (end < 0)
            {
                break;
            }

            i = end + 1;
        }

        throw new FormatException($"Unterminated heredoc {label}.");
    }

    private static bool IsHex(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
