using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookClientCare.Core.Threads;
using OutlookClientCare.Graph;
using OutlookClientCare.Server.Handovers;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Mailbox;

namespace OutlookClientCare.Server.Waiting;

/// <summary>
/// "Who is waiting on me": recent conversations whose latest message is a client's, longest wait first.
/// Threads the user handed over to a colleague stay listed, marked with whom, after the user's own, and
/// are not counted as the user's.
/// </summary>
public static class WaitingApi
{
    public static readonly TimeSpan LookBack = TimeSpan.FromDays(14);

    public sealed record WaitingThread(
        string ConversationId,
        string Subject,
        Participant? Client,
        string LatestMessageId,
        DateTimeOffset? Since,
        double BusinessHoursWaited,
        MoodLevel Mood,
        double MoodScore,
        MainIssue MainIssue,
        int OpenAsks,
        HandedOverTo? HandedOver = null);

    /// <summary>The colleague a thread was handed over to, and when.</summary>
    public sealed record HandedOverTo(string? Name, string Address, DateTimeOffset At);

    /// <summary>
    /// <c>Complete</c> is false when the one page we read was full, so older threads may be missing.
    /// <c>Mine</c> counts the threads still the user's (not handed over).
    /// </summary>
    public sealed record WaitingList(IReadOnlyList<WaitingThread> Threads, int MessagesRead, bool Complete, int Mine);

    public static IEndpointRouteBuilder MapWaiting(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/waiting").RequireAuthorization().WithTags("Waiting")
            .MapGet("", GetAsync)
            .WithName("WhoIsWaiting")
            .WithSummary("Recent conversations where the client wrote last, with working hours waited and mood; one mailbox query.");
        return app;
    }

    private static async Task<Ok<WaitingList>> GetAsync(ClaimsPrincipal principal, GraphAccess graph, MailboxService mailbox, HandoverService handovers, TimeProvider time, CancellationToken ct)
    {
        var user = AppUser.From(principal);
        var profile = await mailbox.GetProfileAsync(user, ct);
        var messages = await graph.For(user).GetRecentMessagesAsync(time.GetUtcNow() - LookBack, GraphGateway.RecentMessagesPageSize, ct);

        var waiting = new List<WaitingThread>();
        foreach (var conversation in messages.Where(m => !m.IsDraft && !string.IsNullOrEmpty(m.Id) && !string.IsNullOrEmpty(m.ConversationId)).GroupBy(m => m.ConversationId!))
        {
            var latest = conversation.MaxBy(m => m.ReceivedDateTime ?? m.SentDateTime ?? DateTimeOffset.MinValue)!;
            if (!profile.IsFromClient(latest))
            {
                continue;
            }

            var card = mailbox.Analyze(profile, [.. conversation]);
            if (card.Waiting.ReplyOwedBy != ReplyOwedBy.Us)
            {
                continue;
            }

            waiting.Add(new WaitingThread(
                conversation.Key,
                latest.Subject ?? "",
                card.Client,
                latest.Id!,
                card.Waiting.Since,
                Math.Round(card.Waiting.BusinessHours, 1),
                card.Mood.Level,
                card.Mood.Score,
                card.MainIssue,
                card.Asks.Count(a => a.IsOpen)));
        }

        var handedOver = await handovers.ByConversationAsync(user, [.. waiting.Select(w => w.ConversationId)], ct);
        IReadOnlyList<WaitingThread> sorted =
        [
            .. waiting.Select(w => handedOver.TryGetValue(w.ConversationId, out var h) ? w with { HandedOver = new HandedOverTo(h.ToName, h.ToAddress, h.CreatedAt) } : w)
                .OrderBy(w => w.HandedOver is not null)
                .ThenByDescending(w => w.BusinessHoursWaited)
                .ThenBy(w => w.Since ?? DateTimeOffset.MaxValue)
                .ThenBy(w => w.ConversationId, StringComparer.Ordinal),
        ];
        return TypedResults.Ok(new WaitingList(sorted, messages.Count, messages.Count < GraphGateway.RecentMessagesPageSize, sorted.Count(w => w.HandedOver is null)));
    }
}
