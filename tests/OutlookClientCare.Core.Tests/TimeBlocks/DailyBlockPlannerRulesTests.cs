using System.Text.Json;
using OutlookClientCare.Core.TimeBlocks;
using static OutlookClientCare.Core.Tests.TimeBlocks.Cal;

namespace OutlookClientCare.Core.Tests.TimeBlocks;

public class DailyBlockPlannerRulesTests
{
    [Fact]
    public void An_empty_week_gets_one_block_at_the_start_of_the_window_on_each_working_day()
    {
        var plan = Plan(Berlin(), Monday, 7);

        Assert.Equal(["09:00", "09:00", "09:00", "09:00", "09:00", "-", "-"], plan.Blocks.Select(b => Hm(b.Start)));
        Assert.All(plan.Blocks.Take(5), b => Assert.Equal(BlockPlacement.Window, b.Placement));
        Assert.All(plan.Blocks.Skip(5), b => Assert.Equal("day off", b.Reason));
        Assert.Equal(5, plan.Ops.Count(o => o.Op == BlockOperationKind.Create));
        Assert.Equal(At("Europe/Berlin", Monday, 10), plan.Blocks[0].End);
    }

    [Fact]
    public void A_block_keeps_the_buffer_after_a_meeting_and_stays_in_the_window()
    {
        var plan = Plan(Berlin(), Monday, 1, [Meeting(Monday, 9, 0, 10, 0)]);

        Assert.Equal(("10:10", "11:10"), (Hm(plan.Blocks[0].Start), Hm(plan.Blocks[0].End)));
        Assert.Equal(BlockPlacement.Window, plan.Blocks[0].Placement);
    }

    [Fact]
    public void A_full_window_moves_the_block_to_the_nearest_free_hour_of_the_day()
    {
        var plan = Plan(Berlin(), Monday, 1, [Meeting(Monday, 9, 0, 12, 0), Meeting(Monday, 15, 0, 16, 0)]);

        // 08:00-08:50 is too short before the 09:00 meeting; 12:10 is the nearest full hour.
        Assert.Equal(("12:10", "13:10"), (Hm(plan.Blocks[0].Start), Hm(plan.Blocks[0].End)));
        Assert.Equal(BlockPlacement.Fallback, plan.Blocks[0].Placement);
    }

    [Fact]
    public void A_fragmented_day_gets_a_shorter_block_of_at_least_the_minimum()
    {
        var plan = Plan(Berlin(), Monday, 1, [Meeting(Monday, 8, 0, 11, 0), Meeting(Monday, 12, 0, 17, 0)]);

        Assert.Equal(("11:10", "11:50"), (Hm(plan.Blocks[0].Start), Hm(plan.Blocks[0].End)));
        Assert.Equal(BlockPlacement.Fallback, plan.Blocks[0].Placement);
    }

    [Fact]
    public void A_day_without_thirty_free_minutes_gets_no_block_and_says_why()
    {
        var plan = Plan(Berlin(), Monday, 1, [Meeting(Monday, 8, 0, 11, 0), Meeting(Monday, 11, 35, 17, 0)]);

        Assert.Equal(BlockPlacement.None, plan.Blocks[0].Placement);
        Assert.Equal("no free time of at least 30 minutes", plan.Blocks[0].Reason);
        Assert.Empty(plan.Ops);
    }

    [Fact]
    public void Holidays_and_out_of_office_days_get_no_block()
    {
        var tuesday = Monday.AddDays(1);
        var wednesday = Monday.AddDays(2);
        var thursday = Monday.AddDays(3);
        var busy = new[]
        {
            BusyEvent.AllDay(tuesday, tuesday.AddDays(1), ShowAs.Oof),
            new BusyEvent(At("Europe/Berlin", wednesday, 0), At("Europe/Berlin", thursday, 0), ShowAs.Oof),
            BusyEvent.AllDay(thursday, thursday.AddDays(1), ShowAs.Busy),
        };

        var plan = Plan(Berlin(), Monday, 5, busy, holidays: new HashSet<DateOnly> { Monday });

        Assert.Equal(["holiday", "out-of-office", "out-of-office", "busy all day", null], plan.Blocks.Select(b => b.Reason));
        Assert.Equal("09:00", Hm(plan.Blocks[4].Start));
    }

