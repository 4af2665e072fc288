using OutlookClientCare.Core.Calendars;
using OutlookClientCare.Core.TimeBlocks;

namespace OutlookClientCare.Core.Tests.Calendars;

public class IcsImportTests
{
    private static readonly DateTimeOffset From = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static string Ics(params string[] lines) =>
        string.Join("\r\n", ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", .. lines, "END:VCALENDAR"]);

    private static string Event(params string[] lines) => string.Join("\r\n", ["BEGIN:VEVENT", .. lines, "END:VEVENT"]);

    [Fact]
    public void A_weekly_meeting_is_expanded_at_its_wall_time_across_the_clock_change_with_exceptions_and_a_moved_instance()
    {
        var ics = Ics(
            Event("UID:weekly", "DTSTART;TZID=Europe/Berlin:20260316T100000", "DTEND;TZID=Europe/Berlin:20260316T110000",
                "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=5", "EXDATE;TZID=Europe/Berlin:20260323T100000"),
            Event("UID:weekly", "RECURRENCE-ID;TZID=Europe/Berlin:20260406T100000", "DTSTART;TZID=Europe/Berlin:20260407T140000", "DTEND;TZID=Europe/Berlin:20260407T150000"));

        var busy = IcsImport.ReadBusy(ics, From, To);

        Assert.Equal(
            ["2026-03-16T09:00Z", "2026-03-30T08:00Z", "2026-04-07T12:00Z", "2026-04-13T08:00Z"],
            busy.Select(b => b.Start.UtcDateTime.ToString("yyyy-MM-ddTHH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(busy, b => Assert.Equal(TimeSpan.FromHours(1), b.End - b.Start));
        Assert.All(busy, b => Assert.Equal("weekly", b.Id));
    }

    [Fact]
    public void Rdate_and_duration_add_instances_of_the_right_length()
    {
        var ics = Ics(Event("UID:r", "DTSTART:20260302T080000Z", "DURATION:PT45M", "RDATE:20260304T120000Z,20260305T120000Z"));

        var busy = IcsImport.ReadBusy(ics, From, To);

        Assert.Equal(3, busy.Count);
        Assert.All(busy, b => Assert.Equal(TimeSpan.FromMinutes(45), b.End - b.Start));
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 12, 0, 0, TimeSpan.Zero), busy[2].Start);
    }

    [Fact]
    public void Transparency_status_and_outlooks_busy_status_become_show_as()
    {
        var ics = Ics(
            Event("UID:a", "DTSTART:20260302T080000Z", "DTEND:20260302T090000Z", "TRANSP:TRANSPARENT"),
            Event("UID:b", "DTSTART:20260302T100000Z", "DTEND:20260302T110000Z", "STATUS:TENTATIVE"),
            Event("UID:c", "DTSTART:20260302T120000Z", "DTEND:20260302T130000Z", "STATUS:CANCELLED"),
            Event("UID:d", "DTSTART:20260302T140000Z", "DTEND:20260302T150000Z", "X-MICROSOFT-CDO-BUSYSTATUS:OOF"),
            Event("UID:e", "DTSTART:20260302T160000Z", "DTEND:20260302T170000Z"));

        var busy = IcsImport.ReadBusy(ics, From, To);

        Assert.Equal(
            [("a", ShowAs.Free, false), ("b", ShowAs.Tentative, false), ("c", ShowAs.Busy, true), ("d", ShowAs.Oof, false), ("e", ShowAs.Busy, false)],
            busy.Select(b => (b.Id!, b.ShowAs, b.IsCancelled)));
    }

    [Fact]
    public void All_day_dates_become_all_day_events_and_floating_times_are_read_in_the_users_zone()
    {
        var ics = Ics(
            Event("UID:day", "DTSTART;VALUE=DATE:20260310", "DTEND;VALUE=DATE:20260312"),
            Event("UID:floating", "DTSTART:20260402T090000", "DTEND:20260402T100000"));

        var busy = IcsImport.ReadBusy(ics, From, To, Berlin);

        var day = Assert.Single(busy, b => b.Id == "day");
        Assert.True(day.IsAllDay);
        Assert.Equal(BusyEvent.AllDay(new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 12)) with { Id = "day" }, day);
        Assert.Equal(new DateTimeOffset(2026, 4, 2, 9, 0, 0, TimeSpan.FromHours(2)), busy.Single(b => b.Id == "floating").Start);
    }

    [Fact]
    public void Floating_times_follow_the_feeds_own_x_wr_timezone()
    {
        var ics = Ics("X-WR-TIMEZONE:America/New_York", Event("UID:f", "DTSTART:20260402T090000", "DTEND:20260402T100000"));

        var busy = IcsImport.ReadBusy(ics, From, To, Berlin);

        Assert.Equal(new DateTimeOffset(2026, 4, 2, 13, 0, 0, TimeSpan.Zero), Assert.Single(busy).Start);
    }

    [Fact]
    public void A_bare_vevent_without_a_calendar_around_it_is_still_read()
    {
        var busy = IcsImport.ReadBusy(Event("UID:bare", "DTSTART:20260302T080000Z", "DTEND:20260302T090000Z"), From, To);

        Assert.Equal("bare", Assert.Single(busy).Id);
    }

    [Fact]
    public void Holiday_feeds_give_every_all_day_date_and_ignore_timed_events()
    {
        var ics = Ics(
            Event("UID:easter", "DTSTART;VALUE=DATE:20260403", "DTEND;VALUE=DATE:20260407", "TRANSP:TRANSPARENT"),
            Event("UID:may", "DTSTART;VALUE=DATE:20260501", "RRULE:FREQ=YEARLY", "TRANSP:TRANSPARENT"),
            Event("UID:party", "DTSTART:20260410T150000Z", "DTEND:20260410T180000Z"));

        var days = IcsImport.ReadHolidays(ics, new DateOnly(2026, 4, 1), new DateOnly(2027, 6, 1));

        Assert.Equal(
            [new(2026, 4, 3), new(2026, 4, 4), new(2026, 4, 5), new(2026, 4, 6), new(2026, 5, 1), new DateOnly(2027, 5, 1)],
            days.Order());
    }

    [Theory]
    [InlineData("", null, "the file is empty")]
    [InlineData("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:2025-99-99\r\nEND:VEVENT\r\nEND:VCALENDAR", 4, "DTSTART value '2025-99-99' is not an iCalendar date")]
    [InlineData("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260230T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR", 3, "DTSTART value '20260230T100000Z'")]
    [InlineData("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260302T100000Z\r\nEND:VTODO\r\nEND:VCALENDAR", 4, "END:VTODO does not close BEGIN:VEVENT from line 2")]
    [InlineData("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260302T100000Z\r\nEND:VEVENT", 1, "BEGIN:VCALENDAR is never closed")]
    [InlineData("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:no start\r\nEND:VEVENT\r\nEND:VCALENDAR", 2, "VEVENT without a valid DTSTART")]
    [InlineData("BEGIN:VCALENDAR\r\nthis is not ical\r\nEND:VCALENDAR", 2, "not an iCalendar content line")]
    [InlineData("<html><body>404</body></html>", 1, "not an iCalendar content line")]
    [InlineData("BEGIN:VCARD\r\nEND:VCARD", 1, "expected BEGIN:VCALENDAR")]
    [InlineData("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260302T100000Z\r\nRRULE:FREQ=MINUTELY\r\nEND:VEVENT\r\nEND:VCALENDAR", 4, "RRULE with a secondly or minutely frequency")]
    public void A_broken_file_gives_the_reason_and_the_line(string ics, int? line, string reason)
    {
        var error = Assert.Throws<IcsFormatException>(() => IcsImport.ReadBusy(ics, From, To));

        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_that_never_matches_fails_quickly_instead_of_searching_forever()
    {
        var ics = Ics(Event("UID:feb30", "DTSTART:20260101T100000Z", "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"));

        var error = Assert.Throws<IcsFormatException>(() => IcsImport.ReadBusy(ics, From, To));

        Assert.Contains("never matches", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_occurrences_are_refused_with_a_clear_error()
    {
        var ics = Ics(Event("UID:hourly", "DTSTART:20260101T000000Z", "DURATION:PT5M", "RRULE:FREQ=HOURLY"));

        var error = Assert.Throws<IcsFormatException>(() => IcsImport.ReadBusy(ics, From, From.AddYears(12)));

        Assert.Contains("more than 100,000 occurrences", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_components_and_too_deep_nesting_are_refused()
    {
        var many = Ics([.. Enumerable.Range(0, IcsPreCheck.MaxComponents + 1).Select(i => Event($"UID:{i}", "DTSTART:20260302T080000Z"))]);
        var deep = Ics(string.Concat(Enumerable.Repeat("BEGIN:VEVENT\r\n", 10)) + "DTSTART:20260302T080000Z\r\n" + string.Concat(Enumerable.Repeat("END:VEVENT\r\n", 10)).TrimEnd());

        Assert.Contains("more than 20,000 components", Assert.Throws<IcsFormatException>(() => IcsImport.ReadBusy(many, From, To)).Reason, StringComparison.Ordinal);
        Assert.Contains("nested deeper", Assert.Throws<IcsFormatException>(() => IcsImport.ReadBusy(deep, From, To)).Reason, StringComparison.Ordinal);
    }
}
