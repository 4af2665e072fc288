using Microsoft.Graph.Models;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Server.Graph;

/// <summary>A conversation read through the gateway and analysed for the user: the raw Graph messages and the situation card.</summary>
public sealed record ThreadSituation(IReadOnlyList<Message> Messages, SituationCard Card)
{
    public const int MaxConversationId = 512;

    /// <summary>Null when the conversation has no messages in this mailbox.</summary>
    public static async Task<ThreadSituation?> LoadAsync(GraphGateway gateway, MailboxProfile profile, string conversationId, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        ArgumentNullException.ThrowIfNull(profile);
        var messages = await gateway.GetThreadAsync(conversationId, ct);
        var readable = GraphThreadMessages.From(messages);
        if (readable.Count == 0)
        {
            return null;
        }

        var context = new AnalysisContext(profile.Address, now, profile.TimeZone) { WorkingHours = profile.WorkingHours };
        return new ThreadSituation(messages, ThreadAnalyzer.Analyze(readable, context));
    }

    /// <summary>The newest message a client wrote (not a draft, not ours), which a reply-all answers.</summary>
    public Message? LatestClientMessage(string me) =>
        Messages.Where(m => GraphThreadMessages.IsFromClient(m, me))
            .OrderBy(m => m.SentDateTime ?? m.ReceivedDateTime ?? DateTimeOffset.MinValue)
            .LastOrDefault();
}
