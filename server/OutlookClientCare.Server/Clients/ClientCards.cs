using Microsoft.EntityFrameworkCore;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.Clients;

/// <summary>The user's client cards. Every query is filtered by the user; nobody sees another user's cards.</summary>
public sealed class ClientCards(ClientCareDb db)
{
    public IQueryable<ClientCard> Of(AppUser user) =>
        db.Set<ClientCard>().Where(c => c.TenantId == user.TenantId && c.ObjectId == user.ObjectId);

    public Task<ClientCard?> FindAsync(AppUser user, string key, CancellationToken ct)
    {
        var normalized = ClientKeys.NormalizeOrNull(key) ?? "";
        return Of(user).FirstOrDefaultAsync(c => c.Key == normalized, ct);
    }

    /// <summary>The card for a sender: their own address card first, then their domain's card.</summary>
    public async Task<ClientCard?> MatchAsync(AppUser user, string? address, CancellationToken ct)
    {
        if (ClientKeys.NormalizeOrNull(address) is not { } normalized)
        {
            return null;
        }

        var domain = ClientKeys.DomainOf(normalized);
        var candidates = await Of(user).Where(c => c.Key == normalized || c.Key == domain).ToListAsync(ct);
        return candidates.FirstOrDefault(c => c.Key == normalized) ?? candidates.FirstOrDefault();
    }
}
