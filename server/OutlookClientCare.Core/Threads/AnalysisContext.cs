namespace OutlookClientCare.Core.Threads;

/// <summary>The user's working week in their own time zone (Graph mailboxSettings.workingHours).</summary>
public sealed record WorkingHours(IReadOnlySet<DayOfWeek> Days, TimeOnly Start, TimeOnly End)
{
    public static WorkingHours Default { get; } = new(
        new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday },
        new TimeOnly(9, 0),
        new TimeOnly(17, 0));
}

/// <summary>
/// Who the user is and when and where the analysis happens. "Now" is explicit so the same
/// thread always gives the same card.
/// </summary>
public sealed record AnalysisContext
{
    public AnalysisContext(string me, DateTimeOffset now, TimeZoneInfo timeZone)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(me);
        ArgumentNullException.ThrowIfNull(timeZone);
        Me = me.Trim();
        Now = now;
        TimeZone = timeZone;
    }

    public string Me { get; }

    public DateTimeOffset Now { get; }

    public TimeZoneInfo TimeZone { get; }

    /// <summary>Other addresses of the user (proxy addresses, shared mailboxes).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public WorkingHours WorkingHours { get; init; } = WorkingHours.Default;

    /// <summary>The language the user reads the card in (reasons, signals); the thread's language when not set.</summary>
    public ThreadLanguage? UserLanguage { get; init; }
}
