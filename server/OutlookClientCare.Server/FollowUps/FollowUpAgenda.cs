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
/// (the booking feature calls <see cref="ForUsersAsync"/> once per run, then <see cref="Loaded.ForDay"/> per block).
/// Reads our database only, never Graph.
/// </summary>
public sealed class FollowUpAgenda(ClientCareDb db)
{
    public async Task<DayAgenda> ForDayAsync(AppUser user, DateOnly day, TimeZoneInfo timeZone, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(timeZone);
        return (await ForUsersAsync(user.TenantId, [user.ObjectId], day, ct)).ForDay(user.ObjectId, day, timeZone);
    }

    /// <summary>
    /// A card with a cadence of N days is due when its last logged interaction (or, with none, the
    /// card's creation) is N or more days before <paramref name="day"/>.
    /// </summary>
    public async Task<IReadOnlyList<CheckInDue>> CheckInsDueAsync(AppUser user, DateOnly day, TimeZoneInfo timeZone, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(timeZone);
        return (await ForUsersAsync(user.TenantId, [user.ObjectId], day, ct)).CheckInsDue(user.ObjectId, day, timeZone);
    }

    /// <summary>
    /// Everything the agendas of these users need up to <paramref name="until"/>, in three queries for
    /// all of them (a booking run creates thousands of blocks; a query pair per block was most of its time).
    /// </summary>
    public async Task<Loaded> ForUsersAsync(string tenantId, IReadOnlyCollection<string> objectIds, DateOnly until, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(objectIds);
        var ids = objectIds.Distinct(StringComparer.Ordinal).ToList();
        var followUps = await db.Set<FollowUpItem>().AsNoTracking()
            .Where(i => i.TenantId == tenantId && ids.Contains(i.ObjectId) && i.DoneAt == null && i.Due <= until)
            .ToListAsync(ct);
        var cards = await db.Set<ClientCard>().AsNoTracking()
            .Where(c => c.TenantId == tenantId && ids.Contains(c.ObjectId) && c.CheckInEveryDays != null)
            .ToListAsync(ct);
        var withCards = cards.Select(c => c.ObjectId).Distinct(StringComparer.Ordinal).ToList();
        var contacts = withCards.Count == 0 ? [] : await db.Set<InteractionEntry>()
            .Where(e => e.TenantId == tenantId && withCards.Contains(e.ObjectId) && e.ClientAddress != null)
            .Select(e => new Contact(e.ObjectId, e.ClientAddress!, e.At))
            .ToListAsync(ct);
        return new Loaded(
            followUps.ToLookup(i => i.ObjectId, StringComparer.Ordinal),
            cards.ToLookup(c => c.ObjectId, StringComparer.Ordinal),
            contacts.ToLookup(c => c.ObjectId, StringComparer.Ordinal));
    }

    /// <summary>One user's last contact with one address (an interaction-log entry).</summary>
    public sealed record Contact(string ObjectId, string ClientAddress, DateTimeOffset At);

    /// <summary>The rows of <see cref="ForUsersAsync"/>; answers per user and day without the database.</summary>
    public sealed class Loaded(ILookup<string, FollowUpItem> followUps, ILookup<string, ClientCard> cards, ILookup<string, Contact> contacts)
    {
        public DayAgenda ForDay(string objectId, DateOnly day, TimeZoneInfo timeZone) => new(
            day,
            [.. followUps[objectId].Where(i => i.Due <= day).OrderBy(i => i.Due).ThenBy(i => i.What, StringComparer.Ordinal)],
            CheckInsDue(objectId, day, timeZone));

        public IReadOnlyList<CheckInDue> CheckInsDue(string objectId, DateOnly day, TimeZoneInfo timeZone)
        {
            ArgumentNullException.ThrowIfNull(timeZone);
            var due = new List<CheckInDue>();
            foreach (var card in cards[objectId])
            {
                var matches = contacts[objectId].Where(c => ClientKeys.IsAddress(card.Key)
                    ? c.ClientAddress == card.Key
                    : c.ClientAddress.EndsWith("@" + card.Key, StringComparison.Ordinal));
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
}
