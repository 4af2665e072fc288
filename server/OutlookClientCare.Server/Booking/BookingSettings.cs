using System.Globalization;
using System.Text.Json;
using OutlookClientCare.Core;
using OutlookClientCare.Core.Threads;
using OutlookClientCare.Core.TimeBlocks;
using OutlookClientCare.Server.Identity;

namespace OutlookClientCare.Server.Booking;

public enum SettingsSource
{
    /// <summary>The user saved these settings.</summary>
    Stored,

    /// <summary>Nothing saved yet: derived from Outlook's mailbox settings.</summary>
    MailboxDefaults,
}

/// <summary>The settings document of GET/PUT /api/timeblocks/settings: the plan contract's settings plus autoBooking and language.</summary>
public sealed record TimeBlockSettingsDocument(
    string TimeZone,
    WorkingHoursDocument WorkingHours,
    BlockDocument Block,
    bool TentativeBlocks,
    int HorizonDays,
    bool AutoBooking,
    string Language,
    SettingsSource Source,
    bool WorkingHoursFromOutlook);

public sealed record WorkingHoursDocument(IReadOnlyList<string> DaysOfWeek, string StartTime, string EndTime);

public sealed record BlockDocument(int Minutes, string WindowStart, string WindowEnd, int MinMinutes, int BufferMinutes, int BreakMinutes, string Title);

/// <summary>Reading, validating and converting a user's block settings.</summary>
public static class BookingSettings
{
    public static readonly string[] Languages = ["de", "en"];

    public static TimeBlockSettings ToPlannerSettings(BookingUser row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new TimeBlockSettings
        {
            TimeZoneId = row.TimeZoneId,
            WorkingHours = new Core.WorkingHours(
                [.. row.WorkingDays.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(d => Enum.Parse<DayOfWeek>(d, ignoreCase: true))],
                row.WorkStart,
                row.WorkEnd),
            Block = new BlockSettings
            {
                Minutes = row.BlockMinutes,
                WindowStart = row.WindowStart,
                WindowEnd = row.WindowEnd,
                MinMinutes = row.MinMinutes,
                BufferMinutes = row.BufferMinutes,
                BreakMinutes = row.BreakMinutes,
                Title = row.Title,
            },
            TentativeBlocks = row.TentativeBlocks,
            HorizonDays = row.HorizonDays,
        };
    }