    [Theory]
    [InlineData(ShowAs.Free, false, "09:00")]
    [InlineData(ShowAs.Busy, true, "10:10")]
    [InlineData(ShowAs.Oof, false, "10:10")]
    [InlineData(ShowAs.WorkingElsewhere, false, "10:10")]
    public void Only_events_that_take_the_time_push_the_block(ShowAs showAs, bool cancelled, string expectedStart)
    {
        var meeting = Meeting(Monday, 9, 0, 10, 0, showAs) with { IsCancelled = cancelled };

        var plan = Plan(Berlin(), Monday, 1, [meeting]);

        Assert.Equal(cancelled ? "09:00" : expectedStart, Hm(plan.Blocks[0].Start));
    }

    [Fact]
    public void Tentative_meetings_block_unless_the_settings_say_otherwise()
    {
        var tentative = Meeting(Monday, 9, 0, 10, 0, ShowAs.Tentative);

        Assert.Equal("10:10", Hm(Plan(Berlin(), Monday, 1, [tentative]).Blocks[0].Start));
        Assert.Equal("09:00", Hm(Plan(Berlin() with { TentativeBlocks = false }, Monday, 1, [tentative]).Blocks[0].Start));
    }

    [Fact]
    public void An_all_day_working_elsewhere_marker_does_not_take_the_day()
    {
        var plan = Plan(Berlin(), Monday, 1, [BusyEvent.AllDay(Monday, Monday.AddDays(1), ShowAs.WorkingElsewhere)]);

        Assert.Equal("09:00", Hm(plan.Blocks[0].Start));
    }

    [Fact]
    public void A_break_after_the_block_is_kept_free_too()
    {
        var busy = new[] { Meeting(Monday, 10, 0, 10, 30) };
        var noBuffer = Berlin(b => b with { BufferMinutes = 0 });

        Assert.Equal("09:00", Hm(Plan(noBuffer, Monday, 1, busy).Blocks[0].Start));
        Assert.Equal("10:30", Hm(Plan(noBuffer with { Block = noBuffer.Block with { BreakMinutes = 15 } }, Monday, 1, busy).Blocks[0].Start));
    }

    [Fact]
    public void A_block_never_leaves_the_working_hours()
    {
        var lateGap = Plan(Berlin(), Monday, 1, [Meeting(Monday, 8, 0, 16, 0)]);
        var tooLate = Plan(Berlin(), Monday, 1, [Meeting(Monday, 8, 0, 16, 40)]);

        Assert.Equal(("16:10", "17:00"), (Hm(lateGap.Blocks[0].Start), Hm(lateGap.Blocks[0].End)));
        Assert.Equal(BlockPlacement.None, tooLate.Blocks[0].Placement);
    }

    [Fact]
    public void Our_own_booked_block_in_the_busy_calendar_does_not_push_itself_away()
    {
        var booked = new ExistingBlock(Monday, At("Europe/Berlin", Monday, 9), At("Europe/Berlin", Monday, 10), "AAMk-block");
        var itselfInTheCalendar = new BusyEvent(booked.Start!.Value, booked.End!.Value) { Id = "AAMk-block" };

        var plan = Plan(Berlin(), Monday, 1, [itselfInTheCalendar], [booked]);

        var op = Assert.Single(plan.Ops);
        Assert.Equal((BlockOperationKind.Keep, "AAMk-block"), (op.Op, op.EventId));
    }

    [Fact]
    public void A_block_booked_without_an_event_id_is_recognised_in_the_calendar_by_its_exact_time()
    {
        var booked = new ExistingBlock(Monday, At("Europe/Berlin", Monday, 9), At("Europe/Berlin", Monday, 10));
        var itself = new BusyEvent(booked.Start!.Value, booked.End!.Value) { Id = "from-the-feed" };
        var realMeeting = Meeting(Monday, 9, 0, 9, 45);

        Assert.Equal(BlockOperationKind.Keep, Assert.Single(Plan(Berlin(), Monday, 1, [itself], [booked]).Ops).Op);
        Assert.Equal(BlockOperationKind.Move, Assert.Single(Plan(Berlin(), Monday, 1, [itself, realMeeting], [booked]).Ops).Op);
    }

    [Fact]
    public void A_valid_block_outside_the_window_is_kept_rather_than_moved_back()
    {
        var booked = new ExistingBlock(Monday, At("Europe/Berlin", Monday, 14), At("Europe/Berlin", Monday, 15), "e1");

        var plan = Plan(Berlin(), Monday, 1, existing: [booked]);

        Assert.Equal([(BlockOperationKind.Keep, "e1", "still free")], plan.Ops.Select(o => (o.Op, o.EventId, o.Reason)));
        Assert.Equal(("14:00", BlockPlacement.Fallback), (Hm(plan.Blocks[0].Start), plan.Blocks[0].Placement));
    }

