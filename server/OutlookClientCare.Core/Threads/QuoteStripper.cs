using System.Text;
using System.Text.RegularExpressions;

namespace OutlookClientCare.Core.Threads;

/// <summary>
/// Line-based removal of quoted history, signatures, mobile footers and legal disclaimers in
/// plain-text mail, for the common English and German clients. Every pattern is anchored and
/// bounded, and runs with a timeout; a timeout counts as "no match".
/// </summary>
internal static partial class QuoteStripper
{
    private const int RegexTimeoutMs = 50;

    /// <summary>Removes quoted history only (what talon calls the reply).</summary>
    public static string StripQuotes(string text)
    {
        var lines = SplitLines(text);
        var kept = new List<string>(lines.Length);
        var i = 0;
        while (i < lines.Length)
        {
            var line = lines[i];
            var trimmed = line.AsSpan().Trim();
            if (trimmed.Length > 0 && trimmed[0] == '>')
            {
                i++;
                continue;
            }

            if (IsSeparator(lines, i) || IsHeaderBlock(lines, i))
            {
                break;
            }

            var attributionLength = AttributionLength(lines, i);
            if (attributionLength > 0)
            {
                var next = SkipBlank(lines, i + attributionLength);
                if (next < lines.Length && StartsQuoted(lines[next]))
                {
                    i = next;
                    continue;
                }

                break;
            }

            kept.Add(line);
            i++;
        }

        return Join(kept);
    }

    /// <summary>Removes "-- " signatures, mobile footers and legal disclaimers.</summary>
    public static string StripSignature(string text)
    {
        var lines = SplitLines(text);
        var end = lines.Length;
        for (var i = 0; i < lines.Length; i++)
        {
            if (IsSignatureStart(lines[i]))
            {
                end = i;
                break;
            }
        }

        return Join(lines.AsSpan(0, end));
    }

    internal static string[] SplitLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');

    private static string Join(ReadOnlySpan<string> lines)
    {
        var start = 0;
        var end = lines.Length;
        while (start < end && IsBlankOrRule(lines[start]))
        {
            start++;
        }

        while (end > start && IsBlankOrRule(lines[end - 1]))
        {
            end--;
        }

        var builder = new StringBuilder();
        var blank = false;
        for (var i = start; i < end; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.Length == 0)
            {
                blank = true;
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(blank ? "\n\n" : "\n");
            }

            builder.Append(line);
            blank = false;
        }

