using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using static OutlookClientCare.Server.Tests.Booking.BookingTestKit;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Booking;

public sealed class IcsApiTests
{
    private const string MorningsBusy = """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Test//Team//EN
        BEGIN:VEVENT
        UID:team-mornings@example.test
        DTSTAMP:20261101T000000Z
        DTSTART;TZID=Europe/Berlin:20261130T083000
        DTEND;TZID=Europe/Berlin:20261130T123000
        RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR
        SUMMARY:Team floor duty
        END:VEVENT
        END:VCALENDAR
        """;

    private const string Holiday = """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Test//Holidays//EN
        BEGIN:VEVENT
        UID:holiday-1@example.test
        DTSTAMP:20261101T000000Z
        DTSTART;VALUE=DATE:20261201
        DTEND;VALUE=DATE:20261202
        SUMMARY:Betriebsfeiertag
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """;

    [Fact]
    public async Task TheExportHasStableUidsAVTimezoneForItsTzidAndTheDtstampOfTheClock()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock);
        var anna = app.ClientFor(Anna);
        await PutSettingsAsync(anna, s => s["timeZone"] = "Europe/Berlin");
        await BookAsync(anna);

        var first = await anna.GetAsync("/api/timeblocks/calendar.ics");
        var second = await anna.GetStringAsync("/api/timeblocks/calendar.ics");

        Assert.Equal("text/calendar", first.Content.Headers.ContentType?.MediaType);
        var ics = await first.Content.ReadAsStringAsync();
        Assert.Equal(ics, second);
        Assert.Equal(8, CountOf(ics, "BEGIN:VEVENT"));
        Assert.Contains("BEGIN:VTIMEZONE", ics, StringComparison.Ordinal);
        Assert.Contains("TZID:Europe/Berlin", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Berlin:20261130T", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTAMP:20261129T180000Z", ics, StringComparison.Ordinal);
        Assert.Contains("UID:20261130-", ics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnImportedBusyCalendarAndAHolidayCalendarAreRespectedWhenBooking()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock);
        var anna = app.ClientFor(Anna);

        var busy = await anna.PostAsync("/api/timeblocks/calendars?kind=busy&name=Team", new StringContent(MorningsBusy, Encoding.UTF8, "text/calendar"));
        var holidays = await anna.PostAsync("/api/timeblocks/calendars?kind=holidays", new StringContent(Holiday, Encoding.UTF8, "text/calendar"));
        Assert.Equal(HttpStatusCode.Created, busy.StatusCode);
        Assert.Equal(HttpStatusCode.Created, holidays.StatusCode);
        var result = await BookAsync(anna);

        var blocks = result.GetProperty("blocks").EnumerateArray().ToList();
        var tuesday = blocks.Single(b => b.GetProperty("date").GetString() == "2026-12-01");
        Assert.Equal("none", tuesday.GetProperty("placement").GetString());
        Assert.Equal("holiday", tuesday.GetProperty("reason").GetString());
        Assert.Equal(7, result.GetProperty("created").GetInt32());
        Assert.All(BookingApp.OurEventsOf(sandbox, Anna), e =>
            Assert.True(WallStart(e).TimeOfDay >= new TimeSpan(12, 40, 0) || WallEnd(e).TimeOfDay <= new TimeSpan(8, 20, 0), $"{WallStart(e)} is inside the imported busy time"));
        var listed = await anna.GetFromJsonAsync<JsonElement>("/api/timeblocks/calendars");
        Assert.Equal(["busy", "holidays"], listed.GetProperty("calendars").EnumerateArray().Select(c => c.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task ABrokenCalendarIsA400WithTheReasonAndTheLine()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock);
        var broken = MorningsBusy.Replace("END:VEVENT", "", StringComparison.Ordinal);

        var response = await app.ClientFor(Anna).PostAsync("/api/timeblocks/calendars?kind=busy", new StringContent(broken, Encoding.UTF8, "text/calendar"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("calendar", out var messages), problem.ToString());
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
        Assert.True(problem.TryGetProperty("line", out var line) && line.GetInt32() > 0, problem.ToString());
        Assert.Empty((await app.ClientFor(Anna).GetFromJsonAsync<JsonElement>("/api/timeblocks/calendars")).GetProperty("calendars").EnumerateArray());
    }

    [Fact]
    public async Task AnUnknownKindIsA400NamingKindAndAnOversizedFileIsA413()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock, settings: new Dictionary<string, string?> { ["Booking:MaxCalendarBytes"] = "2048" });
        var anna = app.ClientFor(Anna);

        var badKind = await anna.PostAsync("/api/timeblocks/calendars?kind=vacation", new StringContent(Holiday, Encoding.UTF8, "text/calendar"));
        var tooLarge = await anna.PostAsync("/api/timeblocks/calendars?kind=busy", new StringContent(MorningsBusy + new string(' ', 4096), Encoding.UTF8, "text/calendar"));

        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
        Assert.True((await badKind.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("kind", out _));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
