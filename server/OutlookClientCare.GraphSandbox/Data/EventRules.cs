using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace OutlookClientCare.GraphSandbox.Data;

/// <summary>What makes an event acceptable, and where it sits in time.</summary>
internal static class EventRules
{
    private static readonly string[] PatternTypes = ["daily", "weekly", "absoluteMonthly", "relativeMonthly", "absoluteYearly", "relativeYearly"];
    private static readonly string[] RangeTypes = ["endDate", "noEnd", "numbered"];

    /// <summary>Checks start, end and recurrence, and rewrites dateTime values in Graph's seven-digit form.</summary>
    public static GraphProblem? Validate(JsonObject calendarEvent, bool requireTimes)
    {
        foreach (var name in (string[])["start", "end"])
        {
            var node = calendarEvent[name];
            if (node is null)
            {
                if (requireTimes)
                {
                    return GraphProblem.InvalidRequest($"Your request can't be completed. The property '{name}' is required.");
                }

                continue;
            }

            if (node is not JsonObject time || !GraphTime.TryParseLocal(JsonRead.Text(time["dateTime"]), out var local))
            {
                return GraphProblem.BadRequest($"Cannot convert the literal in '{name}.dateTime' to the expected type 'Edm.String' date and time.");
            }

            var zoneName = JsonRead.Text(time["timeZone"]) ?? "UTC";
            if (GraphTime.FindZone(zoneName) is null)
            {
                return new GraphProblem(400, "TimeZoneNotSupportedException", $"A valid TimeZone value must be specified. The following TimeZone value is not supported: '{zoneName}'.");
            }

            time["dateTime"] = GraphTime.FormatLocal(local);
            time["timeZone"] = zoneName;
        }

        if (calendarEvent["start"] is JsonObject && calendarEvent["end"] is JsonObject && End(calendarEvent) < Start(calendarEvent))
        {
            return GraphProblem.InvalidRequest("Your request can't be completed. The end time must be on or after the start time.");
        }

        return calendarEvent["recurrence"] is JsonObject recurrence ? ValidateRecurrence(recurrence) : null;
    }

    public static DateTimeOffset Start(JsonObject calendarEvent, TimeZoneInfo? floatingZone = null) =>
        Instant((JsonObject)calendarEvent["start"]!, IsAllDay(calendarEvent) ? floatingZone : null);

    public static DateTimeOffset End(JsonObject calendarEvent, TimeZoneInfo? floatingZone = null) =>
        Instant((JsonObject)calendarEvent["end"]!, IsAllDay(calendarEvent) ? floatingZone : null);

    public static bool IsAllDay(JsonObject calendarEvent) => JsonRead.Bool(calendarEvent["isAllDay"]) ?? false;

    public static TimeZoneInfo Zone(JsonObject dateTimeTimeZone) =>
        GraphTime.FindZone(JsonRead.Text(dateTimeTimeZone["timeZone"])) ?? TimeZoneInfo.Utc;

    public static DateTime WallClock(JsonObject dateTimeTimeZone) =>
        GraphTime.TryParseLocal(JsonRead.Text(dateTimeTimeZone["dateTime"]), out var local) ? local : default;

    /// <summary>All-day events float: midnight wherever the viewer is, so their instant depends on the view's zone.</summary>
    private static DateTimeOffset Instant(JsonObject dateTimeTimeZone, TimeZoneInfo? floatingZone) =>
        GraphTime.ToInstant(WallClock(dateTimeTimeZone), floatingZone ?? Zone(dateTimeTimeZone));

    private static GraphProblem? ValidateRecurrence(JsonObject recurrence)
    {
        var patternType = JsonRead.Text(recurrence["pattern"]?["type"]);
        var rangeType = JsonRead.Text(recurrence["range"]?["type"]);
        if (patternType is null || !PatternTypes.Contains(patternType))
        {
            return GraphProblem.BadRequest($"Invalid recurrence pattern type '{patternType}'.");
        }

        if (rangeType is null || !RangeTypes.Contains(rangeType))
        {
            return GraphProblem.BadRequest($"Invalid recurrence range type '{rangeType}'.");
        }

        if (!DateOnly.TryParseExact(JsonRead.Text(recurrence["range"]?["startDate"]), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return GraphProblem.BadRequest("The recurrence range needs a startDate (yyyy-MM-dd).");
        }

        return null;
    }
}

/// <summary>
/// Occurrence ids decode to their series and date, so GET/DELETE on an occurrence needs no stored copy.
/// Graph's own occurrence ids are opaque too; nothing may parse them, and our product does not.
/// </summary>
internal static class OccurrenceId
{
    private const string Marker = "occ|";

    public static string Format(string seriesMasterId, DateOnly date) =>
        "AAMk" + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Marker + seriesMasterId + "|" + date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)));

    public static bool TryParse(string id, out string seriesMasterId, out DateOnly date)
    {
        seriesMasterId = "";
        date = default;
        if (!id.StartsWith("AAMk", StringComparison.Ordinal) || id.Length > 512)
        {
            return false;
        }

        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(id.AsSpan(4)));
        }
        catch (FormatException)
        {
            return false;
        }

        var parts = text.Split('|');
        if (parts.Length != 3 || parts[0] + "|" != Marker)
        {
            return false;
        }

        seriesMasterId = parts[1];
        return DateOnly.TryParseExact(parts[2], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
