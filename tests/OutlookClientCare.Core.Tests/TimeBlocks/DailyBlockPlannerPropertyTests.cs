using System.Text.Json;
using OutlookClientCare.Core.TimeBlocks;

namespace OutlookClientCare.Core.Tests.TimeBlocks;

/// <summary>Rules that hold for every calendar, checked on 200 seeded random calendars each.</summary>
public class DailyBlockPlannerPropertyTests
{
    public static IEnumerable<object[]> Seeds => RandomCalendar.Seeds(200);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void No_block_overlaps_a_meeting_or_its_buffer_or_leaves_working_hours(int seed)
    {
        var calendar = RandomCalendar.Create(seed);
        var plan = calendar.Plan();
        var hours = calendar.Settings.WorkingHours;

        Assert.Equal(calendar.Days, plan.Blocks.Count);
        foreach (var block in plan.Blocks.Where(b => b.Start is not null))
        {
            var start = block.Start!.Value;
            var end = block.End!.Value;
            var withBreak = end.AddMinutes(calendar.Settings.Block.BreakMinutes);
            Assert.True(calendar.IsFree(start, withBreak), $"seed {seed}: {start:o} overlaps a meeting");
            Assert.True(start >= calendar.Local(block.Date, hours.Start) && withBreak <= calendar.Local(block.Date, hours.End), $"seed {seed}: {start:o} outside working hours");
            Assert.Equal(calendar.Zone.GetUtcOffset(start.UtcDateTime), start.Offset);
            Assert.InRange((end - start).TotalMinutes, calendar.Settings.Block.MinMinutes, calendar.Settings.Block.Minutes);
            Assert.Contains(block.Date.DayOfWeek, hours.DaysOfWeek);
            Assert.DoesNotContain(block.Date, calendar.Holidays);
            Assert.False(calendar.HasAllDayEvent(block.Date), $"seed {seed}: {block.Date} has an all-day event");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_block_is_in_the_window_whenever_the_window_has_room(int seed)
    {
        var calendar = RandomCalendar.Create(seed);
        var block = calendar.Settings.Block;
        var plan = calendar.Plan();

        foreach (var planned in plan.Blocks.Where(b => b.Placement != BlockPlacement.None || b.Reason!.StartsWith("no free", StringComparison.Ordinal)))
        {
            var windowStart = Max(calendar.Local(planned.Date, block.WindowStart), calendar.Local(planned.Date, calendar.Settings.WorkingHours.Start));
            var windowEnd = Min(calendar.Local(planned.Date, block.WindowEnd), calendar.Local(planned.Date, calendar.Settings.WorkingHours.End));
            var dayEnd = calendar.Local(planned.Date, calendar.Settings.WorkingHours.End);
            var windowHasRoom = false;
            for (var start = windowStart; start.AddMinutes(block.Minutes) <= windowEnd && !windowHasRoom; start = start.AddMinutes(5))
            {
                var withBreak = start.AddMinutes(block.Minutes + block.BreakMinutes);
                windowHasRoom = withBreak <= dayEnd && calendar.IsFree(start, withBreak);
            }

            Assert.True(windowHasRoom == (planned.Placement == BlockPlacement.Window), $"seed {seed}, {planned.Date}: room {windowHasRoom}, placement {planned.Placement}");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Replanning_an_unchanged_calendar_only_keeps(int seed)
    {
        var calendar = RandomCalendar.Create(seed);
        var first = calendar.Plan();
        var booked = Cal.Booked(first);
        var calendarWithOurBlocks = calendar.Busy.Concat(booked.Select(b => new BusyEvent(b.Start!.Value, b.End!.Value) { Id = b.EventId })).ToList();

        var again = calendar.Plan(booked, calendarWithOurBlocks);

        Assert.All(again.Ops, o => Assert.Equal(BlockOperationKind.Keep, o.Op));
        Assert.Equal(booked.Count, again.Ops.Count);
        Assert.Equal(first.Blocks, again.Blocks);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Blocks_the_user_moved_or_deleted_are_left_as_the_user_left_them(int seed)
    {
        var calendar = RandomCalendar.Create(seed);
        var booked = Cal.Booked(calendar.Plan());
        if (booked.Count < 2)
        {
            return;
        }

        var random = new Random(seed);
        var movedIndex = random.Next(booked.Count);
        var deletedIndex = (movedIndex + 1 + random.Next(booked.Count - 1)) % booked.Count;
        var shift = TimeSpan.FromMinutes(random.Next(-180, 180));
        var moved = booked[movedIndex] with { Start = booked[movedIndex].Start + shift, End = booked[movedIndex].End + shift, MovedByUser = true };
        var deleted = booked[deletedIndex] with { Start = null, End = null, DeletedByUser = true };
        booked[movedIndex] = moved;
        booked[deletedIndex] = deleted;

        // A meeting lands on the moved block as well: the user's choice still wins.
        var plan = calendar.Plan(booked, [.. calendar.Busy, new BusyEvent(moved.Start!.Value, moved.End!.Value)]);

        var movedOp = Assert.Single(plan.Ops, o => o.Date == moved.Date);
        Assert.Equal((BlockOperationKind.Keep, moved.EventId, moved.Start.Value, moved.End.Value), (movedOp.Op, movedOp.EventId, movedOp.Start, movedOp.End));
        Assert.DoesNotContain(plan.Ops, o => o.Date == deleted.Date);
        Assert.Equal("deleted by user", plan.Blocks.Single(b => b.Date == deleted.Date).Reason);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_same_calendar_in_any_order_gives_the_same_plan(int seed)
    {
        var calendar = RandomCalendar.Create(seed);
        var shuffled = calendar.Busy.ToArray();
        new Random(seed).Shuffle(shuffled);

        var first = JsonSerializer.Serialize(calendar.Plan(), CoreJson.Compact);
        var second = JsonSerializer.Serialize(calendar.Plan(busy: shuffled), CoreJson.Compact);

        Assert.Equal(first, second);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
