using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Server.Mailbox;

/// <summary>A conversation read from the mailbox and analysed for the user: its messages and the situation card.</summary>
public sealed record ThreadSituation(IReadOnlyList<MailboxMessage> Messages, SituationCard Card)
{
    public const int MaxConversationId = 512;

    /// <summary>The newest message a client wrote (not a draft, not the user's), which a reply-all answers.</summary>
    public MailboxMessage? LatestClientMessage(MailboxProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Messages.Where(profile.IsFromClient).OrderBy(m => m.When ?? DateTimeOffset.MinValue).LastOrDefault();
    }
}