    [Fact]
    public void A_meeting_that_lands_on_the_block_moves_it_and_names_the_event()
    {
        var booked = new ExistingBlock(Monday, At("Europe/Berlin", Monday, 9), At("Europe/Berlin", Monday, 10), "e1");

        var plan = Plan(Berlin(), Monday, 1, [Meeting(Monday, 9, 30, 10, 30)], [booked]);

        var op = Assert.Single(plan.Ops);
        Assert.Equal((BlockOperationKind.Move, "e1", "a meeting overlaps the block", "10:40"), (op.Op, op.EventId, op.Reason, Hm(op.Start)));
    }

    [Fact]
    public void A_booked_block_on_a_new_holiday_is_deleted()
    {
        var booked = new ExistingBlock(Monday, At("Europe/Berlin", Monday, 9), At("Europe/Berlin", Monday, 10), "e1");

        var plan = Plan(Berlin(), Monday, 1, existing: [booked], holidays: new HashSet<DateOnly> { Monday });

        var op = Assert.Single(plan.Ops);
        Assert.Equal((BlockOperationKind.Delete, "e1", "holiday"), (op.Op, op.EventId, op.Reason));
    }

    [Fact]
    public void A_block_the_user_moved_stays_where_they_put_it_even_onto_a_meeting()
    {
        var moved = new ExistingBlock(Monday, At("Europe/Berlin", Monday, 16), At("Europe/Berlin", Monday, 17), "e1") { MovedByUser = true };

        var plan = Plan(Berlin(), Monday, 1, [Meeting(Monday, 16, 0, 16, 30)], [moved]);

        Assert.Equal([(BlockOperationKind.Keep, "e1", "moved by user")], plan.Ops.Select(o => (o.Op, o.EventId, o.Reason)));
        Assert.Equal("16:00", Hm(plan.Blocks[0].Start));
    }

    [Fact]
    public void A_block_the_user_deleted_is_not_booked_again_that_day()
    {
        var deleted = new ExistingBlock(Monday, null, null, "e1") { DeletedByUser = true };

        var plan = Plan(Berlin(), Monday, 2, existing: [deleted]);

        Assert.Equal(("deleted by user", BlockPlacement.None), (plan.Blocks[0].Reason, plan.Blocks[0].Placement));
        Assert.DoesNotContain(plan.Ops, o => o.Date == Monday);
        Assert.Contains(plan.Ops, o => o.Date == Monday.AddDays(1) && o.Op == BlockOperationKind.Create);
    }

    [Fact]
    public void A_second_block_on_the_same_day_is_removed()
    {
        var first = new ExistingBlock(Monday, At("Europe/Berlin", Monday, 9), At("Europe/Berlin", Monday, 10), "e1");
        var second = new ExistingBlock(Monday, At("Europe/Berlin", Monday, 14), At("Europe/Berlin", Monday, 15), "e2");

        var plan = Plan(Berlin(), Monday, 1, existing: [second, first]);

        Assert.Equal(
            [(BlockOperationKind.Keep, "e1"), (BlockOperationKind.Delete, "e2")],
            plan.Ops.Select(o => (o.Op, o.EventId)));
    }

    [Fact]
    public void The_plan_prints_in_the_contract_shape_with_offsets_in_the_users_zone()
    {
        var plan = Plan(Berlin(), Monday, 6);

        var json = JsonSerializer.Serialize(plan, CoreJson.Compact);

        Assert.Contains("""{"date":"2026-12-07","start":"2026-12-07T09:00:00+01:00","end":"2026-12-07T10:00:00+01:00","placement":"window"}""", json, StringComparison.Ordinal);
        Assert.Contains("""{"date":"2026-12-12","placement":"none","reason":"day off"}""", json, StringComparison.Ordinal);
        Assert.Contains("""{"op":"create","date":"2026-12-07","start":"2026-12-07T09:00:00+01:00","end":"2026-12-07T10:00:00+01:00","reason":"no block booked yet"}""", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_settings_are_refused_with_the_field_named()
    {
        var settings = Berlin(b => b with { Minutes = 500 });

        var error = Assert.Throws<ArgumentException>(() => Plan(settings, Monday, 1));

        Assert.Contains("block.minutes must be between 15 and 240", error.Message, StringComparison.Ordinal);
    }
}
