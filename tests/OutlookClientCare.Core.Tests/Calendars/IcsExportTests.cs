using OutlookClientCare.Core.Calendars;
using OutlookClientCare.Core.TimeBlocks;

namespace OutlookClientCare.Core.Tests.Calendars;

public class IcsExportTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 3, 20, 6, 0, 0, TimeSpan.Zero);

    private static TimeBlockPlan PlanAcrossSpringForward(string zone) =>
        DailyBlockPlanner.Plan(
            new TimeBlockSettings { TimeZoneId = zone, WorkingHours = new WorkingHours(Enum.GetValues<DayOfWeek>(), new(8, 0), new(17, 0)) },
            new DateOnly(2026, 3, 27), 5, [], [], new HashSet<DateOnly>());

    [Fact]
    public void Exported_blocks_read_back_as_the_same_instants()
    {
        var plan = PlanAcrossSpringForward("Europe/Berlin");

        var ics = IcsExport.Write(plan.Blocks, "Europe/Berlin", Stamp, "Kunden-Zeit", "anna@example.com");
        var readBack = IcsImport.ReadBusy(ics, new DateTimeOffset(2026, 3, 26, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 4, 2, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(plan.Blocks.Select(b => (b.Start!.Value.UtcDateTime, b.End!.Value.UtcDateTime)), readBack.Select(b => (b.Start.UtcDateTime, b.End.UtcDateTime)));
        Assert.Equal(plan.Blocks.Select(b => IcsExport.Uid(b.Date, "anna@example.com")), readBack.Select(b => b.Id));
    }

    [Fact]
    public void Every_tzid_has_its_vtimezone_and_wall_times_are_written_in_it()
    {
        var ics = IcsExport.Write(PlanAcrossSpringForward("W. Europe Standard Time").Blocks, "W. Europe Standard Time", Stamp, "Client time", "u");

        Assert.Contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Berlin:20260330T090000", ics, StringComparison.Ordinal);
        var tzids = System.Text.RegularExpressions.Regex.Matches(ics, "TZID=([^:;]+)", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)).Select(m => m.Groups[1].Value).Distinct();
        Assert.All(tzids, id => Assert.Contains($"TZID:{id}\r\n", ics, StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_plan_exports_byte_for_byte_the_same_file_with_the_given_dtstamp()
    {
        var blocks = PlanAcrossSpringForward("America/New_York").Blocks;

        var first = IcsExport.Write(blocks, "America/New_York", Stamp, "Client time", "u");
        var second = IcsExport.Write(blocks, "America/New_York", Stamp, "Client time", "u");

        Assert.Equal(first, second);
        Assert.Contains("DTSTAMP:20260320T060000Z", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Uids_are_stable_per_user_and_day_and_differ_between_users()
    {
        var day = new DateOnly(2026, 12, 7);

        Assert.Equal(IcsExport.Uid(day, "anna@example.com"), IcsExport.Uid(day, "anna@example.com"));
        Assert.NotEqual(IcsExport.Uid(day, "anna@example.com"), IcsExport.Uid(day, "ben@example.com"));
        Assert.Matches("^20261207-[0-9a-f]{12}@outlookclientcare$", IcsExport.Uid(day, "anna@example.com"));
    }

    [Fact]
    public void Days_without_a_block_are_not_exported()
    {
        var blocks = new[] { new PlannedBlock(new DateOnly(2026, 12, 12), null, null, BlockPlacement.None, "day off") };

        var ics = IcsExport.Write(blocks, "Europe/Berlin", Stamp, "Client time", "u");

        Assert.DoesNotContain("BEGIN:VEVENT", ics, StringComparison.Ordinal);
    }
}
