using Microsoft.EntityFrameworkCore;
using OutlookClientCare.Server.Clients;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Interactions;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.FollowUps;

/// <summary>A client whose check-in cadence says it is time to get in touch.</summary>
public sealed record CheckInDue(string Client, string? DisplayName, int EveryDays, DateOnly? LastContact, DateOnly DueOn);

/// <summary>What the user owes on one day: open follow-ups due by then (overdue ones included) and check-ins due.</summary>
public sealed record DayAgenda(DateOnly Day, IReadOnlyList<FollowUpItem> FollowUps, IReadOnlyList<CheckInDue> CheckIns);

/// <summary>
/// The follow-ups and check-ins due on a date for one user: what the daily client block's body lists
/// (the booking feature calls <see cref="ForDayAsync"/>). Reads our database only, never Graph.
/// </summary>
public sealed class FollowUpAgenda(ClientCareDb db)
{
    public async Task<DayAgenda> ForDayAsync(AppUser user, DateOnly day, TimeZoneInfo timeZone, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(timeZone);
        var followUps = await db.Set<FollowUpItem>()
            .Where(i => i.TenantId == user.TenantId && i.ObjectId == user.ObjectId && i.DoneAt == null && i.Due <= day)
            .ToListAsync(ct);
        return new DayAgenda(
            day,
            [.. followUps.OrderBy(i => i.Due).ThenBy(i => i.What, StringComparer.Ordinal)],
            await CheckInsDueAsync(user, day, timeZone, ct));
    }

    /// <summary>
    /// A card with a cadence of N days is due when its last logged interaction (or, with none, the
    /// card's creation) is N or more days before <paramref name="day"/>.
    /// </summary>
    public async Task<IReadOnlyList<CheckInDue>> CheckInsDueAsync(AppUser user, DateOnly day, TimeZoneInfo timeZone, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(timeZone);
        var cards = await db.Set<ClientCard>()
            .Where(c => c.TenantId == user.TenantId && c.ObjectId == user.ObjectId && c.CheckInEveryDays != null)
            .ToListAsync(ct);
        if (cards.Count == 0)
        {
            return [];
        }

        var contacts = await db.Set<InteractionEntry>()
            .Where(e => e.TenantId == user.TenantId && e.ObjectId == user.ObjectId && e.ClientAddress != null)
            .Select(e => new { e.ClientAddress, e.At })
            .ToListAsync(ct);

        var due = new List<CheckInDue>();
        foreach (var card in cards)
        {
            var matches = contacts.Where(c => ClientKeys.IsAddress(card.Key)
                ? c.ClientAddress == card.Key
                : c.ClientAddress!.EndsWith("@" + card.Key, StringComparison.Ordinal));
            DateTimeOffset? last = matches.Any() ? matches.Max(c => c.At) : null;
            var from = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(last ?? card.CreatedAt, timeZone).DateTime);
            var dueOn = from.AddDays(card.CheckInEveryDays!.Value);
            if (dueOn <= day)
            {
                due.Add(new CheckInDue(card.Key, card.DisplayName, card.CheckInEveryDays.Value, last is null ? null : from, dueOn));
            }
        }

        return [.. due.OrderBy(c => c.DueOn).ThenBy(c => c.Client, StringComparer.Ordinal)];
    }
}
