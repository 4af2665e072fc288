using OutlookClientCare.Core.TimeBlocks;

namespace OutlookClientCare.Core.Tests.TimeBlocks;

/// <summary>A seeded random working life: zone, settings, a few weeks of meetings, holidays.</summary>
internal sealed record RandomCalendar(TimeBlockSettings Settings, DateOnly From, int Days, List<BusyEvent> Busy, HashSet<DateOnly> Holidays)
{
    private static readonly string[] Zones = ["Europe/Berlin", "America/New_York", "Europe/Zurich", "Asia/Kolkata"];
    private static readonly ShowAs[] ShowAsValues = [ShowAs.Busy, ShowAs.Busy, ShowAs.Busy, ShowAs.Tentative, ShowAs.Free, ShowAs.Oof, ShowAs.WorkingElsewhere];

    public static IEnumerable<object[]> Seeds(int count) => Enumerable.Range(1, count).Select(seed => new object[] { seed });

    public static RandomCalendar Create(int seed)
    {
        var random = new Random(seed);
        var zoneId = Zones[random.Next(Zones.Length)];
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var startHour = random.Next(6, 10);
        var windowStart = startHour + random.Next(0, 3);
        var minutes = random.Next(3, 13) * 5;
        var settings = new TimeBlockSettings
        {
            TimeZoneId = zoneId,
            WorkingHours = new WorkingHours(
                Enum.GetValues<DayOfWeek>().Where(_ => random.Next(6) > 0).DefaultIfEmpty(DayOfWeek.Monday).ToList(),
                new TimeOnly(startHour, random.Next(2) * 30),
                new TimeOnly(startHour + random.Next(6, 10), 0)),
            Block = new BlockSettings
            {
                Minutes = minutes,
                MinMinutes = Math.Min(minutes, random.Next(2, 7) * 5),
                WindowStart = new TimeOnly(windowStart, 0),
                WindowEnd = new TimeOnly(windowStart + random.Next(1, 4), 0),
                BufferMinutes = random.Next(0, 4) * 5,
                BreakMinutes = random.Next(3) == 0 ? 10 : 0,
            },
            TentativeBlocks = random.Next(3) > 0,
        };

        // Spread over the year so that some calendars cross a clock change.
        var from = new DateOnly(2026, 1, 1).AddDays(random.Next(0, 330));
        var days = random.Next(7, 36);
        var busy = new List<BusyEvent>();
        var eventCount = random.Next(0, days * 5);
        for (var i = 0; i < eventCount; i++)
        {
            var date = from.AddDays(random.Next(-1, days + 1));
            var showAs = ShowAsValues[random.Next(ShowAsValues.Length)];
            if (random.Next(25) == 0)
            {
                busy.Add(BusyEvent.AllDay(date, date.AddDays(random.Next(1, 4)), showAs));
                continue;
            }

            var local = date.ToDateTime(new TimeOnly(random.Next(5, 20), random.Next(12) * 5 + random.Next(2)));
            var start = new DateTimeOffset(local, zone.GetUtcOffset(local));
            var length = TimeSpan.FromMinutes(random.Next(1, 48) * 5 + random.Next(3));
            busy.Add(new BusyEvent(start, start + length, showAs) { IsCancelled = random.Next(12) == 0 });
        }

        var holidays = Enumerable.Range(0, random.Next(0, 3)).Select(_ => from.AddDays(random.Next(days))).ToHashSet();
        return new RandomCalendar(settings, from, days, busy, holidays);
    }

    public TimeBlockPlan Plan(IReadOnlyList<ExistingBlock>? existing = null, IReadOnlyList<BusyEvent>? busy = null) =>
        DailyBlockPlanner.Plan(Settings, From, Days, busy ?? Busy, existing ?? [], Holidays);

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(Settings.TimeZoneId);

    /// <summary>The rule from design.md, written independently of the planner.</summary>
    public bool IsBlocking(BusyEvent e) =>
        !e.IsCancelled && e.ShowAs != ShowAs.Free && (e.ShowAs != ShowAs.Tentative || Settings.TentativeBlocks)
        && !(e.IsAllDay && e.ShowAs == ShowAs.WorkingElsewhere);

    public bool IsFree(DateTimeOffset start, DateTimeOffset end)
    {
        var buffer = TimeSpan.FromMinutes(Settings.Block.BufferMinutes);
        return !Busy.Any(e => IsBlocking(e) && !e.IsAllDay && e.Start - buffer < end && e.End + buffer > start);
    }

    public bool HasAllDayEvent(DateOnly date) =>
        Busy.Any(e => IsBlocking(e) && e.IsAllDay && DateOnly.FromDateTime(e.Start.DateTime) <= date && date < DateOnly.FromDateTime(e.End.DateTime));

    public DateTimeOffset Local(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
