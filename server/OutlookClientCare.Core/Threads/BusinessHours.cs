namespace OutlookClientCare.Core.Threads;

/// <summary>Working hours elapsed between two instants, counted on the user's wall clock.</summary>
public static class BusinessHours
{
    private const int MaxDays = 3660;

    public static double Between(DateTimeOffset from, DateTimeOffset to, TimeZoneInfo timeZone, WorkingHours hours)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        ArgumentNullException.ThrowIfNull(hours);
        if (to <= from || hours.End <= hours.Start || hours.Days.Count == 0)
        {
            return 0;
        }

        var start = TimeZoneInfo.ConvertTime(from, timeZone).DateTime;
        var end = TimeZoneInfo.ConvertTime(to, timeZone).DateTime;
        if ((end - start).TotalDays > MaxDays)
        {
            start = end.AddDays(-MaxDays);
        }

        var total = TimeSpan.Zero;
        for (var day = start.Date; day <= end.Date; day = day.AddDays(1))
        {
            if (!hours.Days.Contains(day.DayOfWeek))
            {
                continue;
            }

            var open = day + hours.Start.ToTimeSpan();
            var close = day + hours.End.ToTimeSpan();
            var overlapStart = open > start ? open : start;
            var overlapEnd = close < end ? close : end;
            if (overlapEnd > overlapStart)
            {
                total += overlapEnd - overlapStart;
            }
        }

        return total.TotalHours;
    }
}
