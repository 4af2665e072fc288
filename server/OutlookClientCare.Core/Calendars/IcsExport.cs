using System.Security.Cryptography;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using OutlookClientCare.Core.TimeBlocks;
using IcalCalendar = Ical.Net.Calendar;

namespace OutlookClientCare.Core.Calendars;

/// <summary>
/// Planned blocks as an .ics file: wall times with a TZID and its VTIMEZONE, UIDs that stay the same
/// for the same user and day (so re-importing updates instead of duplicating), and the DTSTAMP given.
/// </summary>
public static class IcsExport
{
    public const string UidDomain = "outlookclientcare";

    public static string Write(IEnumerable<PlannedBlock> blocks, string timeZoneId, DateTimeOffset dtStamp, string title, string userKey)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(userKey);
        var (tzId, zone) = Resolve(timeZoneId);
        var booked = blocks.Where(b => b.Start is not null && b.End is not null).OrderBy(b => b.Date).ToList();

        var calendar = new IcalCalendar { ProductId = "-//OutlookClientCare//Client-response blocks//EN" };
        var earliest = booked.Count > 0 ? TimeZoneInfo.ConvertTime(booked[0].Start!.Value, zone).DateTime.AddDays(-1) : dtStamp.UtcDateTime;
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(tzId, earliest, includeHistoricalData: false));
        var stamp = new CalDateTime(dtStamp.UtcDateTime, CalDateTime.UtcTzId, hasTime: true);
        foreach (var block in booked)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = Uid(block.Date, userKey),
                DtStamp = stamp,
                DtStart = new CalDateTime(TimeZoneInfo.ConvertTime(block.Start!.Value, zone).DateTime, tzId, hasTime: true),
                DtEnd = new CalDateTime(TimeZoneInfo.ConvertTime(block.End!.Value, zone).DateTime, tzId, hasTime: true),
                Summary = title,
                Transparency = "OPAQUE",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>"{yyyyMMdd}-{first 12 hex digits of SHA-256(user)}@outlookclientcare".</summary>
    public static string Uid(DateOnly date, string userKey) =>
        $"{date:yyyyMMdd}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(userKey)))[..12]}@{UidDomain}";

    /// <summary>VTIMEZONE generation needs the IANA id; a Windows id is translated first.</summary>
    private static (string IanaId, TimeZoneInfo Zone) Resolve(string timeZoneId)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone))
        {
            throw new ArgumentException($"unknown time zone '{timeZoneId}'", nameof(timeZoneId));
        }

        if (zone.HasIanaId)
        {
            return (zone.Id, zone);
        }

        return (TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : zone.Id, zone);
    }
}
