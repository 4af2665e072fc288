using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using OutlookClientCare.Server.Handovers;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Mailbox;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.Booking;

/// <summary>
/// Lines for the body of a day's block: what is waiting for the user that day. Other features
/// (follow-ups) add their own implementations; the lines are plain text and get HTML-escaped.
/// </summary>
public interface IBlockAgenda
{
    /// <summary>
    /// True when answering costs Graph requests. The batched background run has a budget of two
    /// requests per user and skips such agendas; "book now" with the user present asks them.
    /// </summary>
    bool CallsGraph => false;

    /// <remarks>
    /// <c>language</c> ("de" or "en") is the block's language; <c>date</c> is a day in <c>timeZone</c>, the user's zone.
    /// </remarks>
    Task<IReadOnlyList<string>> GetAgendaAsync(AppUser user, DateOnly date, string language, TimeZoneInfo timeZone, CancellationToken ct);

    /// <summary>
    /// Gets ready to answer for the blocks of many users (of one tenant) up to <paramref name="until"/>:
    /// a run books thousands of blocks, so an agenda that reads the database loads all their rows at
    /// once and answers each block from memory. The default asks <see cref="GetAgendaAsync"/> per block.
    /// </summary>
    Task<BlockAgendaLines> PrepareAsync(IReadOnlyList<AppUser> users, DateOnly until, CancellationToken ct) =>
        Task.FromResult<BlockAgendaLines>(GetAgendaAsync);
}

/// <summary>The lines of one block, answered by an agenda prepared for a run (<see cref="IBlockAgenda.PrepareAsync"/>).</summary>
public delegate Task<IReadOnlyList<string>> BlockAgendaLines(AppUser user, DateOnly date, string language, TimeZoneInfo timeZone, CancellationToken ct);

/// <summary>
/// Client threads waiting on the user: unread or flagged inbox messages of the last week from
/// outside the user's own domain, one line per conversation ("Karl Kunde: Lieferung verspätet").
/// Only today's and tomorrow's blocks get them (what waits now is not next week's agenda), and
/// the inbox is read once per user per booking. Threads the user handed over to a colleague are no
/// longer theirs and are left out.
/// </summary>
public sealed class WaitingClientThreadsAgenda(GraphAccess graph, ClientCareDb db, TimeProvider time) : IBlockAgenda
{
    private const int InboxPage = 50;
    private readonly ConcurrentDictionary<string, Task<IReadOnlyList<string>>> _byUser = new(StringComparer.Ordinal);

    public bool CallsGraph => true;

    public Task<IReadOnlyList<string>> GetAgendaAsync(AppUser user, DateOnly date, string language, TimeZoneInfo timeZone, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (date < today.AddDays(-1) || date > today.AddDays(1))
        {
            return Task.FromResult<IReadOnlyList<string>>([]);
        }

        return _byUser.GetOrAdd(user.ObjectId, _ => ReadAsync(user, ct));
    }

    private async Task<IReadOnlyList<string>> ReadAsync(AppUser user, CancellationToken ct)
    {
        var ownDomain = DomainOf(user.UserPrincipalName);
        var messages = await graph.For(user).GetRecentInboxAsync(time.GetUtcNow().AddDays(-7), InboxPage, ct);
        var conversations = messages.Select(m => m.ConversationId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var handedOver = (await db.Set<Handover>()
            .Where(h => h.TenantId == user.TenantId && h.ObjectId == user.ObjectId && conversations.Contains(h.ConversationId))
            .Select(h => h.ConversationId)
            .ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        return [.. messages
            .Where(m => !m.IsRead || m.IsFlagged)
            .Where(m => m.ConversationId is null || !handedOver.Contains(m.ConversationId))
            .Where(m => m.From?.Address is { } from && !string.Equals(DomainOf(from), ownDomain, StringComparison.OrdinalIgnoreCase))
            .GroupBy(m => m.ConversationId ?? m.Id ?? "", StringComparer.Ordinal)
            .Select(g => g.First())
            .Take(BlockText.MaxAgendaLines)
            .Select(m => $"{m.From!.Name ?? m.From.Address}: {m.Subject ?? ""}".Trim())];
    }

    private static string DomainOf(string address) => address[(address.LastIndexOf('@') + 1)..];
}
