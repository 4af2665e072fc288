using System.Globalization;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Core;

/// <summary>
/// Outlook's mailbox settings as the product uses them (Graph's mailboxSettings: timeZone,
/// language.locale, workingHours with its own timeZone.name). The Graph boundary reads them once;
/// every rule about what they mean is here: which zone the user works in, their language and
/// culture, and whether their working hours are usable at all.
/// </summary>
public sealed record OutlookSettings
{
    public static OutlookSettings None { get; } = new();

    /// <summary>mailboxSettings.timeZone (Windows or IANA id), as Graph gave it.</summary>
    public string? MailboxTimeZone { get; init; }

    /// <summary>mailboxSettings.language.locale (or the user's preferredLanguage), e.g. "de-DE".</summary>
    public string? Locale { get; init; }

    /// <summary>The working week; null when Outlook has none or an unusable one (no day, end not after start).</summary>
    public WorkingHours? WorkingHours { get; init; }

    /// <summary>workingHours.timeZone.name: the zone the working hours are wall-clock times in.</summary>
    public string? WorkingHoursTimeZone { get; init; }

    /// <summary>
    /// The zone the user works in: the working hours' own zone when it is a known one (the hours are
    /// wall-clock times there), else the mailbox's zone, else UTC.
    /// </summary>
    public string TimeZoneId => Known(WorkingHoursTimeZone) ?? Known(MailboxTimeZone) ?? "UTC";

    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>German for a de-* locale, English otherwise.</summary>
    public ThreadLanguage Language => Locale is not null && Locale.StartsWith("de", StringComparison.OrdinalIgnoreCase) ? ThreadLanguage.De : ThreadLanguage.En;

    /// <summary>The culture dates are shown in: the user's own when it is German or English, else en-US.</summary>
    public CultureInfo Culture
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(Locale))
            {
                try
                {
                    var culture = CultureInfo.GetCultureInfo(Locale);
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

    /// <summary>
    /// From Graph's strings: days as "monday", times as "08:00:00.0000000". Working hours that
    /// cannot be read (an unknown day, no day, a broken time, end not after start) are left out.
    /// </summary>
    public static OutlookSettings Read(string? timeZone, string? locale, IEnumerable<string?>? days, string? startTime, string? endTime, string? workingHoursTimeZone) =>
        new()
        {
            MailboxTimeZone = timeZone,
            Locale = locale,
            WorkingHours = HoursOf(days, startTime, endTime),
            WorkingHoursTimeZone = workingHoursTimeZone,
        };

    /// <summary>"08:00", "08:00:00" and Graph's "08:00:00.0000000".</summary>
    public static TimeOnly? ParseTime(string? text) =>
        TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss", "HH:mm:ss.FFFFFFF"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : null;

    /// <summary>"monday" (any case); null for anything else, numbers included.</summary>
    public static DayOfWeek? ParseDay(string? text) =>
        Enum.TryParse<DayOfWeek>(text, ignoreCase: true, out var day) && Enum.IsDefined(day) && !char.IsDigit(text![0]) ? day : null;

    private static WorkingHours? HoursOf(IEnumerable<string?>? days, string? startTime, string? endTime)
    {
        var parsed = (days ?? []).Select(ParseDay).ToList();
        if (parsed.Count == 0 || parsed.Any(d => d is null) || ParseTime(startTime) is not { } start || ParseTime(endTime) is not { } end || end <= start)
        {
            return null;
        }

        return new WorkingHours(parsed.OfType<DayOfWeek>().Order(), start, end);
    }

    private static string? Known(string? zone) =>
        !string.IsNullOrWhiteSpace(zone) && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _) ? zone : null;
}
