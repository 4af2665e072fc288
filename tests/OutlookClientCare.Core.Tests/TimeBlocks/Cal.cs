using OutlookClientCare.Core.TimeBlocks;

namespace OutlookClientCare.Core.Tests.TimeBlocks;

/// <summary>Short ways to write the calendars the planner tests need, as wall times in one zone.</summary>
internal static class Cal
{
    public static readonly DateOnly Monday = new(2026, 12, 7);

    public static TimeBlockSettings Berlin(Func<BlockSettings, BlockSettings>? block = null) => In("Europe/Berlin", block);

    public static TimeBlockSettings In(string zone, Func<BlockSettings, BlockSettings>? block = null) => new()
    {
        TimeZoneId = zone,
        Block = block?.Invoke(new BlockSettings()) ?? new BlockSettings(),
    };

    public static DateTimeOffset At(string zone, DateOnly date, int hour, int minute = 0)
    {
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var local = date.ToDateTime(new TimeOnly(hour, minute));
        return new DateTimeOffset(local, tz.GetUtcOffset(local));
    }

    public static BusyEvent Meeting(DateOnly date, int fromHour, int fromMinute, int toHour, int toMinute, ShowAs showAs = ShowAs.Busy, string zone = "Europe/Berlin") =>
        new(At(zone, date, fromHour, fromMinute), At(zone, date, toHour, toMinute), showAs);

    public static TimeBlockPlan Plan(
        TimeBlockSettings settings,
        DateOnly from,
        int days,
        IReadOnlyList<BusyEvent>? busy = null,
        IReadOnlyList<ExistingBlock>? existing = null,
        IReadOnlySet<DateOnly>? holidays = null) =>
        DailyBlockPlanner.Plan(settings, from, days, busy ?? [], existing ?? [], holidays ?? new HashSet<DateOnly>());

    /// <summary>Books every planned block, the way the booking engine would, with an event id per day.</summary>
    public static List<ExistingBlock> Booked(TimeBlockPlan plan) =>
        plan.Blocks
            .Where(b => b.Start is not null)
            .Select(b => new ExistingBlock(b.Date, b.Start, b.End, $"evt-{b.Date:yyyyMMdd}"))
            .ToList();

    public static string Hm(DateTimeOffset? time) => time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "-";
}
