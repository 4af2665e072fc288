using MimeKit;

namespace OutlookClientCare.Core.Threads;

/// <summary>How a body is written, as Graph's itemBody.contentType says.</summary>
public enum BodyFormat
{
    Text,
    Html,
}

/// <summary>The new text of one e-mail, and whether the input had to be cut.</summary>
public sealed record ExtractedText(string Text, bool Truncated);

/// <summary>
/// The new text of one e-mail: quoted history removed (HTML quote containers and text
/// quoting), then signatures, mobile footers and legal disclaimers.
/// </summary>
public static class ReplyText
{
    public static string Extract(string body, BodyFormat format) => ExtractDetailed(body, format).Text;

    /// <summary>Prefers the text/plain part of a MIME message, else its HTML part.</summary>
    public static string Extract(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.TextBody is { } text)
        {
            return Extract(text, BodyFormat.Text);
        }

        return message.HtmlBody is { } html ? Extract(html, BodyFormat.Html) : "";
    }

    public static ExtractedText ExtractDetailed(string? body, BodyFormat format, bool keepSignature = false)
    {
        var truncated = false;
        var input = InputLimits.Cut(body ?? "", InputLimits.MaxBodyChars, ref truncated);
        var text = format == BodyFormat.Html ? HtmlText.ToNewTextMarkingQuotes(input) : input;
        return new ExtractedText(QuoteStripper.Extract(text, stripSignature: !keepSignature), truncated);
    }
}
