namespace OutlookClientCare.Core.TimeBlocks;

/// <summary>Wall clock time in one zone to instants and back, with RFC 5545's rules for DST edges.</summary>
internal static class ZoneTime
{
    /// <summary>
    /// UTC ticks of a local wall time. A time in the spring gap is read with the offset before the
    /// gap (02:30 becomes 03:30); an autumn time that happens twice means its first occurrence.
    /// </summary>
    public static long ToUtcTicks(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
        {
            offset = zone.GetUtcOffset(local.AddHours(-6));
        }
        else if (zone.IsAmbiguousTime(local))
        {
            offset = zone.GetAmbiguousTimeOffsets(local).Max();
        }
        else
        {
            offset = zone.GetUtcOffset(local);
        }

        return local.Ticks - offset.Ticks;
    }

    public static DateTimeOffset ToLocal(long utcTicks, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(utcTicks, TimeSpan.Zero), zone);
}
