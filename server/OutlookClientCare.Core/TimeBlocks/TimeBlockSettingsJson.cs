using System.Text.Json;

namespace OutlookClientCare.Core.TimeBlocks;

/// <summary>
/// Reads the settings JSON of the plan contract (design.md): timeZone, workingHours in Graph's
/// shape, block, and optionally tentativeBlocks and horizonDays. Every problem names its field.
/// </summary>
public static class TimeBlockSettingsJson
{
    /// <summary>The settings, or null with at least one field-named error.</summary>
    public static TimeBlockSettings? Read(string json, out IReadOnlyList<string> errors)
    {
        var problems = new List<string>();
        errors = problems;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            problems.Add($"invalid JSON: {ex.Message}");
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add("settings must be a JSON object");
                return null;
            }

            var timeZone = String(root, "timeZone", "timeZone", problems, required: true);
            var workingHours = ReadWorkingHours(root, problems);
            var block = ReadBlock(root, problems);
            var settings = new TimeBlockSettings
            {
                TimeZoneId = timeZone ?? "",
                WorkingHours = workingHours ?? WorkingHours.MondayToFriday(new(8, 0), new(17, 0)),
                Block = block,
                TentativeBlocks = Bool(root, "tentativeBlocks", "tentativeBlocks", problems) ?? true,
                HorizonDays = Int(root, "horizonDays", "horizonDays", problems) ?? 10,
            };
            if (problems.Count > 0)
            {
                return null;
            }

            problems.AddRange(settings.Validate());
            return problems.Count == 0 ? settings : null;
        }
    }

    /// <summary>
    /// Settings from the JSON of GET /me/mailboxSettings (timeZone, workingHours with its own
    /// timeZone.name), with the given block settings. Null with field-named errors when unusable.
    /// </summary>
    public static TimeBlockSettings? FromMailboxSettings(string mailboxSettingsJson, BlockSettings? block, out IReadOnlyList<string> errors)
    {
        var problems = new List<string>();
        errors = problems;
        try
        {
            using var document = JsonDocument.Parse(mailboxSettingsJson);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add("mailboxSettings must be a JSON object");
                return null;
            }

            var timeZone = String(root, "timeZone", "timeZone", problems, required: true);
            var hours = ReadWorkingHours(root, problems);
            var hoursZone = root.TryGetProperty("workingHours", out var wh) && wh.ValueKind == JsonValueKind.Object
                && wh.TryGetProperty("timeZone", out var tz) && tz.ValueKind == JsonValueKind.Object
                && tz.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
                    ? name.GetString()
                    : null;
            if (problems.Count > 0 || hours is null || timeZone is null)
            {
                return null;
            }

            var settings = TimeBlockSettings.FromMailboxSettings(
                timeZone,
                hours.DaysOfWeek.Select(d => d.ToString()),
                hours.Start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                hours.End.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                hoursZone,
                block);
            problems.AddRange(settings.Validate());
            return problems.Count == 0 ? settings : null;
        }
        catch (JsonException ex)
        {
            problems.Add($"invalid JSON: {ex.Message}");
            return null;
        }
    }

    private static WorkingHours? ReadWorkingHours(JsonElement root, List<string> problems)
    {
        if (!root.TryGetProperty("workingHours", out var hours) || hours.ValueKind != JsonValueKind.Object)
        {
            problems.Add("workingHours is required: {\"daysOfWeek\":[...],\"startTime\":\"08:00\",\"endTime\":\"17:00\"}");
            return null;
        }

        var days = new List<DayOfWeek>();
        if (!hours.TryGetProperty("daysOfWeek", out var dayArray) || dayArray.ValueKind != JsonValueKind.Array)
        {
            problems.Add("workingHours.daysOfWeek must be an array of day names such as \"monday\"");
        }
        else
        {
            foreach (var item in dayArray.EnumerateArray())
            {
                var text = item.ValueKind == JsonValueKind.String ? item.GetString() : item.GetRawText();
                if (TimeBlockSettings.ParseDay(text) is { } day)
                {
                    days.Add(day);
                }
                else
                {
                    problems.Add($"workingHours.daysOfWeek: unknown day '{text}'");
                }
            }
        }

        var start = Time(hours, "startTime", "workingHours.startTime", problems, required: true);
        var end = Time(hours, "endTime", "workingHours.endTime", problems, required: true);
        return start is { } s && end is { } e ? new WorkingHours(days.Distinct().Order().ToList(), s, e) : null;
    }

    private static BlockSettings ReadBlock(JsonElement root, List<string> problems)
    {
        var defaults = new BlockSettings();
        if (!root.TryGetProperty("block", out var block) || block.ValueKind == JsonValueKind.Null)
        {
            return defaults;
        }

        if (block.ValueKind != JsonValueKind.Object)
        {
            problems.Add("block must be an object");
            return defaults;
        }

        return new BlockSettings
        {
            Minutes = Int(block, "minutes", "block.minutes", problems) ?? defaults.Minutes,
            WindowStart = Time(block, "windowStart", "block.windowStart", problems, required: false) ?? defaults.WindowStart,
            WindowEnd = Time(block, "windowEnd", "block.windowEnd", problems, required: false) ?? defaults.WindowEnd,
            MinMinutes = Int(block, "minMinutes", "block.minMinutes", problems) ?? defaults.MinMinutes,
            BufferMinutes = Int(block, "bufferMinutes", "block.bufferMinutes", problems) ?? defaults.BufferMinutes,
            BreakMinutes = Int(block, "breakMinutes", "block.breakMinutes", problems) ?? defaults.BreakMinutes,
            Title = String(block, "title", "block.title", problems, required: false) ?? defaults.Title,
        };
    }

    private static string? String(JsonElement parent, string name, string field, List<string> problems, bool required)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                problems.Add($"{field} is required");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            problems.Add($"{field} must be a string");
            return null;
        }

        return value.GetString();
    }

    private static TimeOnly? Time(JsonElement parent, string name, string field, List<string> problems, bool required)
    {
        var text = String(parent, name, field, problems, required);
        if (text is null)
        {
            return null;
        }

        var time = TimeBlockSettings.ParseTime(text);
        if (time is null)
        {
            problems.Add($"{field} must be a time written HH:mm, not '{text}'");
        }

        return time;
    }

    private static int? Int(JsonElement parent, string name, string field, List<string> problems)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }

        problems.Add($"{field} must be a whole number");
        return null;
    }

    private static bool? Bool(JsonElement parent, string name, string field, List<string> problems)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        problems.Add($"{field} must be true or false");
        return null;
    }
}
