namespace OutlookClientCare.Core.TimeBlocks;

/// <summary>Graph's event.showAs.</summary>
public enum ShowAs
{
    Busy,
    Free,
    Tentative,
    Oof,
    WorkingElsewhere,
    Unknown,
}

/// <summary>
/// Time someone else's calendar entry takes. For an all-day event, <see cref="Start"/> and
/// <see cref="End"/> carry the first day and the day after the last day as wall dates (their
/// offset is ignored), the way Graph and iCalendar write all-day events; use <see cref="AllDay"/>.
/// </summary>
public sealed record BusyEvent(DateTimeOffset Start, DateTimeOffset End, ShowAs ShowAs = ShowAs.Busy)
{
    public bool IsAllDay { get; init; }

    public bool IsCancelled { get; init; }

    /// <summary>Graph event id or iCalendar UID; lets the planner ignore our own booked blocks.</summary>
    public string? Id { get; init; }

    public static BusyEvent AllDay(DateOnly first, DateOnly endExclusive, ShowAs showAs = ShowAs.Busy) =>
        new(new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            new DateTimeOffset(endExclusive.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            showAs)
        { IsAllDay = true };

    internal DateOnly AllDayFirst => DateOnly.FromDateTime(Start.DateTime);

    /// <summary>The last day covered; a zero-length all-day event still covers its day.</summary>
    internal DateOnly AllDayLast
    {
        get
        {
            var end = DateOnly.FromDateTime(End.DateTime);
            return end > AllDayFirst ? end.AddDays(-1) : AllDayFirst;
        }
    }
}
