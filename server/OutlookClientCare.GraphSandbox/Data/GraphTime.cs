using System.Globalization;

namespace OutlookClientCare.GraphSandbox.Data;

/// <summary>Graph's date and time spellings, and time zones by IANA or Windows name.</summary>
public static class GraphTime
{
    /// <summary>How Graph writes dateTimeTimeZone.dateTime: local wall clock with seven fraction digits.</summary>
    public const string LocalFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff";

    public static string FormatLocal(DateTime wallClock) =>
        wallClock.ToString(LocalFormat, CultureInfo.InvariantCulture);

    /// <summary>UTC instants as Graph writes them on messages: "2018-09-09T03:15:08Z" (fractions only when present).</summary>
    public static string FormatInstant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    public static bool TryParseInstant(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 64)
        {
            return false;
        }

        return DateTimeOffset.TryParse(
            text,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out instant);
    }

    public static bool TryParseLocal(string? text, out DateTime wallClock)
    {
        wallClock = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 64)
        {
            return false;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return false;
        }

        // dateTimeTimeZone carries its zone separately; an offset inside dateTime is ignored and the clock digits
        // kept. Graph does not document what it does with such an offset.
        wallClock = DateTime.SpecifyKind(parsed.DateTime, DateTimeKind.Unspecified);
        return true;
    }

    /// <summary>Resolves "Europe/Berlin", "W. Europe Standard Time" or "UTC"; null when unknown.</summary>
    public static TimeZoneInfo? FindZone(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 128)
        {
            return null;
        }

        var trimmed = name.Trim();
        if (trimmed.Equals("UTC", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("tzone://Microsoft/Utc", StringComparison.OrdinalIgnoreCase))
        {
            return TimeZoneInfo.Utc;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(trimmed);
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
        catch (InvalidTimeZoneException)
        {
            return null;
        }
    }

    /// <summary>The instant a wall-clock time in a zone stands for; skipped times (spring forward) move forward like Outlook does.</summary>
    public static DateTimeOffset ToInstant(DateTime wallClock, TimeZoneInfo zone)
    {
        var local = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        var offset = zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    public static DateTime ToWallClock(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(instant, zone).DateTime, DateTimeKind.Unspecified);
}
