using OutlookClientCare.Core.TimeBlocks;
using static OutlookClientCare.Core.Tests.TimeBlocks.Cal;

namespace OutlookClientCare.Core.Tests.TimeBlocks;

public class DailyBlockPlannerDstTests
{
    private static TimeBlockSettings EveryDay(string zone) =>
        In(zone) with { WorkingHours = new WorkingHours(Enum.GetValues<DayOfWeek>(), new(8, 0), new(17, 0)) };

    [Theory]
    [InlineData("Europe/Berlin", "2026-03-28", "+01:00", "+02:00")]
    [InlineData("Europe/Berlin", "2026-10-24", "+02:00", "+01:00")]
    [InlineData("America/New_York", "2026-03-07", "-05:00", "-04:00")]
    [InlineData("America/New_York", "2026-10-31", "-04:00", "-05:00")]
    [InlineData("W. Europe Standard Time", "2026-03-28", "+01:00", "+02:00")]
    public void The_block_keeps_its_wall_clock_time_across_the_clock_change(string zone, string saturday, string offsetBefore, string offsetAfter)
    {
        var from = DateOnly.Parse(saturday, System.Globalization.CultureInfo.InvariantCulture);

        var plan = Plan(EveryDay(zone), from, 3);

        Assert.Equal(
            [$"{from:yyyy-MM-dd}T09:00:00{offsetBefore}", $"{from.AddDays(1):yyyy-MM-dd}T09:00:00{offsetAfter}", $"{from.AddDays(2):yyyy-MM-dd}T09:00:00{offsetAfter}"],
            plan.Blocks.Select(b => b.Start!.Value.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(plan.Blocks, b => Assert.Equal(TimeSpan.FromHours(1), b.End - b.Start));
    }

    [Fact]
    public void A_meeting_given_in_utc_lands_on_the_right_local_hour_after_spring_forward()
    {
        var friday = new DateOnly(2026, 3, 27);
        var monday = new DateOnly(2026, 3, 30);
        var sevenUtc = TimeSpan.FromHours(7);
        var busy = new[]
        {
            new BusyEvent(new DateTimeOffset(friday.ToDateTime(TimeOnly.MinValue) + sevenUtc, TimeSpan.Zero), new DateTimeOffset(friday.ToDateTime(TimeOnly.MinValue) + sevenUtc + TimeSpan.FromHours(1), TimeSpan.Zero)),
            new BusyEvent(new DateTimeOffset(monday.ToDateTime(TimeOnly.MinValue) + sevenUtc, TimeSpan.Zero), new DateTimeOffset(monday.ToDateTime(TimeOnly.MinValue) + sevenUtc + TimeSpan.FromHours(1), TimeSpan.Zero)),
        };

        var plan = Plan(Berlin(), friday, 4, busy);

        // 07:00 UTC is 08:00 in winter time (block at 09:10) and 09:00 in summer time (block at 10:10).
        Assert.Equal("2026-03-27T09:10:00+01:00", plan.Blocks[0].Start!.Value.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("2026-03-30T10:10:00+02:00", plan.Blocks[3].Start!.Value.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_window_that_starts_in_the_spring_gap_starts_when_the_clock_resumes()
    {
        var settings = EveryDay("Europe/Berlin") with
        {
            WorkingHours = new WorkingHours(Enum.GetValues<DayOfWeek>(), new(0, 0), new(6, 0)),
            Block = new BlockSettings { WindowStart = new(2, 30), WindowEnd = new(5, 0) },
        };

        var block = Plan(settings, new DateOnly(2026, 3, 29), 1).Blocks[0];

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 3, 30, 0, TimeSpan.FromHours(2)), block.Start);
        Assert.Equal(TimeSpan.FromHours(2), block.Start!.Value.Offset);
        Assert.Equal(BlockPlacement.Window, block.Placement);
    }

    [Fact]
    public void A_window_at_the_repeated_autumn_hour_starts_at_its_first_occurrence()
    {
        var settings = EveryDay("America/New_York") with
        {
            WorkingHours = new WorkingHours(Enum.GetValues<DayOfWeek>(), new(0, 0), new(6, 0)),
            Block = new BlockSettings { WindowStart = new(1, 0), WindowEnd = new(2, 0) },
        };

        var block = Plan(settings, new DateOnly(2026, 11, 1), 1).Blocks[0];

        // 01:00-02:00 happens twice that night: the window is two real hours, the block the first of them.
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 1, 0, 0, TimeSpan.FromHours(-4)), block.Start);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 1, 0, 0, TimeSpan.FromHours(-5)), block.End);
        Assert.Equal(BlockPlacement.Window, block.Placement);
    }

    [Fact]
    public void Replanning_across_the_autumn_change_keeps_every_block()
    {
        var settings = EveryDay("Europe/Berlin");
        var from = new DateOnly(2026, 10, 20);
        var first = Plan(settings, from, 10);

        var again = Plan(settings, from, 10, existing: Booked(first));

        Assert.All(again.Ops, o => Assert.Equal(BlockOperationKind.Keep, o.Op));
        Assert.Equal(10, again.Ops.Count);
    }
}