        return builder.ToString();
    }

    private static string Join(List<string> lines) => Join(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(lines));

    private static bool IsBlankOrRule(string line)
    {
        var trimmed = line.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            return true;
        }

        // Outlook puts a line of underscores above the header block; it is not text.
        return trimmed.Length >= 5 && !trimmed.ContainsAnyExcept('_', '-', '=');
    }

    private static int SkipBlank(string[] lines, int i)
    {
        while (i < lines.Length && lines[i].AsSpan().Trim().IsEmpty)
        {
            i++;
        }

        return i;
    }

    private static bool StartsQuoted(string line)
    {
        var trimmed = line.AsSpan().TrimStart();
        return trimmed.Length > 0 && trimmed[0] == '>';
    }

    private static bool IsSeparator(string[] lines, int i)
    {
        var trimmed = lines[i].AsSpan().Trim();
        if (trimmed.Length < 6 || trimmed.Length > 120)
        {
            return false;
        }

        var first = trimmed[0];
        if (first is '-' or '_' or '=' or '*' or 'B' or 'A' or 'b' or 'a')
        {
            return Matches(SeparatorRegex(), trimmed) || Matches(DashedTitleRegex(), trimmed);
        }

        return false;
    }

    private static bool IsHeaderBlock(string[] lines, int i)
    {
        if (HeaderKey(lines[i]) is not { } first)
        {
            return false;
        }

        var count = 1;
        var hasFrom = first == HeaderKind.From;
        for (var j = i + 1; j < lines.Length && j <= i + 4; j++)
        {
            if (HeaderKey(lines[j]) is { } key)
            {
                count++;
                hasFrom |= key == HeaderKind.From;
            }
        }

        return hasFrom && count >= 2;
    }

    private enum HeaderKind
    {
        From,
        Other,
    }

    private static HeaderKind? HeaderKey(string line)
    {
        var span = line.AsSpan().TrimStart().TrimStart('*');
        var colon = span.IndexOf(':');
        if (colon is <= 0 or > 20)
        {
            return null;
        }

        var key = span[..colon].TrimEnd('*').Trim();
        foreach (var from in FromHeaderKeys)
        {
            if (key.Equals(from, StringComparison.OrdinalIgnoreCase))
            {
                return HeaderKind.From;
            }
        }

        foreach (var other in OtherHeaderKeys)
        {
            if (key.Equals(other, StringComparison.OrdinalIgnoreCase))
            {
                return HeaderKind.Other;
            }
        }

        return null;
    }

    // English and German first; the neighbours' clients (fr, it, es, pt, nl, da, sv, no, pl, ru) write the same block.
    private static readonly string[] FromHeaderKeys = ["From", "Von", "Absender", "De", "Da", "Van", "Fra", "Från", "Od", "От"];

    private static readonly string[] OtherHeaderKeys =
    [
        "Sent", "To", "Cc", "Bcc", "Subject", "Date", "Reply-To",
        "Gesendet", "An", "Betreff", "Datum", "Kopie", "Antwort an",
        "Envoyé", "Envoyé le", "À", "A", "Objet", "Sujet", "Copie à", "Inviato", "Oggetto", "Enviado", "Enviada", "Para",
        "Asunto", "Assunto", "Verzonden", "Aan", "Onderwerp", "Dato", "Til", "Till", "Emne", "Ämne", "Skickat", "Sendt",
        "Temat", "Wysłano", "Do", "Отправлено", "Кому", "Тема", "Дата",
    ];

    /// <summary>Lines (1-3) forming an "On ... wrote:" / "Am ... schrieb ...:" attribution, else 0.</summary>
    private static int AttributionLength(string[] lines, int i)
    {
        var joined = lines[i].Trim();
        if (joined.Length == 0 || joined.Length > 400)
        {
            return 0;
        }

        var firstHasDigit = joined.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        for (var count = 1; count <= 3; count++)
        {
            if (count > 1)
            {
                if (i + count - 1 >= lines.Length)
                {
                    return 0;
                }

                var next = lines[i + count - 1].Trim();
                if (next.Length == 0 || next[0] == '>' || joined.Length + next.Length > 400)
                {
                    return 0;
                }

                joined = joined + " " + next;
            }

            if (joined.EndsWith(':') && Matches(AttributionRegex(), joined))
            {
                return count;
            }

            // "30.09.2017, 18.30, "John" <john@example.com>:", "Em 10 de julho de 2017 ... escreveu:"
            if (firstHasDigit && Matches(DatedAttributionRegex(), joined))
            {
                return count;
            }

            // Gmail's "2012/4/2 Bob <bob@example.com>" or a bare attribution directly above '>' lines.
            if (count == 1 && (joined.EndsWith(':') || joined.Contains('@', StringComparison.Ordinal)) && joined.Any(char.IsDigit))
            {
                var next = SkipBlank(lines, i + 1);
                if (next < lines.Length && StartsQuoted(lines[next]))
                {
                    return 1;
                }
            }
        }

        return 0;
    }

    private static bool IsSignatureStart(string line)
    {
        if (line is "-- " or "--" or "-- \t" || line.TrimEnd() == "--")
        {
            return true;
        }

        var trimmed = line.AsSpan().Trim();
        if (trimmed.Length < 8)
        {
            return false;
        }

        return Matches(FooterRegex(), trimmed) || Matches(DisclaimerRegex(), trimmed);
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

    [GeneratedRegex(
        @"^(?:-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Originalnachricht|Forwarded message|Weitergeleitete Nachricht|Message transféré|Reply message)\s*-{2,}|_{10,}|Begin forwarded message:|Anfang der weitergeleiteten Nachricht:|\*?(?:Original Message|Ursprüngliche Nachricht)\*?:?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeoutMs)]
    private static partial Regex SeparatorRegex();

    [GeneratedRegex(@"^-{3,}\s*\p{L}[\p{L} ]{2,40}\s*-{3,}$", RegexOptions.CultureInvariant, RegexTimeoutMs)]
    private static partial Regex DashedTitleRegex();

    [GeneratedRegex(
        @"^.{0,200}(?:\d{1,4}[./-]\s?\d{1,2}|\d{1,2}[:.]\d{2}|\b(?:19|20)\d{2}\b).{0,200}(?:<?[^\s<>@]+@[^\s<>@]+>?\)?|\b(?:wrote|writes|schrieb|geschrieben|napisał(?:\(a\))?|escreveu|escribió|kirjoitti|skrev|schreef|ha scritto|a écrit|написал(?:\(а\))?))\s*:?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, RegexTimeoutMs)]
    private static partial Regex DatedAttributionRegex();

    [GeneratedRegex(
        @"^(?:(?:On|Am|Le|El|Il|Op|Den|På)\s.{1,300}|.{1,300}\s(?:hat am|schrieb am|wrote on)\s.{1,200})(?:wrote|writes|schrieb|geschrieben|a écrit|escribió|ha scritto|schreef|skrev)(?:\s.{0,200})?:$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, RegexTimeoutMs)]
    private static partial Regex AttributionRegex();

    [GeneratedRegex(
        @"^(?:Sent from my\s.{1,60}|Sent from (?:Outlook|Mail|Yahoo Mail|Samsung|my mobile)\b.{0,60}|Get Outlook for\s.{1,30}|Sent with\s.{1,80}|Sent via\s.{1,60}|Sent on the go\b.{0,40}|Von meinem\s.{1,60}\sgesendet\.?|Gesendet von meinem\s.{1,60}|Gesendet (?:von|mit)\s.{1,40}(?:für|App|Android|iOS|iPhone|iPad|Windows).{0,40}|Diese Nachricht wurde von meinem\s.{1,60}\sgesendet\.?|Von meinem\s.{1,40}\sversendet\.?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeoutMs)]
    private static partial Regex FooterRegex();

    [GeneratedRegex(
        @"^(?:(?:This|The information in this) e-?mail(?: message)?(?: and any (?:files|attachments?)[^.]{0,80})? (?:is|are|contains|may contain)\b.{0,40}(?:confidential|privileged|intended)|CONFIDENTIALITY NOTICE|DISCLAIMER:|Diese (?:E-?Mail|Nachricht)\b.{0,80}(?:vertraulich|ausschließlich)|Der Inhalt dieser (?:E-?Mail|Nachricht)\b.{0,60}vertraulich|(?:Sitz der Gesellschaft|Registergericht|Amtsgericht|Handelsregister|USt-?IdNr\.?|Geschäftsführer(?:in)?|Geschäftsführung|Vorstand|Aufsichtsrat)\s*:)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeoutMs)]
    private static partial Regex DisclaimerRegex();
}
