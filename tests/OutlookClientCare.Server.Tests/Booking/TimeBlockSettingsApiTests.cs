using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using static OutlookClientCare.Server.Tests.Booking.BookingTestKit;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Booking;

public sealed class TimeBlockSettingsApiTests
{
    [Fact]
    public async Task WithNothingSavedTheSettingsComeFromEachUsersMailboxSettings()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock);

        var anna = await app.ClientFor(Anna).GetFromJsonAsync<JsonElement>("/api/timeblocks/settings");
        var ben = await app.ClientFor(Ben).GetFromJsonAsync<JsonElement>("/api/timeblocks/settings");

        Assert.Equal("mailbox-defaults", anna.GetProperty("source").GetString());
        Assert.Equal("W. Europe Standard Time", anna.GetProperty("timeZone").GetString());
        Assert.Equal("08:00", anna.GetProperty("workingHours").GetProperty("startTime").GetString());
        Assert.Equal("de", anna.GetProperty("language").GetString());
        Assert.Equal("Kundenzeit: Antworten & Rückrufe", anna.GetProperty("block").GetProperty("title").GetString());
        Assert.Equal(60, anna.GetProperty("block").GetProperty("minutes").GetInt32());
        Assert.False(anna.GetProperty("autoBooking").GetBoolean());
        Assert.Equal("Eastern Standard Time", ben.GetProperty("timeZone").GetString());
        Assert.Equal("en", ben.GetProperty("language").GetString());
        Assert.Equal("Client time: replies & calls", ben.GetProperty("block").GetProperty("title").GetString());
    }

    [Fact]
    public async Task SavedSettingsAreReturnedAsStored()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock);
        var anna = app.ClientFor(Anna);

        await PutSettingsAsync(anna, s =>
        {
            s["block"]!["minutes"] = 45;
            s["block"]!["windowStart"] = "14:00";
            s["block"]!["windowEnd"] = "16:00";
        });
        var stored = await anna.GetFromJsonAsync<JsonElement>("/api/timeblocks/settings");

        Assert.Equal("stored", stored.GetProperty("source").GetString());
        Assert.Equal(45, stored.GetProperty("block").GetProperty("minutes").GetInt32());
        Assert.Equal("14:00", stored.GetProperty("block").GetProperty("windowStart").GetString());
        Assert.Equal("Kundenzeit: Antworten & Rückrufe", stored.GetProperty("block").GetProperty("title").GetString());
    }

    [Fact]
    public async Task InvalidSettingsAreA400NamingEveryBadField()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock);
        const string body = """
            {"timeZone":"Mars/Olympus","workingHours":{"daysOfWeek":["monday","caturday"],"startTime":"8 o'clock","endTime":"17:00"},
             "block":{"minutes":500},"language":"fr","autoBooking":"yes"}
            """;

        var response = await app.ClientFor(Anna).PutAsync("/api/timeblocks/settings", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in (string[])["workingHours.daysOfWeek", "workingHours.startTime", "language", "autoBooking"])
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }

        Assert.Null(await BookingDatabase.UserAsync(app, AnnaId));
    }

    [Theory]
    [InlineData("not json at all", "$")]
    [InlineData("[1,2]", "$")]
    [InlineData("""{"timeZone":"Europe/Berlin","workingHours":{"daysOfWeek":["monday"],"startTime":"08:00","endTime":"17:00"},"block":{"minutes":60,"minMinutes":90}}""", "block.minMinutes")]
    [InlineData("""{"timeZone":"Mars/Olympus","workingHours":{"daysOfWeek":["monday"],"startTime":"08:00","endTime":"17:00"}}""", "timeZone")]
    [InlineData("""{"timeZone":"Europe/Berlin","workingHours":{"daysOfWeek":["monday"],"startTime":"08:00","endTime":"17:00"},"horizonDays":0}""", "horizonDays")]
    public async Task ABadSettingsDocumentIsA400ForTheRightField(string body, string field)
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock);

        var response = await app.ClientFor(Anna).PutAsync("/api/timeblocks/settings", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
    }

    [Fact]
    public async Task AnnaCannotSeeBensSettingsOrBlocksNorBenHers()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock);
        var anna = app.ClientFor(Anna);
        var ben = app.ClientFor(Ben);
        await PutSettingsAsync(anna, s => s["block"]!["minutes"] = 30);
        await BookAsync(anna);

        var bensSettings = await ben.GetFromJsonAsync<JsonElement>("/api/timeblocks/settings");
        var bensBlocks = await BlocksAsync(ben);
        var bensIcs = await ben.GetStringAsync("/api/timeblocks/calendar.ics");

        Assert.Equal("mailbox-defaults", bensSettings.GetProperty("source").GetString());
        Assert.Equal(60, bensSettings.GetProperty("block").GetProperty("minutes").GetInt32());
        Assert.Empty(bensBlocks);
        Assert.DoesNotContain("BEGIN:VEVENT", bensIcs, StringComparison.Ordinal);
        Assert.NotEmpty(await BlocksAsync(anna));
        Assert.Empty(BookingApp.OurEventsOf(sandbox, Ben));
    }

    [Fact]
    public async Task ThePlanIsADryRunThatListsTheOperationsWithoutTouchingTheCalendar()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock);

        var response = await app.ClientFor(Anna).PostAsync("/api/timeblocks/plan", null);

        response.EnsureSuccessStatusCode();
        var plan = await response.Content.ReadFromJsonAsync<JsonElement>();
        var ops = plan.GetProperty("ops").EnumerateArray().ToList();
        Assert.Equal(8, ops.Count);
        Assert.All(ops, o => Assert.Equal("create", o.GetProperty("op").GetString()));
        Assert.Equal(10, plan.GetProperty("blocks").GetArrayLength());
        Assert.Equal("none", plan.GetProperty("blocks")[5].GetProperty("placement").GetString());
        Assert.Equal(0, sandbox.Counters.Get("POST /me/events", Anna));
        Assert.Empty(await BlocksAsync(app.ClientFor(Anna)));
    }
}
