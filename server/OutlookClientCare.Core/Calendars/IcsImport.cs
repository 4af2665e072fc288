using System.Globalization;
using System.Runtime.Serialization;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;
using OutlookClientCare.Core.TimeBlocks;
using IcalCalendar = Ical.Net.Calendar;

namespace OutlookClientCare.Core.Calendars;

/// <summary>
/// Extra busy calendars and holiday feeds from .ics text, with recurrences expanded (RRULE, RDATE,
/// EXDATE, RECURRENCE-ID overrides). Anything we cannot read fully is an <see cref="IcsFormatException"/>:
/// planning over a half-read calendar would book blocks onto meetings.
/// </summary>
public static class IcsImport
{
    public const int MaxOccurrences = 100_000;

    /// <summary>Rule steps without a match before we call a rule unexpandable (e.g. FEB 30).</summary>
    private const int MaxUnmatchedIncrements = 10_000;

    /// <summary>
    /// Occurrences that touch [from, to). Floating times are read in the calendar's X-WR-TIMEZONE
    /// (Google and Apple feeds name it), else in <paramref name="floatingZone"/>, else in UTC.
    /// </summary>
    public static IReadOnlyList<BusyEvent> ReadBusy(string icsText, DateTimeOffset from, DateTimeOffset to, TimeZoneInfo? floatingZone = null)
    {
        if (to <= from)
        {
            throw new ArgumentException("to must be after from", nameof(to));
        }

        var check = IcsPreCheck.Run(icsText);
        var calendar = Load(check, icsText);
        var inventedUids = InventedUids(calendar, check);

        var zone = CalendarZone(calendar) ?? floatingZone ?? TimeZoneInfo.Utc;
        var result = new List<BusyEvent>();
        try
        {
            // Start a month early: an occurrence that began before `from` can still run into it.
            var occurrences = calendar
                .GetOccurrences(Utc(from.AddDays(-31)), new EvaluationOptions { MaxUnmatchedIncrementsLimit = MaxUnmatchedIncrements })
                .TakeWhileBefore(Utc(to.AddDays(1)));
            var seen = 0;
            foreach (var occurrence in occurrences)
            {
                if (++seen > MaxOccurrences)
                {
                    throw new IcsFormatException($"more than {MaxOccurrences.ToString("N0", CultureInfo.InvariantCulture)} occurrences between {from:yyyy-MM-dd} and {to:yyyy-MM-dd}");
                }

                if (occurrence.Source is CalendarEvent source && ToBusy(occurrence, source, zone) is { } busy && Touches(busy, from, to))
                {
                    result.Add(inventedUids.Contains(source) ? busy with { Id = null } : busy);
                }
            }
        }
        catch (EvaluationLimitExceededException ex)
        {
            throw new IcsFormatException("a recurrence rule never matches a date (for example FEBRUARY 30); it cannot be expanded", ex);
        }
        catch (Exception ex) when (ex is not IcsFormatException and not OutOfMemoryException)
        {
            // Ical.Net's evaluators throw many kinds of exceptions on odd input; all mean "unreadable file".
            throw new IcsFormatException($"the events could not be expanded: {ex.Message}", ex);
        }

        return result
            .OrderBy(b => b.Start.UtcTicks).ThenBy(b => b.End.UtcTicks).ThenBy(b => b.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every day covered by an all-day event in [from, to): holiday feeds mark days off that way.</summary>
    public static IReadOnlySet<DateOnly> ReadHolidays(string icsText, DateOnly from, DateOnly to)
    {
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(to.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var days = new SortedSet<DateOnly>();
        foreach (var item in ReadBusy(icsText, start.AddDays(-1), end.AddDays(1)).Where(e => e.IsAllDay && !e.IsCancelled))
        {
            for (var day = item.AllDayFirst; day <= item.AllDayLast; day = day.AddDays(1))
            {
                if (day >= from && day < to)
                {
                    days.Add(day);
                }
            }
        }

        return days;
    }

    private static IcalCalendar Load(IcsPreCheck check, string original)
    {
        try
        {
            return IcalCalendar.Load(check.Text) ?? throw new IcsFormatException("no VCALENDAR found");
        }
        catch (SerializationException ex)
        {
            throw new IcsFormatException(ex.Message, LineOf(original, ex.Message));
        }
        catch (Exception ex) when (ex is not IcsFormatException and not OutOfMemoryException)
        {
            throw new IcsFormatException($"the file could not be read: {ex.Message}", ex);
        }
    }

    /// <summary>Fails on an event without a start; returns the events whose UID Ical.Net made up.</summary>
    private static HashSet<CalendarEvent> InventedUids(IcalCalendar calendar, IcsPreCheck check)
    {
        var events = calendar.Events.ToList();
        var aligned = events.Count == check.EventLines.Count;
        var invented = new HashSet<CalendarEvent>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].DtStart is null)
            {
                throw new IcsFormatException("VEVENT without a valid DTSTART", aligned ? check.EventLines[i] : null);
            }

            if (aligned && !check.EventHasUid[i])
            {
                invented.Add(events[i]);
            }
        }

        return invented;
    }

