using OutlookClientCare.Core.Calendars;
using OutlookClientCare.Core.TimeBlocks;
using OutlookClientCare.Tests;

namespace OutlookClientCare.Core.Tests.Calendars;

/// <summary>iCalendar files nobody on this project wrote (../shared/corpus/ics) used as busy calendars.</summary>
public class IcsCorpusTests
{
    private static readonly DateTimeOffset From = new(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static IEnumerable<object[]> Files =>
        SharedFolder.Path is null
            ? [["(../shared missing)"]]
            : Directory.GetFiles(SharedFolder.File("corpus", "ics"), "*.ics", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(SharedFolder.File("corpus", "ics"), f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .Select(f => new object[] { f });

    [SharedTheory("every corpus .ics file either plans or fails with a clear message")]
    [MemberData(nameof(Files))]
    public void Each_file_either_plans_or_fails_with_a_reason(string file)
    {
        var text = File.ReadAllText(SharedFolder.File("corpus", "ics", file));
        IReadOnlyList<BusyEvent> busy;
        try
        {
            busy = IcsImport.ReadBusy(text, From, To, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        }
        catch (IcsFormatException ex)
        {
            Assert.False(string.IsNullOrWhiteSpace(ex.Reason));
            Assert.StartsWith(ex.Line is null ? ex.Reason : $"line {ex.Line}: ", ex.Message, StringComparison.Ordinal);
            return;
        }

        var first = busy.Count > 0 ? DateOnly.FromDateTime(busy[0].Start.UtcDateTime) : new DateOnly(2026, 1, 5);
        var plan = DailyBlockPlanner.Plan(new TimeBlockSettings { TimeZoneId = "Europe/Berlin" }, first, 30, busy, [], new HashSet<DateOnly>());

        Assert.Equal(30, plan.Blocks.Count);
        Assert.All(plan.Blocks.Where(b => b.Start is not null), b =>
            Assert.DoesNotContain(busy, e => !e.IsAllDay && e.ShowAs == ShowAs.Busy && !e.IsCancelled && e.Start < b.End && e.End > b.Start));
    }

    [SharedTheory("known corpus files give the expected events or the expected error")]
    [InlineData("ical.js/daily_recur.ics", "2012-08-01T12:00Z")]
    [InlineData("ical.js/recur_instances.ics", "2012-10-02T22:00Z")]
    [InlineData("ical.js/duration_instead_of_dtend.ics", "2012-06-30T13:00Z")]
    [InlineData("python-icalendar/timezoned.ics", "2012-02-13T09:00Z")]
    [InlineData("python-icalendar/america_new_york.ics", "2014-08-29T12:00Z")]
    [InlineData("python-icalendar/issue_218_bad_tzid.ics", "2017-02-28T12:00Z")]
    [InlineData("python-icalendar/broken_ical.ics", "line 4: Could not parse line")]
    [InlineData("python-icalendar/big_bad_calendar.ics", "line 1: BEGIN:VCALENDAR is never closed")]
    [InlineData("python-icalendar/rfc_5545_RDATE_example.ics", "line 2: VEVENT without a valid DTSTART")]
    public void Known_files_read_as_expected(string file, string expected)
    {
        var text = File.ReadAllText(SharedFolder.File("corpus", "ics", file));

        string actual;
        try
        {
            var busy = IcsImport.ReadBusy(text, From, To);
            actual = busy[0].Start.UtcDateTime.ToString("yyyy-MM-ddTHH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IcsFormatException ex)
        {
            actual = ex.Message;
        }

        Assert.StartsWith(expected, actual, StringComparison.Ordinal);
    }
}