    public static void Apply(BookingUser row, TimeBlockSettings settings, string language)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(settings);
        row.TimeZoneId = settings.TimeZoneId;
        row.WorkingDays = string.Join(',', settings.WorkingHours.DaysOfWeek.Select(DayName));
        row.WorkStart = settings.WorkingHours.Start;
        row.WorkEnd = settings.WorkingHours.End;
        row.BlockMinutes = settings.Block.Minutes;
        row.WindowStart = settings.Block.WindowStart;
        row.WindowEnd = settings.Block.WindowEnd;
        row.MinMinutes = settings.Block.MinMinutes;
        row.BufferMinutes = settings.Block.BufferMinutes;
        row.BreakMinutes = settings.Block.BreakMinutes;
        row.Title = settings.Block.Title;
        row.TentativeBlocks = settings.TentativeBlocks;
        row.HorizonDays = settings.HorizonDays;
        row.Language = language;
    }

    public static BookingUser NewRow(AppUser user, TimeBlockSettings settings, string language, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        var row = new BookingUser
        {
            TenantId = user.TenantId,
            ObjectId = user.ObjectId,
            UserPrincipalName = user.UserPrincipalName,
            TimeZoneId = "",
            WorkingDays = "",
            Title = "",
            Language = language,
            UpdatedAt = now,
        };
        Apply(row, settings, language);
        return row;
    }

    public static TimeBlockSettingsDocument ToDocument(BookingUser row, SettingsSource source)
    {
        var settings = ToPlannerSettings(row);
        return new TimeBlockSettingsDocument(
            settings.TimeZoneId,
            new WorkingHoursDocument([.. settings.WorkingHours.DaysOfWeek.Select(DayName)], Time(settings.WorkingHours.Start), Time(settings.WorkingHours.End)),
            new BlockDocument(settings.Block.Minutes, Time(settings.Block.WindowStart), Time(settings.Block.WindowEnd), settings.Block.MinMinutes, settings.Block.BufferMinutes, settings.Block.BreakMinutes, settings.Block.Title),
            settings.TentativeBlocks,
            settings.HorizonDays,
            row.AutoBooking,
            row.Language,
            source,
            row.WorkingHoursFromOutlook);
    }

    /// <summary>
    /// Defaults from Outlook: its time zone and working hours (Monday to Friday 08:00-17:00 when it
    /// has none), German texts for a de-* mailbox language and English otherwise.
    /// </summary>
    /// <summary>True when the row's time zone and working hours are what <paramref name="outlook"/> says.</summary>
    public static bool HasHoursOf(BookingUser row, TimeBlockSettings outlook)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(outlook);
        var mine = ToPlannerSettings(row);
        return mine.TimeZoneId == outlook.TimeZoneId && mine.WorkingHours == outlook.WorkingHours;
    }

    /// <summary>Takes Outlook's time zone and working hours; true when that changed the row.</summary>
    public static bool TakeHoursOf(BookingUser row, TimeBlockSettings outlook)
    {
        if (HasHoursOf(row, outlook))
        {
            return false;
        }

        row.TimeZoneId = outlook.TimeZoneId;
        row.WorkingDays = string.Join(',', outlook.WorkingHours.DaysOfWeek.Select(DayName));
        row.WorkStart = outlook.WorkingHours.Start;
        row.WorkEnd = outlook.WorkingHours.End;
        return true;
    }

    public static (TimeBlockSettings Settings, string Language) FromOutlook(OutlookSettings outlook)
    {
        ArgumentNullException.ThrowIfNull(outlook);
        var language = outlook.Language == ThreadLanguage.De ? "de" : "en";
        return (TimeBlockSettings.FromOutlook(outlook, new BlockSettings { Title = BlockText.Subject(language) }), language);
    }

    /// <summary>
    /// Reads a PUT body. Errors are keyed by the JSON field they are about ("block.minutes"), ready
    /// for a ValidationProblem. A missing block.title means the localized default subject.
    /// </summary>
    public static (TimeBlockSettings? Settings, string Language, bool AutoBooking, Dictionary<string, string[]> Errors) Read(string json)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var settings = TimeBlockSettingsJson.Read(json, out var settingsErrors);
        foreach (var error in settingsErrors)
        {
            Add(errors, FieldOf(error), error);
        }

        var language = "en";
        var autoBooking = false;
        var titleGiven = false;
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                language = ReadLanguage(root, errors);
                autoBooking = ReadAutoBooking(root, errors);
                titleGiven = root.TryGetProperty("block", out var block) && block.ValueKind == JsonValueKind.Object
                    && block.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String;
            }
        }
        catch (JsonException)
        {
            // TimeBlockSettingsJson has already reported the broken JSON.
        }

        if (settings is not null && !titleGiven)
        {
            settings = settings with { Block = settings.Block with { Title = BlockText.Subject(language) } };
        }

        return (errors.Count == 0 ? settings : null, language, autoBooking, errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
    }

    private static string ReadLanguage(JsonElement root, Dictionary<string, List<string>> errors)
    {
        if (!root.TryGetProperty("language", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return "en";
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (text is null || !Languages.Contains(text, StringComparer.Ordinal))
        {
            Add(errors, "language", "language must be \"de\" or \"en\"");
            return "en";
        }

        return text;
    }

    private static bool ReadAutoBooking(JsonElement root, Dictionary<string, List<string>> errors)
    {
        if (!root.TryGetProperty("autoBooking", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Add(errors, "autoBooking", "autoBooking must be true or false");
        return false;
    }

    /// <summary>Core's messages start with the field: "block.minutes must ...", "timeZone: unknown ...".</summary>
    private static string FieldOf(string error)
    {
        if (error.StartsWith("invalid JSON", StringComparison.Ordinal) || error.StartsWith("settings must", StringComparison.Ordinal))
        {
            return "$";
        }

        var end = error.IndexOfAny([' ', ':']);
        return end > 0 ? error[..end] : "$";
    }

    private static void Add(Dictionary<string, List<string>> errors, string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add(message);
    }

    private static string DayName(DayOfWeek day) => day.ToString().ToLowerInvariant();

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
