using System.Text.RegularExpressions;

namespace OutlookClientCare.Core.Threads;

/// <summary>Where the signature, a mobile footer or a legal disclaimer starts in the new text.</summary>
internal static partial class QuoteStripper
{
    /// <summary>Index into <paramref name="kept"/> where the signature, mobile footer or disclaimer starts; kept.Count when none.</summary>
    private static int SignatureStart(Lines lines, List<int> kept)
    {
        // Footers and disclaimers sit at the end of the new text: their patterns run on its last lines only,
        // so a long mail costs no more pattern work than a short one. The "-- " delimiter counts anywhere.
        var tail = kept.Count;
        for (var nonBlank = 0; tail > 0 && nonBlank < SignatureTailLines; tail--)
        {
            nonBlank += lines.Trimmed(kept[tail - 1]).IsEmpty ? 0 : 1;
        }

        for (var k = 0; k < kept.Count; k++)
        {
            var trimmed = lines.Trimmed(kept[k]);
            if (IsDelimiter(lines.Raw(kept[k]), trimmed) || (k >= tail && IsFooterOrDisclaimer(trimmed)))
            {
                return k;
            }
        }

        return kept.Count;
    }

    /// <summary>How many non-blank lines at the end of the new text are checked for footers and disclaimers.</summary>
    private const int SignatureTailLines = 60;

    private static bool IsDelimiter(ReadOnlySpan<char> raw, ReadOnlySpan<char> trimmed) =>
        raw.TrimEnd() is "--"

        // A rule of underscores opens a mailing-list footer ("__ / riak-users mailing list").
        || (trimmed.Length >= 2 && !trimmed.ContainsAnyExcept('_'));

    /// <summary>
    /// A mobile footer is one short line; a disclaimer is known by its opening words, however long its paragraph,
    /// or, where it opens with the firm's legal status ("Northbridge Legal LLP is … registered in England and Wales"),
    /// by that status together with a confidentiality notice or a company number in its first lines.
    /// </summary>
    private static bool IsFooterOrDisclaimer(ReadOnlySpan<char> trimmed) =>
        trimmed.Length >= 8
        && ((trimmed.Length <= 300 && Matches(FooterRegex(), trimmed))
            || Matches(DisclaimerRegex(), trimmed[..Math.Min(trimmed.Length, 300)])
            || (Matches(LegalStatusRegex(), trimmed[..Math.Min(trimmed.Length, 300)]) && Matches(NoticeRegex(), trimmed[..Math.Min(trimmed.Length, 600)])));

    [GeneratedRegex(
        @"^(?:Sent from my\s[\p{L}\p{N}'’&+\- ]{1,60}\.?|Sent from (?!my\s)[\p{L}\p{N}\- ]{1,40}(?:\s?<https?://[^>\s]{1,200}>)?|Sent from (?:Outlook|Mail|Yahoo Mail|Samsung|my mobile)\b.{0,60}|Get Outlook for\s.{1,60}|Sent with\s.{1,80}|Sent via\s.{1,60}|Sent on the go\b.{0,40}|Von meinem\s.{1,60}\s(?:gesendet|versendet)\.?|Gesendet von meinem\s.{1,60}|Gesendet (?:von|mit)\s.{1,60}(?:für|App|Android|iOS|iPhone|iPad|Windows|Mail).{0,60}|Diese Nachricht wurde (?:von|mit) meinem\s.{1,80}\sgesendet\.?|Von Outlook für\s.{1,60}|Outlook für (?:iOS|Android) herunterladen.{0,60}|Envoyé (?:de|depuis|à partir de)\s.{1,60}|Obtenir Outlook pour\s.{1,60}|Enviado desde\s.{1,60}|Obtener Outlook para\s.{1,60}|Inviato da\s.{1,60}|Verzonden (?:vanaf|met)\s.{1,60}|Skickat från\s.{1,60}|Sendt fra\s.{1,60}|Wysłane z\s.{1,60})$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeoutMs)]
    private static partial Regex FooterRegex();

    [GeneratedRegex(
        @"^(?:(?:This|The information in this) (?:e-?mail|message)(?: message)?(?: and any (?:files|attachments?)[^.]{0,80})? (?:is|are|contains|may contain)\b.{0,40}(?:confidential|privileged|intended)|CONFIDENTIALITY NOTICE|DISCLAIMER:|Diese (?:E-?Mail|Nachricht)\b.{0,80}(?:vertraulich|ausschließlich)|Der Inhalt dieser (?:E-?Mail|Nachricht)\b.{0,60}vertraulich|(?:Sitz der Gesellschaft|Registergericht|Amtsgericht|Handelsregister|USt-?IdNr\.?|Geschäftsführer(?:in)?|Geschäftsführung|Vorstand|Aufsichtsrat)\s*:)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeoutMs)]
    private static partial Regex DisclaimerRegex();

    /// <summary>"… LLP is a limited liability partnership registered in England and Wales", "authorised and regulated by …".</summary>
    [GeneratedRegex(
        @"\b(?:registered in (?:England|Scotland|Wales|(?:Northern )?Ireland)|(?:authori[sz]ed|regulated) (?:and regulated )?by the\s+\p{Lu}|registered (?:office|charity)|company (?:no|number|reg(?:istration)?)\b|Reg\. No\.|eingetragen (?:im|beim) (?:Handelsregister|Amtsgericht))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeoutMs)]
    private static partial Regex LegalStatusRegex();

    /// <summary>What a legal footer says besides the firm's status: confidential, for the addressee only, a company number.</summary>
    [GeneratedRegex(
        @"\b(?:confidential|privileged|intended (?:solely |only )?for|intended recipient|addressee|received (?:it|this (?:e-?mail|message)) in error|vertraulich|irrtümlich|Adressat|company (?:no|number)\b|\((?:OC|SC|NI)?\d{5,}\)|no\. \d{5,})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeoutMs)]
    private static partial Regex NoticeRegex();
}
