using System.Globalization;
using System.Text.Json.Nodes;

namespace OutlookClientCare.GraphSandbox.Data;

/// <summary>Moves seeded dates by whole weeks (see <see cref="SandboxTenant.FromJson"/>).</summary>
internal static class SeedShift
{
    private static readonly string[] MessageInstants = ["createdDateTime", "lastModifiedDateTime", "receivedDateTime", "sentDateTime"];
    private static readonly string[] FlagTimes = ["startDateTime", "dueDateTime", "completedDateTime"];

    /// <summary>Days from the anchor's week to the target's week (Monday-based), always a multiple of seven.</summary>
    public static int DaysToShift(DateOnly anchor, DateOnly target) =>
        MondayOf(target).DayNumber - MondayOf(anchor).DayNumber;

    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    public static void Message(JsonObject message, int days)
    {
        if (days == 0)
        {
            return;
        }

        ShiftInstants(message, MessageInstants, days);
        if (message["flag"] is JsonObject flag)
        {
            foreach (var name in FlagTimes)
            {
                ShiftWallClock(flag[name] as JsonObject, days);
            }
        }
    }

    public static void Event(JsonObject calendarEvent, int days)
    {
        if (days == 0)
        {
            return;
        }

        ShiftInstants(calendarEvent, ["createdDateTime", "lastModifiedDateTime"], days);
        ShiftWallClock(calendarEvent["start"] as JsonObject, days);
        ShiftWallClock(calendarEvent["end"] as JsonObject, days);
        if (calendarEvent["recurrence"]?["range"] is JsonObject range)
        {
            ShiftDate(range, "startDate", days);
            ShiftDate(range, "endDate", days);
        }

        if (calendarEvent["cancelledOccurrences"] is JsonArray cancelled)
        {
            for (var i = 0; i < cancelled.Count; i++)
            {
                var text = JsonRead.Text(cancelled[i]);
                if (text is not null && CancelledOccurrence.TryParse(text, out var seriesId, out var date))
                {
                    cancelled[i] = CancelledOccurrence.Format(seriesId, date.AddDays(days));
                }
            }
        }
    }

    private static void ShiftInstants(JsonObject item, string[] names, int days)
    {
        foreach (var name in names)
        {
            if (GraphTime.TryParseInstant(JsonRead.Text(item[name]), out var instant))
            {
                item[name] = GraphTime.FormatInstant(instant.AddDays(days));
            }
        }
    }

    private static void ShiftWallClock(JsonObject? dateTimeTimeZone, int days)
    {
        if (dateTimeTimeZone is not null && GraphTime.TryParseLocal(JsonRead.Text(dateTimeTimeZone["dateTime"]), out var local))
        {
            dateTimeTimeZone["dateTime"] = GraphTime.FormatLocal(local.AddDays(days));
        }
    }

    private static void ShiftDate(JsonObject item, string name, int days)
    {
        if (DateOnly.TryParseExact(JsonRead.Text(item[name]), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            item[name] = date.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
    }
}

/// <summary>Graph's spelling of a cancelled occurrence: "OID.{seriesMasterId}.{yyyy-MM-dd}".</summary>
internal static class CancelledOccurrence
{
    public static string Format(string seriesMasterId, DateOnly date) =>
        $"OID.{seriesMasterId}.{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    public static bool TryParse(string text, out string seriesMasterId, out DateOnly date)
    {
        seriesMasterId = "";
        date = default;
        var lastDot = text.LastIndexOf('.');
        if (!text.StartsWith("OID.", StringComparison.Ordinal) || lastDot <= 4)
        {
            return false;
        }

        seriesMasterId = text[4..lastDot];
        return DateOnly.TryParseExact(text[(lastDot + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
