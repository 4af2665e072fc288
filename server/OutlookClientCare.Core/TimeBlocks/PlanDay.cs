namespace OutlookClientCare.Core.TimeBlocks;

/// <summary>One day of the horizon: its working hours and window as UTC ticks, and what blocks it.</summary>
internal sealed class PlanDay
{
    private List<(long Start, long End)>? _busy;

    public PlanDay(DateOnly date, bool isWorkingDay, long workStart, long workEnd, long windowStart, long windowEnd)
    {
        Date = date;
        IsWorkingDay = isWorkingDay;
        WorkStart = workStart;
        WorkEnd = workEnd;
        WindowStart = Math.Max(windowStart, workStart);
        WindowEnd = Math.Min(windowEnd, workEnd);
    }

    public DateOnly Date { get; }

    public bool IsWorkingDay { get; }

    public long WorkStart { get; }

    public long WorkEnd { get; }

    public long WindowStart { get; }

    public long WindowEnd { get; }

    public bool IsHoliday { get; set; }

    public bool IsOutOfOffice { get; set; }

    public bool IsBusyAllDay { get; set; }

    /// <summary>Busy intervals including the buffer, in the order of their start.</summary>
    public IReadOnlyList<(long Start, long End)> Busy => _busy ?? [];

    public void AddBusy(long start, long end) => (_busy ??= []).Add((start, end));

    public string? UnavailableReason =>
        !IsWorkingDay ? "day off"
        : IsHoliday ? "holiday"
        : IsOutOfOffice ? "out-of-office"
        : IsBusyAllDay ? "busy all day"
        : null;

    public bool IsFree(long start, long end)
    {
        foreach (var (busyStart, busyEnd) in Busy)
        {
            if (busyStart >= end)
            {
                break;
            }

            if (busyEnd > start)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Free stretches of the working day, trimmed to whole 5-minute steps.</summary>
    public List<(long Start, long End)> FreeGaps()
    {
        var gaps = new List<(long, long)>();
        var cursor = WorkStart;
        foreach (var (start, end) in Busy)
        {
            if (start > cursor)
            {
                AddGap(gaps, cursor, Math.Min(start, WorkEnd));
            }

            cursor = Math.Max(cursor, end);
            if (cursor >= WorkEnd)
            {
                break;
            }
        }

        AddGap(gaps, cursor, WorkEnd);
        return gaps;
    }

    private static void AddGap(List<(long, long)> gaps, long start, long end)
    {
        var alignedStart = (start + Step - 1) / Step * Step;
        var alignedEnd = end / Step * Step;
        if (alignedEnd > alignedStart)
        {
            gaps.Add((alignedStart, alignedEnd));
        }
    }

    private const long Step = 5 * TimeSpan.TicksPerMinute;
}
