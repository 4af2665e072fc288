using System.Globalization;
using System.Text.Json;
using OutlookClientCare.Core.TimeBlocks;

namespace OutlookClientCare.Core.Calendars;

/// <summary>
/// Busy time from a Graph calendarView page: {"value":[event...]} with start/end {dateTime, timeZone},
/// showAs, isAllDay, isCancelled. Errors name the event and field, e.g. "value[3].start.timeZone".
/// </summary>
public static class CalendarViewJson
{
    public const int MaxEvents = 100_000;

    public static IReadOnlyList<BusyEvent> ReadBusy(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("a calendarView page is an object with a \"value\" array of events");
        }

        var result = new List<BusyEvent>();
        var index = 0;
        if (value.GetArrayLength() > MaxEvents)
        {
            throw new FormatException($"more than {MaxEvents.ToString("N0", CultureInfo.InvariantCulture)} events in one calendarView page");
        }

        foreach (var item in value.EnumerateArray())
        {
            result.Add(ReadEvent(item, $"value[{index++}]"));
        }

        return result;
    }

    private static BusyEvent ReadEvent(JsonElement item, string path)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"{path} must be an event object");
        }

        var isAllDay = Flag(item, "isAllDay", path);
        var showAs = ReadShowAs(item, path);
        var id = item.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString() : null;
        var (startLocal, startZone) = DateTimeTimeZone(item, "start", path);
        var (endLocal, endZone) = DateTimeTimeZone(item, "end", path);
        if (isAllDay)
        {
            return BusyEvent.AllDay(DateOnly.FromDateTime(startLocal), DateOnly.FromDateTime(endLocal), showAs) with
            {
                IsCancelled = Flag(item, "isCancelled", path),
                Id = id,
            };
        }

        var start = new DateTimeOffset(ZoneTime.ToUtcTicks(startLocal, startZone), TimeSpan.Zero);
        var end = new DateTimeOffset(ZoneTime.ToUtcTicks(endLocal, endZone), TimeSpan.Zero);
        return new BusyEvent(start, end, showAs) { IsCancelled = Flag(item, "isCancelled", path), Id = id };
    }

    private static (DateTime Local, TimeZoneInfo Zone) DateTimeTimeZone(JsonElement item, string name, string path)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"{path}.{name} must be {{\"dateTime\":...,\"timeZone\":...}}");
        }

        var text = value.TryGetProperty("dateTime", out var dateTime) && dateTime.ValueKind == JsonValueKind.String ? dateTime.GetString() : null;
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            throw new FormatException($"{path}.{name}.dateTime must be an ISO-8601 date and time, not '{text}'");
        }

        var zoneId = value.TryGetProperty("timeZone", out var zoneValue) && zoneValue.ValueKind == JsonValueKind.String ? zoneValue.GetString() : "UTC";
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId ?? "UTC", out var zone))
        {
            throw new FormatException($"{path}.{name}.timeZone: unknown time zone '{zoneId}'");
        }

        return (DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
    }

    private static ShowAs ReadShowAs(JsonElement item, string path)
    {
        if (!item.TryGetProperty("showAs", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return ShowAs.Busy;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return text switch
        {
            "free" => ShowAs.Free,
            "tentative" => ShowAs.Tentative,
            "busy" => ShowAs.Busy,
            "oof" => ShowAs.Oof,
            "workingElsewhere" => ShowAs.WorkingElsewhere,
            "unknown" => ShowAs.Unknown,
            _ => throw new FormatException($"{path}.showAs must be free, tentative, busy, oof, workingElsewhere or unknown, not '{text ?? value.GetRawText()}'"),
        };
    }

    private static bool Flag(JsonElement item, string name, string path) =>
        !item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null
            ? false
            : value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw new FormatException($"{path}.{name} must be true or false"),
            };
}
