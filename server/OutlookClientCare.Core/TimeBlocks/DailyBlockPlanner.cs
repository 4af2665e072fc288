namespace OutlookClientCare.Core.TimeBlocks;

/// <summary>
/// Plans one client-response block per working day around the user's meetings (client-care-method.md,
/// step 8). Pure and deterministic: the same input always gives the same plan, and re-planning an
/// unchanged calendar only keeps what is booked.
/// </summary>
public static class DailyBlockPlanner
{
    private const long TicksPerMinute = TimeSpan.TicksPerMinute;

    public static TimeBlockPlan Plan(
        TimeBlockSettings settings,
        DateOnly from,
        int days,
        IReadOnlyList<BusyEvent> busy,
        IReadOnlyList<ExistingBlock> existing,
        IReadOnlySet<DateOnly> holidays)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(busy);
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(holidays);
        var errors = settings.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", errors), nameof(settings));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, TimeBlockSettings.MaxHorizonDays);

        var zone = settings.ResolveTimeZone();
        var planDays = CreateDays(settings, from, days, zone, holidays);
        IndexBusy(settings, planDays, busy, OwnBlocks.From(existing));

        var existingByDate = existing
            .Where(b => b.Date >= from && b.Date.DayNumber - from.DayNumber < days)
            .GroupBy(b => b.Date)
            .ToDictionary(g => g.Key, g => g.OrderBy(b => b.Start).ThenBy(b => b.EventId, StringComparer.Ordinal).ToList());

        var blocks = new List<PlannedBlock>(days);
        var ops = new List<BlockOperation>();
        var day = new DayDecision(settings, zone);
        foreach (var planDay in planDays)
        {
            var mine = existingByDate.GetValueOrDefault(planDay.Date) ?? [];
            blocks.Add(day.Decide(planDay, mine, ops));
        }

        return new TimeBlockPlan(blocks, ops);
    }

    private static PlanDay[] CreateDays(TimeBlockSettings settings, DateOnly from, int days, TimeZoneInfo zone, IReadOnlySet<DateOnly> holidays)
    {
        var hours = settings.WorkingHours;
        var workingDays = hours.DaysOfWeek.ToHashSet();
        var result = new PlanDay[days];
        for (var i = 0; i < days; i++)
        {
            var date = from.AddDays(i);
            result[i] = new PlanDay(
                date,
                workingDays.Contains(date.DayOfWeek),
                ZoneTime.ToUtcTicks(date.ToDateTime(hours.Start), zone),
                ZoneTime.ToUtcTicks(date.ToDateTime(hours.End), zone),
                ZoneTime.ToUtcTicks(date.ToDateTime(settings.Block.WindowStart), zone),
                ZoneTime.ToUtcTicks(date.ToDateTime(settings.Block.WindowEnd), zone))
            {
                IsHoliday = holidays.Contains(date),
            };
        }

        return result;
    }

    /// <summary>
    /// Hands every blocking event to the days whose working hours it touches: one sort and a binary
    /// search per event, so 5,000 events over 90 days never meet in a days-times-events loop.
    /// </summary>
    private static void IndexBusy(TimeBlockSettings settings, PlanDay[] days, IReadOnlyList<BusyEvent> busy, OwnBlocks own)
    {
        var buffer = settings.Block.BufferMinutes * TicksPerMinute;
        var timed = new List<(long Start, long End, bool IsOof)>(busy.Count);
        var first = days[0].Date.DayNumber;
        foreach (var item in busy)
        {
            if (!Blocks(item, settings) || own.Contains(item))
            {
                continue;
            }

            if (item.IsAllDay)
            {
                MarkAllDay(days, first, item);
            }
            else if (item.End > item.Start)
            {
                timed.Add((item.Start.UtcTicks, item.End.UtcTicks, item.ShowAs == ShowAs.Oof));
            }
        }

        timed.Sort();
        foreach (var (start, end, isOof) in timed)
        {
            var index = FirstDayEndingAfter(days, start - buffer);
            for (; index < days.Length && days[index].WorkStart < end + buffer; index++)
            {
                var day = days[index];
                day.AddBusy(start - buffer, end + buffer);
                if (isOof && start <= day.WorkStart && end >= day.WorkEnd)
                {
                    day.IsOutOfOffice = true;
                }
            }
        }
    }

    private static bool Blocks(BusyEvent item, TimeBlockSettings settings) =>
        !item.IsCancelled && item.ShowAs switch
        {
            ShowAs.Free => false,
            ShowAs.Tentative => settings.TentativeBlocks,

            // An all-day "working elsewhere" says where the day is spent (home office), not that it is taken.
            ShowAs.WorkingElsewhere => !item.IsAllDay,
            _ => true,
        };

    private static void MarkAllDay(PlanDay[] days, int firstDayNumber, BusyEvent item)
    {
        var from = Math.Max(item.AllDayFirst.DayNumber - firstDayNumber, 0);
        var to = Math.Min(item.AllDayLast.DayNumber - firstDayNumber, days.Length - 1);
        for (var i = from; i <= to; i++)
        {
            if (item.ShowAs == ShowAs.Oof)
            {
                days[i].IsOutOfOffice = true;
            }
            else
            {
                days[i].IsBusyAllDay = true;
            }
        }
    }

    private static int FirstDayEndingAfter(PlanDay[] days, long instant)
    {
        int low = 0, high = days.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (days[middle].WorkEnd > instant)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    /// <summary>
    /// Our own booked blocks show up in the busy calendar too and must not push themselves away.
    /// They are known by event id; a block booked without one (an earlier CLI plan) by its exact span.
    /// </summary>
    private sealed class OwnBlocks
    {
        private readonly HashSet<string> _eventIds = new(StringComparer.Ordinal);
        private readonly HashSet<(long, long)> _spans = [];

        public static OwnBlocks From(IReadOnlyList<ExistingBlock> existing)
        {
            var own = new OwnBlocks();
            foreach (var block in existing.Where(b => !b.DeletedByUser))
            {
                if (block.EventId is not null)
                {
                    own._eventIds.Add(block.EventId);
                }
                else if (block.Start is { } start && block.End is { } end)
                {
                    own._spans.Add((start.UtcTicks, end.UtcTicks));
                }
            }

            return own;
        }

        public bool Contains(BusyEvent item) =>
            (item.Id is not null && _eventIds.Contains(item.Id))
            || (_spans.Count > 0 && !item.IsAllDay && _spans.Contains((item.Start.UtcTicks, item.End.UtcTicks)));
    }
}
