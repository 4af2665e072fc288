namespace OutlookClientCare.Core.TimeBlocks;

/// <summary>The daily client-response block itself.</summary>
public sealed record BlockSettings
{
    public int Minutes { get; init; } = 60;

    public TimeOnly WindowStart { get; init; } = new(9, 0);

    public TimeOnly WindowEnd { get; init; } = new(12, 0);

    /// <summary>A fragmented day still gets a shorter block of at least this length.</summary>
    public int MinMinutes { get; init; } = 30;

    public int BufferMinutes { get; init; } = 10;

    /// <summary>Kept free right after the block (a short break); 0 for none.</summary>
    public int BreakMinutes { get; init; }

    public string Title { get; init; } = "Client responses";
}

/// <summary>What the planner needs to know about one user (see client-care-method.md, step 8).</summary>
public sealed record TimeBlockSettings
{
    public const int MaxHorizonDays = 366;

    /// <summary>IANA ("Europe/Berlin") or Windows ("W. Europe Standard Time") id.</summary>
    public required string TimeZoneId { get; init; }

    public WorkingHours WorkingHours { get; init; } = WorkingHours.MondayToFriday(new(8, 0), new(17, 0));

    public BlockSettings Block { get; init; } = new();

    /// <summary>Whether tentative events keep the block away (they do by default).</summary>
    public bool TentativeBlocks { get; init; } = true;

    public int HorizonDays { get; init; } = 10;

    /// <summary>Errors that name the field in the JSON shape of the settings; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!TryResolveTimeZone(TimeZoneId, out _))
        {
            errors.Add($"timeZone: unknown time zone '{TimeZoneId}' (use an IANA id such as Europe/Berlin or a Windows id)");
        }

        if (WorkingHours.DaysOfWeek.Count == 0)
        {
            errors.Add("workingHours.daysOfWeek must name at least one day");
        }

        if (WorkingHours.End <= WorkingHours.Start)
        {
            errors.Add("workingHours.endTime must be after workingHours.startTime (working hours across midnight are not supported)");
        }

        var block = Block;
        if (block.Minutes is < 15 or > 240)
        {
            errors.Add("block.minutes must be between 15 and 240");
        }

        if (block.MinMinutes < 5 || block.MinMinutes > block.Minutes)
        {
            errors.Add("block.minMinutes must be between 5 and block.minutes");
        }

        if (block.BufferMinutes is < 0 or > 120)
        {
            errors.Add("block.bufferMinutes must be between 0 and 120");
        }

        if (block.BreakMinutes is < 0 or > 60)
        {
            errors.Add("block.breakMinutes must be between 0 and 60");
        }

        if (block.WindowEnd <= block.WindowStart)
        {
            errors.Add("block.windowEnd must be after block.windowStart");
        }

        if (string.IsNullOrWhiteSpace(block.Title) || block.Title.Length > 255)
        {
            errors.Add("block.title must be 1 to 255 characters");
        }

        if (HorizonDays is < 1 or > MaxHorizonDays)
        {
            errors.Add($"horizonDays must be between 1 and {MaxHorizonDays}");
        }

        return errors;
    }

    public TimeZoneInfo ResolveTimeZone() =>
        TryResolveTimeZone(TimeZoneId, out var zone)
            ? zone
            : throw new ArgumentException($"timeZone: unknown time zone '{TimeZoneId}'", nameof(TimeZoneId));

    /// <summary>
    /// Settings from Graph's mailboxSettings: <paramref name="timeZone"/> is mailboxSettings.timeZone,
    /// the rest is workingHours ("monday", "08:00:00.0000000"). Working hours carry their own zone
    /// in Graph; when it is a known zone it wins, because the hours are wall times in that zone.
    /// </summary>
    public static TimeBlockSettings FromMailboxSettings(
        string timeZone,
        IEnumerable<string> daysOfWeek,
        string startTime,
        string endTime,
        string? workingHoursTimeZone = null,
        BlockSettings? block = null)
    {
        ArgumentNullException.ThrowIfNull(daysOfWeek);
        var zone = workingHoursTimeZone is not null && TryResolveTimeZone(workingHoursTimeZone, out _) ? workingHoursTimeZone : timeZone;
        var days = daysOfWeek.Select(d => ParseDay(d) ?? throw new FormatException($"workingHours.daysOfWeek: unknown day '{d}'")).Distinct().Order().ToList();
        return new TimeBlockSettings
        {
            TimeZoneId = zone,
            WorkingHours = new WorkingHours(
                days,
                ParseTime(startTime) ?? throw new FormatException($"workingHours.startTime: '{startTime}' is not a time such as 08:00"),
                ParseTime(endTime) ?? throw new FormatException($"workingHours.endTime: '{endTime}' is not a time such as 17:00")),
            Block = block ?? new BlockSettings(),
        };
    }

    internal static bool TryResolveTimeZone(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        return !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out zone!);
    }

    internal static DayOfWeek? ParseDay(string? text) => OutlookSettings.ParseDay(text);

    internal static TimeOnly? ParseTime(string? text) => OutlookSettings.ParseTime(text);

    /// <summary>
    /// The planner's settings from Outlook's: its zone and working hours (Monday to Friday 08:00 to
    /// 17:00 when Outlook has none), with the given block.
    /// </summary>
    public static TimeBlockSettings FromOutlook(OutlookSettings outlook, BlockSettings? block = null)
    {
        ArgumentNullException.ThrowIfNull(outlook);
        return new TimeBlockSettings
        {
            TimeZoneId = outlook.TimeZoneId,
            WorkingHours = outlook.WorkingHours ?? WorkingHours.MondayToFriday(new(8, 0), new(17, 0)),
            Block = block ?? new BlockSettings(),
        };
    }
}
