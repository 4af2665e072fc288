namespace OutlookClientCare.Core.Threads;

/// <summary>A message body as Graph's itemBody gives it.</summary>
public sealed record MessageBody(string Content, BodyFormat Format);

/// <summary>
/// A message as the mailbox holds it (Graph's message resource, only the properties we read),
/// before <see cref="ThreadMessages"/> reduces it to its new text. Everything Graph may leave out
/// is nullable; the rules for what is missing live in one place, <see cref="ThreadMessages"/>.
/// </summary>
public sealed record MailboxMessage
{
    public string? Id { get; init; }

    public string? ConversationId { get; init; }

    public string? Subject { get; init; }

    public MailAddress? From { get; init; }

    public MailAddress? Sender { get; init; }

    public IReadOnlyList<MailAddress> To { get; init; } = [];

    public IReadOnlyList<MailAddress> Cc { get; init; } = [];

    public DateTimeOffset? SentDateTime { get; init; }

    public DateTimeOffset? ReceivedDateTime { get; init; }

    public DateTimeOffset? LastModifiedDateTime { get; init; }

    public DateTimeOffset? CreatedDateTime { get; init; }

    /// <summary>The part of the message that is new (Graph returns it only when selected).</summary>
    public MessageBody? UniqueBody { get; init; }

    public MessageBody? Body { get; init; }

    public string? BodyPreview { get; init; }

    public bool IsDraft { get; init; }

    public bool IsRead { get; init; }

    /// <summary>Flagged for follow-up in Outlook.</summary>
    public bool IsFlagged { get; init; }

    public string? WebLink { get; init; }

    /// <summary>Who wrote it: <see cref="From"/>, or <see cref="Sender"/> when Graph gives no from.</summary>
    public MailAddress? Author => From ?? Sender;

    /// <summary>When it was written: sent, else received, else last modified, else created.</summary>
    public DateTimeOffset? When => SentDateTime ?? ReceivedDateTime ?? LastModifiedDateTime ?? CreatedDateTime;
}
