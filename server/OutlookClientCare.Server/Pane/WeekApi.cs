using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Mailbox;

namespace OutlookClientCare.Server.Pane;

/// <summary>
/// The week picture of the time-blocks view: meetings and our blocks on the user's next working
/// days, read with one calendarView request and laid out in the user's time zone.
/// </summary>
public static class WeekApi
{
    public const int MaxDays = 20;

    public sealed record WeekEvent(string? Subject, DateTimeOffset Start, DateTimeOffset End, string ShowAs, bool IsOurs, bool IsAllDay);

    public sealed record WeekDay(DateOnly Date, IReadOnlyList<WeekEvent> Events);

    public sealed record WeekPicture(string TimeZone, string DayStart, string DayEnd, IReadOnlyList<WeekDay> Days);

    public static IEndpointRouteBuilder MapWeek(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/pane").RequireAuthorization().WithTags("Pane")
            .MapGet("/week", GetWeekAsync)
            .WithName("GetWeekPicture")
            .WithSummary("Meetings and our client-response blocks on the next working days (default 10), in the user's time zone.");
        return app;
    }

    private static async Task<Results<Ok<WeekPicture>, ValidationProblem>> GetWeekAsync(
        int? days, ClaimsPrincipal principal, GraphAccess graph, MailboxService mailboxes, TimeProvider time, CancellationToken ct)
    {
        var count = days ?? 10;
        if (count is < 1 or > MaxDays)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["days"] = [$"Give 1 to {MaxDays} working days."] });
        }

        var user = AppUser.From(principal);
        var mailbox = await mailboxes.GetProfileAsync(user, ct);
        var zone = mailbox.TimeZone;
        var workingDays = WorkingDaysFrom(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime), mailbox.WorkingHours.Days, count);
        var start = StartOf(workingDays[0], zone);
        var end = StartOf(workingDays[^1].AddDays(1), zone);
        var events = await graph.For(user).GetCalendarViewAsync(start, end, zone.Id, ct);

        var byDay = workingDays.Select(day => new WeekDay(
            day,
            [
                .. events
                    .Where(e => !e.IsCancelled && e.End > StartOf(day, zone) && e.Start < StartOf(day.AddDays(1), zone))
                    .OrderBy(e => e.Start)
                    .Select(e => new WeekEvent(e.Subject, TimeZoneInfo.ConvertTime(e.Start, zone), TimeZoneInfo.ConvertTime(e.End, zone), e.ShowAs, e.IsOurs, e.IsAllDay)),
            ])).ToList();

        var (dayStart, dayEnd) = Span(mailbox.WorkingHours.Start, mailbox.WorkingHours.End, byDay);
        var zoneName = TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : zone.Id;
        return TypedResults.Ok(new WeekPicture(zoneName, dayStart, dayEnd, byDay));
    }

    /// <summary>The next working days from today on; every day counts when the mailbox names none.</summary>
    internal static List<DateOnly> WorkingDaysFrom(DateOnly today, IReadOnlySet<DayOfWeek> workDays, int count)
    {
        var result = new List<DateOnly>(count);
        for (var day = today; result.Count < count; day = day.AddDays(1))
        {
            if (workDays.Count == 0 || workDays.Contains(day.DayOfWeek))
            {
                result.Add(day);
            }
        }

        return result;
    }

    private static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>Working hours, widened to the timed events that lie outside them, so nothing is cut off.</summary>
    private static (string Start, string End) Span(TimeOnly start, TimeOnly end, IEnumerable<WeekDay> days)
    {
        var timed = days.SelectMany(d => d.Events.Where(e => !e.IsAllDay).Select(e => (d.Date, e))).ToList();
        foreach (var (date, e) in timed)
        {
            var from = DateOnly.FromDateTime(e.Start.DateTime) == date ? TimeOnly.FromDateTime(e.Start.DateTime) : TimeOnly.MinValue;
            var to = DateOnly.FromDateTime(e.End.DateTime) == date ? TimeOnly.FromDateTime(e.End.DateTime) : TimeOnly.MaxValue;
            start = from < start ? new TimeOnly(from.Hour, 0) : start;
            end = to > end ? (to.Hour >= 23 ? new TimeOnly(23, 59) : new TimeOnly(to.Hour + (to.Minute > 0 ? 1 : 0), 0)) : end;
        }

        return (start.ToString("HH:mm", CultureInfo.InvariantCulture), end.ToString("HH:mm", CultureInfo.InvariantCulture));
    }
}
