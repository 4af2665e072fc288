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
    public async Task<IReadOnlyList<string>> GetAgendaAsync(AppUser user, DateOnly date, string language, TimeZoneInfo timeZone, CancellationToken ct)
    {
        var german = language == "de";
        var culture = CultureInfo.GetCultureInfo(german ? "de-DE" : "en-US");

        var day = await agenda.ForDayAsync(user, date, timeZone, ct);
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
