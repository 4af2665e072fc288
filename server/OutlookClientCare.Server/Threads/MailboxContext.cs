using Microsoft.Extensions.Caching.Memory;
using OutlookClientCare.Core.Threads;
using OutlookClientCare.Server.Graph;
using OutlookClientCare.Server.Identity;

namespace OutlookClientCare.Server.Threads;

/// <summary>
/// Who "me" is for an analysis (addresses, time zone, working hours), read from Graph once and
/// then kept in memory for a while, so opening a thread costs one Graph request, not three.
/// </summary>
public sealed class MailboxContext(GraphGatewayFactory graph, IMemoryCache cache, TimeProvider time)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(30);

    public sealed record Mailbox(string Address, IReadOnlyList<string> Aliases, TimeZoneInfo TimeZone, WorkingHours WorkingHours, string? Language);

    public async Task<Mailbox> GetAsync(AppUser user, CancellationToken ct)
    {
        var key = ("mailbox-context", user.TenantId, user.ObjectId);
        if (cache.TryGetValue(key, out Mailbox? known) && known is not null)
        {
            return known;
        }

        var gateway = graph.For(user);
        var me = await gateway.GetUserAsync(ct);
        var settings = await gateway.GetMailboxSettingsAsync(ct);
        var address = me?.Mail ?? me?.UserPrincipalName ?? user.UserPrincipalName;
        var aliases = new[] { me?.UserPrincipalName, user.UserPrincipalName }
            .Where(a => a is not null && !string.Equals(a, address, StringComparison.OrdinalIgnoreCase))
            .Select(a => a!)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var mailbox = new Mailbox(address, aliases, ZoneOf(settings?.TimeZone), HoursOf(settings?.WorkingHours), settings?.Language?.Locale);
        cache.Set(key, mailbox, time.GetUtcNow().Add(KeepFor));
        return mailbox;
    }

    public AnalysisContext AnalysisContextFor(Mailbox mailbox) =>
        new(mailbox.Address, time.GetUtcNow(), mailbox.TimeZone) { Aliases = mailbox.Aliases, WorkingHours = mailbox.WorkingHours };

    private static TimeZoneInfo ZoneOf(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    private static WorkingHours HoursOf(Microsoft.Graph.Models.WorkingHours? hours)
    {
        if (hours?.StartTime is not { } start || hours.EndTime is not { } end || hours.DaysOfWeek is not { Count: > 0 } days)
        {
            return WorkingHours.Default;
        }

        var parsed = days
            .Select(d => Enum.TryParse<DayOfWeek>(d?.ToString(), ignoreCase: true, out var day) ? day : (DayOfWeek?)null)
            .OfType<DayOfWeek>()
            .ToHashSet();
        return new WorkingHours(parsed, new TimeOnly(start.Hour, start.Minute), new TimeOnly(end.Hour, end.Minute));
    }
}
