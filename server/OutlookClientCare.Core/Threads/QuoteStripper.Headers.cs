
namespace OutlookClientCare.Core.Threads;

/// <summary>Header blocks of quoted mail ("From:/Sent:/To:", "Von:/Gesendet:/An:/Betreff:" and their neighbours).</summary>
internal static partial class QuoteStripper
{
    /// <summary>A header block: a header line ("From:", "Von:", "De :", "发件人:" ...) and at least one more among the next lines.</summary>
    private static bool IsHeaderBlock(Lines lines, int i)
    {
        var first = lines.HeaderKeys(i);
        if (first.Count == 0)
        {
            return false;
        }

        var count = first.Count;
        var hasFrom = first.HasFrom;
        var hasDate = first.HasDate;
        for (var j = i + 1; j < lines.Count && j <= i + 6 && count < 3; j++)
        {
            var line = lines.Trimmed(j);
            if (line.IsEmpty)
            {
                continue;
            }

            var keys = lines.HeaderKeys(j);
            count += keys.Count;
            hasFrom |= keys.HasFrom;
            hasDate |= keys.HasDate;
        }

        // Without a sender a block needs a date and at least one more header: "Date: ... / To: ...".
        return hasFrom ? count >= 2 : hasDate && count >= 2 && first.HasDate;
    }

    private readonly record struct HeaderCount(int Count, bool HasFrom, bool HasDate)
    {
        /// <summary>Packed for the per-line cache: bit 0 "known", bits 1-2 count (at most 3), bit 3 sender, bit 4 date.</summary>
        public byte Pack() => (byte)(1 | (Math.Min(Count, 3) << 1) | (HasFrom ? 8 : 0) | (HasDate ? 16 : 0));

        public static HeaderCount Unpack(byte packed) => new((packed >> 1) & 3, (packed & 8) != 0, (packed & 16) != 0);
    }

    /// <summary>Header keys at the start of a line, plus further known keys later on the same line (HTML that lost its line breaks).</summary>
    private static HeaderCount HeaderKeys(ReadOnlySpan<char> line)
    {
        var span = line.TrimStart('*').TrimStart();
        var colon = span.IndexOfAny(':', '：');
        if (colon is <= 0 or > 24)
        {
            return default;
        }

        var kind = HeaderKind(span[..colon].TrimEnd('*').Trim());
        if (kind == Header.None)
        {
            return default;
        }

        var count = 1;
        var hasFrom = kind == Header.From;
        var hasDate = kind == Header.Date;
        var rest = span[(colon + 1)..];
        var headerLike = rest.Contains('@') || HasDigit(rest);
        for (var guard = 0; headerLike && guard < 6 && rest.Length > 0; guard++)
        {
            var next = rest.IndexOfAny(':', '：');
            if (next < 0)
            {
                break;
            }

            var before = rest[..next].TrimEnd().TrimEnd('*');
            var space = before.LastIndexOf(' ');
            if (space >= 0)
            {
                var key = before[(space + 1)..];
                var other = HeaderKind(key);
                if (other != Header.None && key.Length >= 2 && char.IsUpper(key[0]))
                {
                    count++;
                    hasFrom |= other == Header.From;
                    hasDate |= other == Header.Date;
                }
            }

            rest = rest[(next + 1)..];
        }

        return new HeaderCount(count, hasFrom, hasDate);
    }

    private enum Header
    {
        None,
        From,
        Date,
        Other,
    }

    private static Header HeaderKind(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty || key.Length > 24)
        {
            return Header.None;
        }

        return FromKeys.Contains(key) ? Header.From
            : DateKeys.Contains(key) ? Header.Date
            : OtherKeys.Contains(key) ? Header.Other
            : Header.None;
    }

    // English and German first; the neighbours' clients (fr, it, es, pt, nl, da, sv, no, pl, fi, ru, zh, ja, ko) write the same block.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FromKeys = KeySet(
        "From", "Von", "Absender", "De", "Da", "Van", "Fra", "Från", "Od", "От", "Lähettäjä", "Feladó", "Remitente", "От кого", "发件人", "寄件者", "差出人", "보낸 사람", "보낸사람");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DateKeys = KeySet(
        "Sent", "Date", "Gesendet", "Message du", "Datum", "Envoyé", "Envoyé le", "Inviato", "Enviado", "Enviada", "Enviado el", "Fecha", "Data",
        "Verzonden", "Sendt", "Skickat", "Wysłano", "Wysłane", "Lähetetty", "Päivämäärä", "Отправлено", "Дата", "发送时间", "日期", "寄件日期", "送信日時", "日付", "보낸 날짜");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherKeys = KeySet(
        "To", "Cc", "Bcc", "Subject", "Reply-To", "An", "Betreff", "Kopie", "Cc/Bcc", "Antwort an", "À", "A", "Pour", "Objet", "Sujet",
        "Copie à", "Cc :", "Répondre à", "Oggetto", "Para", "Asunto", "Assunto", "Aan", "Onderwerp", "Til", "Till", "Emne", "Ämne",
        "Temat", "Do", "DW", "Vastaanottaja", "Aihe", "Kopio", "Кому", "Тема", "Копия", "收件人", "主题", "抄送", "主旨", "宛先", "件名", "받는 사람", "제목", "참조");

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KeySet(params string[] keys) =>
        new HashSet<string>(keys, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
