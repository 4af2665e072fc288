namespace OutlookClientCare.Core;

/// <summary>How German text addresses the client ("Sie" or "du"); English has no form. Printed "sie" / "du".</summary>
public enum AddressForm
{
    Sie,
    Du,
}

/// <summary>
/// The user's working week: the days and the wall-clock hours of each, in the shape of Graph's
/// mailboxSettings.workingHours. The thread analysis counts waiting time in it and the planner
/// books blocks inside it; the time zone the hours are read in travels beside it.
/// </summary>
public sealed record WorkingHours
{
    public WorkingHours(IEnumerable<DayOfWeek> days, TimeOnly start, TimeOnly end)
    {
        ArgumentNullException.ThrowIfNull(days);
        DaysOfWeek = [.. days.Distinct()];
        Days = DaysOfWeek.ToHashSet();
        Start = start;
        End = end;
    }

    /// <summary>Monday to Friday, 09:00 to 17:00: what the analysis assumes when Outlook says nothing.</summary>
    public static WorkingHours Default { get; } = MondayToFriday(new TimeOnly(9, 0), new TimeOnly(17, 0));

    /// <summary>The working days, for lookups.</summary>
    public IReadOnlySet<DayOfWeek> Days { get; }

    /// <summary>The working days in the order they were given (the order settings documents print).</summary>
    public IReadOnlyList<DayOfWeek> DaysOfWeek { get; }

    public TimeOnly Start { get; }

    public TimeOnly End { get; }

    public static WorkingHours MondayToFriday(TimeOnly start, TimeOnly end) =>
        new([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], start, end);

    public bool Equals(WorkingHours? other) =>
        other is not null && Start == other.Start && End == other.End && Days.SetEquals(other.Days);

    public override int GetHashCode() =>
        HashCode.Combine(Start, End, Days.Aggregate(0, (bits, day) => bits | (1 << (int)day)));
}
