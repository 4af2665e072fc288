using System.Buffers;
using System.Text.RegularExpressions;

namespace OutlookClientCare.Core.Threads;

/// <summary>
/// Line-based removal of quoted history, signatures, mobile footers and legal disclaimers in
/// plain-text mail. A line is classified from cheap character tests first; only lines that can
/// be a quote intro (a separator, an attribution ending in ':' or a header block) reach a
/// regular expression, and every expression is anchored, bounded and runs with a timeout: a
/// timeout counts as "no match". Lines are read as ranges of the input, so long mails cost no
/// copies.
/// </summary>
internal static partial class QuoteStripper
{
    private const int RegexTimeoutMs = 50;

    /// <summary>Removes quoted history only (what talon calls the reply).</summary>
    public static string StripQuotes(string text) => Extract(text, stripSignature: false);

    /// <summary>Removes "-- " signatures, mobile footers and legal disclaimers.</summary>
    public static string StripSignature(string text)
    {
        using var lines = new Lines(Normalize(text));
        var kept = new List<int>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            kept.Add(i);
        }

        return Join(lines, kept, SignatureStart(lines, kept));
    }

    /// <summary>The new text: quoted history removed, then (optionally) the signature block.</summary>
    public static string Extract(string text, bool stripSignature)
    {
        using var lines = new Lines(Normalize(text));
        var kept = KeptLines(lines);
        return Join(lines, kept, stripSignature ? SignatureStart(lines, kept) : kept.Count);
    }

    internal static bool Matches(Regex regex, ReadOnlySpan<char> input)
    {
        try
        {
            return regex.IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static string Normalize(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    /// <summary>
    /// Walks the mail top down. Quoted lines are dropped; new lines between quotes (inline and
    /// bottom replies) are kept in order. A quote intro (attribution, separator) followed by
    /// quoted lines is dropped and the walk goes on; followed by unquoted text (Outlook, Gmail
    /// forwards) or a header block, everything after it is history.
    /// </summary>
    private static List<int> KeptLines(Lines lines)
    {
        var kept = new List<int>(lines.Count);
        var i = 0;
        while (i < lines.Count)
        {
            var line = lines.Trimmed(i);
            if (line.IsEmpty)
            {
                kept.Add(i++);
                continue;
            }

            if (IsQuoted(line))
            {
                i++;
                while (i < lines.Count && IsQuoteContinuation(lines, i))
                {
                    i++;
                }

                continue;
            }

            var separator = IsSeparator(lines, i);
            if (separator || IsHeaderBlock(lines, i))
            {
                // Apple Mail's "Begin forwarded message:" above a quoted forward: text below it is new again.
                if (separator && QuoteFollows(lines, i + 1))
                {
                    i = SkipBlank(lines, i + 1);
                    continue;
                }

                break;
            }

            if (TrailingAttribution(lines, i) is { } replyPart)
            {
                // "reply On Wed, Apr 4, 2012 at 3:59 PM, bob@example.com wrote:" above quoted lines.
                lines.Shorten(i, replyPart);
                kept.Add(i);
                i = SkipBlank(lines, i + 1);
                continue;
            }

            var attribution = AttributionLength(lines, i);
            if (attribution > 0)
            {
                var next = SkipBlank(lines, i + attribution);
                if (next < lines.Count && IsQuoted(lines.Trimmed(next)))
                {
                    i = next;
                    continue;
                }

                break;
            }

            kept.Add(i++);
        }

        return kept;
    }

    private static bool IsQuoted(ReadOnlySpan<char> trimmed) =>
        trimmed.Length > 0 && trimmed[0] == '>' && !(trimmed.Length > 1 && trimmed[^1] == '<');

    private static int SkipBlank(Lines lines, int i)
    {
        while (i < lines.Count && lines.Trimmed(i).IsEmpty)
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// An unquoted line that belongs to the quote above it: the rest of a quoted link that the
    /// sender's client wrapped, or a lower-case piece wedged between quoted lines (clients that
    /// wrap quoted text without repeating '>'). An answer between quotes ("Yes.", or "ja" under
    /// a quoted question) stays new text.
    /// </summary>
    private static bool IsQuoteContinuation(Lines lines, int i)
    {
        var line = lines.Trimmed(i);
        if (line.IsEmpty || IsQuoted(line))
        {
            return false;
        }

        var previous = lines.Trimmed(i - 1);
        if (!IsQuoted(previous))
        {
            return false;
        }

        var quoted = previous.TrimStart("> ");
        if (line.IndexOfAny(' ', '\t') < 0 && line.Length <= 120)
        {
            var lastSpace = quoted.LastIndexOf(' ');
            var lastToken = lastSpace < 0 ? quoted : quoted[(lastSpace + 1)..];
            if (lastToken.Contains("://", StringComparison.Ordinal) || lastToken.StartsWith("(http", StringComparison.Ordinal))
            {
                return true;
            }
        }

        // A lower-case line wedged between quoted lines is a broken-off piece of the quote, unless it answers a question.
        return char.IsLower(line[0]) && quoted.Length > 0 && quoted[^1] is not ('?' or ':')
            && i + 1 < lines.Count && IsQuoted(lines.Trimmed(i + 1));
    }

    private static bool IsSeparator(Lines lines, int i)
    {
        var trimmed = lines.Trimmed(i);
        if (trimmed.Length < 6 || trimmed.Length > 160)
        {
            return false;
        }

        var first = trimmed[0];
        if (first == '_')
        {
            // Outlook's rule above its header block; a bare rule elsewhere is a signature or footer line.
            if (trimmed.ContainsAnyExcept('_'))
            {
                return false;
            }

            var next = SkipBlank(lines, i + 1);
            return next < lines.Count && next <= i + 2 && IsHeaderBlock(lines, next);
        }

        if (first is '-' or '=' or '*')
        {
            if (Matches(SeparatorRegex(), trimmed) || DashedAttribution(trimmed))
            {
                return true;
            }

            // "-------- Message d'origine --------" in a language we have no words for: only above a header block,
            // so that a heading such as "--- Wichtig ---" stays.
            return Matches(DashedTitleRegex(), trimmed) && SkipBlank(lines, i + 1) is var next && next <= i + 2 && next < lines.Count && IsHeaderBlock(lines, next);
        }

        return (trimmed[^1] == ':' || trimmed[^1] == '：') && trimmed.Length <= 60 && Matches(SeparatorRegex(), trimmed);
    }

    private static bool QuoteFollows(Lines lines, int i)
    {
        var next = SkipBlank(lines, i);
        return next < lines.Count && IsQuoted(lines.Trimmed(next));
    }

    private static bool HasDigit(ReadOnlySpan<char> text) => text.IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>Kept lines [0, end) as text: rules and blank lines trimmed at both ends, at most one blank line in a row.</summary>
    private static string Join(Lines lines, List<int> kept, int end)
    {
        var start = 0;
        while (start < end && IsBlankOrRule(lines.Trimmed(kept[start])))
        {
            start++;
        }

        while (end > start && IsBlankOrRule(lines.Trimmed(kept[end - 1])))
        {
            end--;
        }

        if (start >= end)
        {
            return "";
        }

        // Measure first, then write the text once: no builder, no second copy of a long mail.
        var length = Write(lines, kept, start, end, []);
        return string.Create(length, (lines, kept, start, end), static (output, state) => Write(state.lines, state.kept, state.start, state.end, output));
    }

    /// <summary>Writes kept lines [start, end) into <paramref name="output"/> (or only measures them when it is empty).</summary>
    private static int Write(Lines lines, List<int> kept, int start, int end, Span<char> output)
    {
        var measure = output.IsEmpty;
        var written = 0;
        var blank = false;
        for (var k = start; k < end; k++)
        {
            var line = lines.Raw(kept[k]).TrimEnd();
            if (line.IsEmpty)
            {
                blank = true;
                continue;
            }

            if (written > 0)
            {
                var breaks = blank ? 2 : 1;
                if (!measure)
                {
                    output.Slice(written, breaks).Fill('\n');
                }

                written += breaks;
            }

            if (!measure)
            {
                line.CopyTo(output[written..]);
            }

            written += line.Length;
            blank = false;
        }

        return written;
    }

    private static bool IsBlankOrRule(ReadOnlySpan<char> trimmed) =>
        trimmed.IsEmpty || (trimmed.Length >= 3 && !trimmed.ContainsAnyExcept('_', '-', '='));

    /// <summary>The lines of a text as ranges (no copies), with line starts from a pooled array.</summary>
    private sealed class Lines : IDisposable
    {
        private readonly string _text;
        private readonly int[] _starts;
        private readonly int[] _ends;
        private byte[]? _headers;
        private char[]? _joined;

        public Lines(string text)
        {
            _text = text;
            var capacity = 16;
            _starts = ArrayPool<int>.Shared.Rent(capacity);
            _ends = ArrayPool<int>.Shared.Rent(capacity);
            var count = 0;
            var start = 0;
            while (true)
            {
                var newline = text.IndexOf('\n', start);
                if (count == _starts.Length)
                {
                    Grow(ref _starts);
                    Grow(ref _ends);
                }

                _starts[count] = start;
                _ends[count] = newline < 0 ? text.Length : newline;
                count++;
                if (newline < 0)
                {
                    break;
                }

                start = newline + 1;
            }

            Count = count;
        }

        public int Count { get; }

        public int TextLength => _text.Length;

        public ReadOnlySpan<char> Raw(int i) => _text.AsSpan(_starts[i], _ends[i] - _starts[i]);

        public ReadOnlySpan<char> Trimmed(int i) => Raw(i).Trim();

        /// <summary>Header keys of line <paramref name="i"/>, worked out once: a header block is looked for from every line.</summary>
        public HeaderCount HeaderKeys(int i)
        {
            if (_headers is null)
            {
                _headers = ArrayPool<byte>.Shared.Rent(Count);
                Array.Clear(_headers, 0, Count);
            }
            if (_headers[i] == 0)
            {
                _headers[i] = QuoteStripper.HeaderKeys(Trimmed(i)).Pack();
            }

            return HeaderCount.Unpack(_headers[i]);
        }

        /// <summary>Keeps only the first <paramref name="length"/> characters of line <paramref name="i"/> (after its indent).</summary>
        public void Shorten(int i, int length)
        {
            var indent = Raw(i).Length - Raw(i).TrimStart().Length;
            _ends[i] = _starts[i] + indent + length;
        }

        /// <summary>
        /// Lines [i, i+count) trimmed and joined by single spaces, except inside an address that the
        /// sender's client wrapped ("Name &lt;" / "name@example.com&gt;:"); empty when longer than <paramref name="max"/>.
        /// </summary>
        public ReadOnlySpan<char> Joined(int i, int count, int max)
        {
            if (count == 1)
            {
                return Trimmed(i);
            }

            _joined ??= ArrayPool<char>.Shared.Rent(max);
            var length = 0;
            for (var k = i; k < i + count; k++)
            {
                var line = Trimmed(k);
                var space = length > 0 && _joined[length - 1] != '<' && line[0] != '>';
                if (length + line.Length + (space ? 1 : 0) > max)
                {
                    return [];
                }

                if (space)
                {
                    _joined[length++] = ' ';
                }

                line.CopyTo(_joined.AsSpan(length));
                length += line.Length;
            }

            return _joined.AsSpan(0, length);
        }

        public void Dispose()
        {
            ArrayPool<int>.Shared.Return(_starts);
            ArrayPool<int>.Shared.Return(_ends);
            if (_headers is not null)
            {
                ArrayPool<byte>.Shared.Return(_headers);
                _headers = null;
            }

            if (_joined is not null)
            {
                ArrayPool<char>.Shared.Return(_joined);
                _joined = null;
            }
        }

        private static void Grow(ref int[] array)
        {
            var bigger = ArrayPool<int>.Shared.Rent(array.Length * 2);
            array.CopyTo(bigger, 0);
            ArrayPool<int>.Shared.Return(array);
            array = bigger;
        }
    }

    [GeneratedRegex(
        @"^(?:-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Originalnachricht|Original-Nachricht|Forwarded message|Weitergeleitete Nachricht|Message transféré|Message d['’]origine|Mensaje original|Messaggio originale|Oorspronkelijk bericht|Oprindelig meddelelse|Opprinnelig melding|Ursprungligt meddelande|Vidarebefordrat meddelande|Videresendt meddelelse|Reply message|Wiadomość oryginalna|Исходное сообщение|Пересылаемое сообщение)\s*-{2,}|_{10,}|\*?(?:Original Message|Ursprüngliche Nachricht)\*?:?|(?:Begin forwarded message|Forwarded message|Anfang der weitergeleiteten Nachricht|Weitergeleitete Nachricht|Début du message réexpédié|Message transféré|Inicio del mensaje reenviado|Mensaje reenviado|Inizio messaggio inoltrato|Messaggio inoltrato|Doorgestuurd bericht|Begin doorgestuurd bericht|Videresendt meddelelse|Vidarebefordrat meddelande)\s?:)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeoutMs)]
    private static partial Regex SeparatorRegex();

    [GeneratedRegex(@"^-{3,}\s*\p{L}[\p{L}'’ ]{2,40}\s*-{3,}$", RegexOptions.CultureInvariant, RegexTimeoutMs)]
    private static partial Regex DashedTitleRegex();
}
