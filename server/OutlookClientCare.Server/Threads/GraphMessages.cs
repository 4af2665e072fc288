using Microsoft.Graph.Models;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Server.Threads;

/// <summary>Graph SDK messages to the domain's thread messages (new text only).</summary>
public static class GraphMessages
{
    public static IReadOnlyList<ThreadMessage> ToThread(IReadOnlyList<Message> messages) =>
        [.. messages.Select(ToThreadMessage).OrderBy(m => m.SentDateTime).TakeLast(InputLimits.MaxMessages)];

    public static ThreadMessage ToThreadMessage(Message message)
    {
        // uniqueBody is the new part, but Gmail replies keep their quote in it: Core strips either way.
        var body = message.UniqueBody?.Content is not null ? message.UniqueBody : message.Body;
        var format = body?.ContentType == BodyType.Html ? BodyFormat.Html : BodyFormat.Text;
        var text = ReplyText.ExtractDetailed(body?.Content, format);
        return new ThreadMessage
        {
            Id = message.Id ?? "",
            From = AddressOf(message.From ?? message.Sender),
            To = [.. (message.ToRecipients ?? []).Select(AddressOf).OfType<MailAddress>()],
            Cc = [.. (message.CcRecipients ?? []).Select(AddressOf).OfType<MailAddress>()],
            SentDateTime = message.SentDateTime ?? message.ReceivedDateTime ?? DateTimeOffset.MinValue,
            Subject = message.Subject ?? "",
            Text = text.Text,
            IsDraft = message.IsDraft ?? false,
            Truncated = text.Truncated,
        };
    }

    private static MailAddress? AddressOf(Recipient? recipient) =>
        recipient?.EmailAddress?.Address is { } address ? new MailAddress(recipient.EmailAddress.Name, address) : null;
}
