using Microsoft.EntityFrameworkCore;
using OutlookClientCare.Server.Clients;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.Interactions;

/// <summary>
/// The interaction log of one user. <see cref="Add"/> only stages the entry, so a feature saves it in
/// the same transaction as its own rows (nothing is logged for an action that did not happen).
/// </summary>
public sealed class InteractionLog(ClientCareDb db, TimeProvider time)
{
    public const int MaxListed = 500;

    public InteractionEntry Add(AppUser user, InteractionKind kind, string text, string? clientAddress = null, string? conversationId = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(text);
        var entry = new InteractionEntry
        {
            Id = Guid.NewGuid(),
            TenantId = user.TenantId,
            ObjectId = user.ObjectId,
            At = time.GetUtcNow(),
            Kind = kind,
            ClientAddress = ClientKeys.NormalizeOrNull(clientAddress),
            ConversationId = string.IsNullOrWhiteSpace(conversationId) ? null : conversationId,
            Text = text.Length > InteractionEntry.MaxText ? text[..(InteractionEntry.MaxText - 1)] + "…" : text,
        };
        db.Set<InteractionEntry>().Add(entry);
        return entry;
    }

    /// <summary>
    /// The user's entries, newest first. <paramref name="client"/> is an address (exactly that sender)
    /// or a domain (everyone at it); both are checked by the caller with <see cref="ClientKeys.Problem"/>.
    /// </summary>
    public async Task<IReadOnlyList<InteractionEntry>> ListAsync(AppUser user, string? client, string? conversationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var query = Of(user);
        if (ClientKeys.NormalizeOrNull(client) is { } key)
        {
            query = key.Contains('@', StringComparison.Ordinal)
                ? query.Where(e => e.ClientAddress == key)
                : query.Where(e => e.ClientAddress != null && EF.Functions.Like(e.ClientAddress, "%@" + key));
        }

        if (!string.IsNullOrWhiteSpace(conversationId))
        {
            query = query.Where(e => e.ConversationId == conversationId);
        }

        // SQLite cannot order by DateTimeOffset in SQL; the per-user log is small enough to sort here.
        var entries = await query.ToListAsync(ct);
        return [.. entries.OrderByDescending(e => e.At).ThenBy(e => e.Id).Take(MaxListed)];
    }

    public IQueryable<InteractionEntry> Of(AppUser user) =>
        db.Set<InteractionEntry>().Where(e => e.TenantId == user.TenantId && e.ObjectId == user.ObjectId);
}
