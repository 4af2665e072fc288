using Microsoft.Extensions.Caching.Memory;
using OutlookClientCare.Core.Snippets;
using OutlookClientCare.Core.Threads;
using OutlookClientCare.Server.Graph;
using OutlookClientCare.Server.Identity;

namespace OutlookClientCare.Server.Threads;

/// <summary>
/// The user's <see cref="MailboxProfile"/> (address, time zone, working hours), read from Graph
/// once and then kept in memory for a while, so opening a thread costs one Graph request, not three.
/// </summary>
public sealed class MailboxContext(GraphGatewayFactory graph, IMemoryCache cache, TimeProvider time)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(30);

    public async Task<MailboxProfile> GetAsync(AppUser user, CancellationToken ct)
    {
        var key = ("mailbox-profile", user.TenantId, user.ObjectId);
        if (cache.TryGetValue(key, out MailboxProfile? known) && known is not null)
        {
            return known;
        }

        var profile = await MailboxProfile.LoadAsync(graph.For(user), user, ct);
        cache.Set(key, profile, time.GetUtcNow().Add(KeepFor));
        return profile;
    }

    public AnalysisContext AnalysisContextFor(MailboxProfile profile, AppUser user) =>
        new(profile.Address, time.GetUtcNow(), profile.TimeZone)
        {
            Aliases = string.Equals(user.UserPrincipalName, profile.Address, StringComparison.OrdinalIgnoreCase) ? [] : [user.UserPrincipalName],
            WorkingHours = profile.WorkingHours,
            UserLanguage = profile.Language == ReplyLanguage.De ? ThreadLanguage.De : ThreadLanguage.En,
        };
}
