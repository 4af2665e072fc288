using Microsoft.Graph.Models;
using OutlookClientCare.Core;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Graph;

/// <summary>
/// Who owns a mailbox: name, primary address, user principal name, the other addresses mail from
/// them may carry (proxy addresses), and their Outlook settings; all from one request.
/// </summary>
public sealed record MailboxOwner(string DisplayName, string Address, string UserPrincipalName, IReadOnlyList<string> Aliases, OutlookSettings Settings);

/// <summary>A reply draft we created (never sent): its id and the link that opens it in Outlook.</summary>
public sealed record DraftReply(string Id, string? WebLink);

/// <summary>A change-notification subscription as Graph holds it.</summary>
public sealed record EventSubscription(string Id, DateTimeOffset ExpiresAt);

/// <summary>SDK models to our records: the only place that reads Graph's message and settings types.</summary>
internal static class MailboxRecords
{
    public static MailboxMessage Message(Message message) => new()
    {
        Id = message.Id,
        ConversationId = message.ConversationId,
        Subject = message.Subject,
        From = Address(message.From),
        Sender = Address(message.Sender),
        To = [.. (message.ToRecipients ?? []).Select(Address).OfType<MailAddress>()],
        Cc = [.. (message.CcRecipients ?? []).Select(Address).OfType<MailAddress>()],
        SentDateTime = message.SentDateTime,
        ReceivedDateTime = message.ReceivedDateTime,
        LastModifiedDateTime = message.LastModifiedDateTime,
        CreatedDateTime = message.CreatedDateTime,
        UniqueBody = Body(message.UniqueBody),
        Body = Body(message.Body),
        BodyPreview = message.BodyPreview,
        IsDraft = message.IsDraft ?? false,
        IsRead = message.IsRead ?? false,
        IsFlagged = message.Flag?.FlagStatus == FollowupFlagStatus.Flagged,
        WebLink = message.WebLink,
    };

    public static MailboxOwner Owner(User? user, string fallbackPrincipalName)
    {
        var principal = user?.UserPrincipalName ?? fallbackPrincipalName;
        var address = user?.Mail ?? principal;
        var aliases = (user?.ProxyAddresses ?? [])
            .Where(p => p is not null && p.StartsWith("smtp:", StringComparison.OrdinalIgnoreCase))
            .Select(p => p![5..])
            .Append(principal)
            .Where(a => !string.Equals(a, address, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new MailboxOwner(user?.DisplayName ?? principal, address, principal, aliases, Settings(user?.MailboxSettings, user?.PreferredLanguage));
    }

    /// <summary>The one reader of Graph's mailboxSettings.</summary>
    public static OutlookSettings Settings(MailboxSettings? settings, string? preferredLanguage = null) =>
        OutlookSettings.Read(
            settings?.TimeZone,
            settings?.Language?.Locale ?? preferredLanguage,
            settings?.WorkingHours?.DaysOfWeek?.Select(d => d?.ToString()),
            settings?.WorkingHours?.StartTime?.ToString(),
            settings?.WorkingHours?.EndTime?.ToString(),
            settings?.WorkingHours?.TimeZone?.Name);

    private static MailAddress? Address(Recipient? recipient) =>
        recipient?.EmailAddress?.Address is { Length: > 0 } address
            ? new MailAddress(string.IsNullOrWhiteSpace(recipient.EmailAddress.Name) ? null : recipient.EmailAddress.Name, address.Trim())
            : null;

    private static MessageBody? Body(ItemBody? body) =>
        body?.Content is { } content ? new MessageBody(content, body.ContentType == BodyType.Html ? BodyFormat.Html : BodyFormat.Text) : null;
}
