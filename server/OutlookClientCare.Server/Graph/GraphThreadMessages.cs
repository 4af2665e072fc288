using Microsoft.Graph.Models;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Server.Graph;

/// <summary>Graph SDK messages as the thread analysis reads them: new text only, oversized bodies cut and flagged.</summary>
public static class GraphThreadMessages
{
    public static IReadOnlyList<ThreadMessage> From(IEnumerable<Message> messages) =>
        [.. messages.Where(m => m.Id is not null).Select(From).OrderBy(m => m.SentDateTime).TakeLast(InputLimits.MaxMessages)];

    public static ThreadMessage From(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = message.UniqueBody?.Content is not null ? message.UniqueBody : message.Body;
        var format = body?.ContentType == BodyType.Html ? BodyFormat.Html : BodyFormat.Text;
        var extracted = ReplyText.ExtractDetailed(body?.Content ?? message.BodyPreview ?? "", format);
        var truncated = extracted.Truncated;
        var text = extracted.Text;
        if (text.Length > InputLimits.MaxTextChars)
        {
            text = text[..InputLimits.MaxTextChars];
            truncated = true;
        }

        return new ThreadMessage
        {
            Id = message.Id!,
            From = AddressOf(message.From ?? message.Sender),
            To = [.. (message.ToRecipients ?? []).Select(AddressOf).OfType<MailAddress>()],
            Cc = [.. (message.CcRecipients ?? []).Select(AddressOf).OfType<MailAddress>()],
            SentDateTime = message.SentDateTime ?? message.ReceivedDateTime ?? message.LastModifiedDateTime ?? DateTimeOffset.UnixEpoch,
            Subject = message.Subject ?? "",
            Text = text,
            IsDraft = message.IsDraft ?? false,
            Truncated = truncated,
        };
    }

    /// <summary>True when the message was written by someone other than the user.</summary>
    public static bool IsFromClient(Message message, string me) =>
        message.IsDraft != true
        && (message.From ?? message.Sender)?.EmailAddress?.Address is { Length: > 0 } address
        && !string.Equals(address, me, StringComparison.OrdinalIgnoreCase);

    private static MailAddress? AddressOf(Recipient? recipient) =>
        recipient?.EmailAddress?.Address is { Length: > 0 } address ? new MailAddress(recipient.EmailAddress.Name, address) : null;
}
