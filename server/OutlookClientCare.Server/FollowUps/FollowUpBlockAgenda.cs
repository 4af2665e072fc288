using System.Globalization;
using OutlookClientCare.Server.Booking;
using OutlookClientCare.Server.Identity;

namespace OutlookClientCare.Server.FollowUps;

/// <summary>
/// Puts the user's own follow-ups and the check-ins due that day into the daily client block
/// (method step 7 feeding step 8). Reads our database only, so the batched background run can
/// ask it too.
/// </summary>
public sealed class FollowUpBlockAgenda(FollowUpAgenda agenda) : IBlockAgenda
{
    public async Task<IReadOnlyList<string>> GetAgendaAsync(AppUser user, DateOnly date, string language, TimeZoneInfo timeZone, CancellationToken ct) =>
        Lines(await agenda.ForDayAsync(user, date, timeZone, ct), date, language);

    /// <summary>One set of queries for all the users of a run; each block is then answered from memory.</summary>
    public async Task<BlockAgendaLines> PrepareAsync(IReadOnlyList<AppUser> users, DateOnly until, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(users);
        if (users.Count == 0)
        {
            return GetAgendaAsync;
        }

        if (users.Select(u => u.TenantId).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            throw new ArgumentException("An agenda is prepared for the users of one tenant.", nameof(users));
        }

        var loaded = await agenda.ForUsersAsync(users[0].TenantId, [.. users.Select(u => u.ObjectId)], until, ct);
        var known = users.Select(u => u.ObjectId).ToHashSet(StringComparer.Ordinal);
        return (user, date, language, timeZone, token) =>
            user.TenantId == users[0].TenantId && known.Contains(user.ObjectId) && date <= until
                ? Task.FromResult<IReadOnlyList<string>>(Lines(loaded.ForDay(user.ObjectId, date, timeZone), date, language))
                : GetAgendaAsync(user, date, language, timeZone, token);
    }

    private static List<string> Lines(DayAgenda day, DateOnly date, string language)
    {
        var german = language == "de";
        var culture = CultureInfo.GetCultureInfo(german ? "de-DE" : "en-US");
        var lines = new List<string>();
        foreach (var item in day.FollowUps.Where(i => i.Who == "us"))
        {
            var when = item.Due < date
                ? (german ? "überfällig seit " : "overdue since ") + item.Due.ToString(german ? "dd.MM." : "MMM d", culture)
                : (german ? "heute fällig" : "due today");
            lines.Add($"{(german ? "Nachfassen" : "Follow up")}: {item.What} ({when})");
        }

        foreach (var checkIn in day.CheckIns)
        {
            lines.Add($"{(german ? "Melden bei" : "Check in with")} {checkIn.DisplayName ?? checkIn.Client}");
        }

        return lines;
    }
}
