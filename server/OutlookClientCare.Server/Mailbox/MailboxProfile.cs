using System.Globalization;
using Microsoft.Graph.Models;
using OutlookClientCare.Core.Threads;
using OutlookClientCare.Server.Identity;
using WorkingHours = OutlookClientCare.Core.WorkingHours;

namespace OutlookClientCare.Server.Graph;

/// <summary>
/// Who the user is and where and when they work, from /users/{id} and mailboxSettings: the time
/// zone, working hours and culture every date we show or compute is expressed in.
/// </summary>
public sealed record MailboxProfile(
    string DisplayName,
    string Address,
    string TimeZoneId,
    TimeZoneInfo TimeZone,
    WorkingHours WorkingHours,
    CultureInfo Culture)
{
    public ThreadLanguage Language => Culture.TwoLetterISOLanguageName == "de" ? ThreadLanguage.De : ThreadLanguage.En;

    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZone).DateTime);

    /// <summary>An instant at a wall-clock time of a day in the user's zone.</summary>
    public DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local));
    }

    /// <summary>The culture for dates in a reply: the user's own when it speaks that language, else de-DE / en-US.</summary>
    public CultureInfo CultureFor(ThreadLanguage language) =>
        (language == ThreadLanguage.De) == (Culture.TwoLetterISOLanguageName == "de")
            ? Culture
            : CultureInfo.GetCultureInfo(language == ThreadLanguage.De ? "de-DE" : "en-US");

    public static async Task<MailboxProfile> LoadAsync(GraphGateway gateway, AppUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        ArgumentNullException.ThrowIfNull(user);
        var me = await gateway.GetUserAsync(ct);
        var settings = await gateway.GetMailboxSettingsAsync(ct);
        return From(user, me, settings);
    }

    public static MailboxProfile From(AppUser user, User? me, MailboxSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(user);
        var zoneId = settings?.TimeZone is { Length: > 0 } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _) ? id : "UTC";
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var locale = settings?.Language?.Locale ?? me?.PreferredLanguage;
        return new MailboxProfile(
            me?.DisplayName ?? user.UserPrincipalName,
            me?.Mail ?? me?.UserPrincipalName ?? user.UserPrincipalName,
            zoneId,
            zone,
            HoursOf(settings?.WorkingHours),
            CultureOf(locale));
    }

    private static WorkingHours HoursOf(Microsoft.Graph.Models.WorkingHours? hours)
    {
        if (hours?.StartTime is not { } start || hours.EndTime is not { } end)
        {
            return WorkingHours.Default;
        }

        var days = (hours.DaysOfWeek ?? [])
            .Select(d => Enum.TryParse<DayOfWeek>(d?.ToString(), ignoreCase: true, out var day) ? day : (DayOfWeek?)null)
            .OfType<DayOfWeek>()
            .ToHashSet();
        var from = new TimeOnly(start.Hour, start.Minute);
        var to = new TimeOnly(end.Hour, end.Minute);
        return days.Count == 0 || to <= from ? WorkingHours.Default : new WorkingHours(days, from, to);
    }

    private static CultureInfo CultureOf(string? locale)
    {
        if (!string.IsNullOrWhiteSpace(locale))
        {
            try
            {
                var culture = CultureInfo.GetCultureInfo(locale);
                if (culture.TwoLetterISOLanguageName is "de" or "en")
                {
                    return culture;
                }
            }
            catch (CultureNotFoundException)
            {
                // An unknown locale falls back to English below.
            }
        }

        return CultureInfo.GetCultureInfo("en-US");
    }
}