    private static TimeZoneInfo? CalendarZone(IcalCalendar calendar) =>
        calendar.Properties.Get<string>("X-WR-TIMEZONE") is { } id && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;

    private static BusyEvent? ToBusy(Occurrence occurrence, CalendarEvent source, TimeZoneInfo floatingZone)
    {
        var start = occurrence.Period.StartTime;
        var end = occurrence.Period.EffectiveEndTime ?? start;
        var showAs = ShowAsOf(source);
        var cancelled = string.Equals(source.Status, EventStatus.Cancelled, StringComparison.OrdinalIgnoreCase);
        if (!start.HasTime)
        {
            var last = end.Date > start.Date ? end.Date : start.Date.AddDays(1);
            return BusyEvent.AllDay(start.Date, last, showAs) with { IsCancelled = cancelled, Id = source.Uid };
        }

        return new BusyEvent(Instant(start, floatingZone), Instant(end, floatingZone), showAs) { IsCancelled = cancelled, Id = source.Uid };
    }

    private static DateTimeOffset Instant(CalDateTime time, TimeZoneInfo floatingZone)
    {
        if (time.IsFloating)
        {
            var local = DateTime.SpecifyKind(time.Value, DateTimeKind.Unspecified);
            return new DateTimeOffset(ZoneTime.ToUtcTicks(local, floatingZone), TimeSpan.Zero);
        }

        return new DateTimeOffset(DateTime.SpecifyKind(time.AsUtc, DateTimeKind.Utc));
    }

    /// <summary>Outlook's own busy status wins; otherwise TRANSP and STATUS decide.</summary>
    private static ShowAs ShowAsOf(CalendarEvent source)
    {
        var outlook = source.Properties.Get<string>("X-MICROSOFT-CDO-BUSYSTATUS");
        switch (outlook?.Trim().ToUpperInvariant())
        {
            case "FREE": return ShowAs.Free;
            case "TENTATIVE": return ShowAs.Tentative;
            case "OOF": return ShowAs.Oof;
            case "WORKINGELSEWHERE": return ShowAs.WorkingElsewhere;
            case "BUSY": return ShowAs.Busy;
            default: break;
        }

        if (string.Equals(source.Transparency, TransparencyType.Transparent, StringComparison.OrdinalIgnoreCase))
        {
            return ShowAs.Free;
        }

        return string.Equals(source.Status, EventStatus.Tentative, StringComparison.OrdinalIgnoreCase) ? ShowAs.Tentative : ShowAs.Busy;
    }

    private static bool Touches(BusyEvent busy, DateTimeOffset from, DateTimeOffset to) =>
        busy.IsAllDay
            ? busy.AllDayLast >= DateOnly.FromDateTime(from.UtcDateTime.AddDays(-1)) && busy.AllDayFirst <= DateOnly.FromDateTime(to.UtcDateTime.AddDays(1))
            : busy.End > from && busy.Start < to;

    private static CalDateTime Utc(DateTimeOffset instant) => new(instant.UtcDateTime, CalDateTime.UtcTzId, hasTime: true);

    /// <summary>Ical.Net quotes the line it could not parse; find where it is in the file.</summary>
    private static int? LineOf(string text, string message)
    {
        var open = message.IndexOf('\'', StringComparison.Ordinal);
        var close = message.LastIndexOf('\'');
        if (open < 0 || close <= open + 1)
        {
            return null;
        }

        var quoted = message[(open + 1)..close];
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd('\r').StartsWith(quoted.Length > 40 ? quoted[..40] : quoted, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return null;
    }
}
