using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutlookClientCare.Server.Tests.Sandbox;
using static OutlookClientCare.Server.Tests.Booking.BookingTestKit;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Booking;

/// <summary>Working hours taken from Outlook follow later changes in Outlook; hours the user set stay theirs.</summary>
public sealed class OutlookWorkingHoursTests
{
    [Fact]
    public async Task AChangeOfWorkingDaysInOutlookReachesThePlanOnTheNextDailyRun()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock);
        var anna = app.ClientFor(Anna);
        var saved = await PutSettingsAsync(anna, s => s["autoBooking"] = true);
        Assert.True((bool)saved["workingHoursFromOutlook"]!);
        await BookingDatabase.RunOnceAsync(app);
        Assert.Contains(app.OurEventsOf(Anna), e => WallStart(e).DayOfWeek == DayOfWeek.Friday);

        await ChangeOutlookAsync(sandbox, """{"workingHours": {"daysOfWeek": ["monday", "tuesday", "wednesday", "thursday"], "startTime": "08:00:00.0000000", "endTime": "17:00:00.0000000", "timeZone": {"name": "W. Europe Standard Time"}}}""");
        clock.Advance(TimeSpan.FromDays(1));
        sandbox.Counters.Reset();
        var run = Assert.Single(await BookingDatabase.RunOnceAsync(app));

        Assert.Equal(1, sandbox.Counters.Get("GET /me/mailboxSettings", Anna));
        Assert.True(run.Deleted > 0);
        Assert.DoesNotContain(app.OurEventsOf(Anna), e => WallStart(e).DayOfWeek == DayOfWeek.Friday);
        var settings = (await anna.GetFromJsonAsync<JsonObject>("/api/timeblocks/settings"))!;
        Assert.DoesNotContain("friday", settings["workingHours"]!["daysOfWeek"]!.AsArray().Select(d => (string?)d));

        // Read once a day: a second run on the same day asks Outlook nothing.
        sandbox.Counters.Reset();
        await BookingDatabase.RunOnceAsync(app);
        Assert.Equal(0, sandbox.Counters.Get("GET /me/mailboxSettings", Anna));
    }

    [Fact]
    public async Task HoursTheUserSetThemselvesAreNotOverwrittenByOutlook()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock);
        var anna = app.ClientFor(Anna);
        var saved = await PutSettingsAsync(anna, s =>
        {
            s["autoBooking"] = true;
            s["workingHours"]!["startTime"] = "07:30";
        });
        Assert.False((bool)saved["workingHoursFromOutlook"]!);

        await ChangeOutlookAsync(sandbox, """{"workingHours": {"daysOfWeek": ["monday"], "startTime": "10:00:00.0000000", "endTime": "12:00:00.0000000", "timeZone": {"name": "W. Europe Standard Time"}}}""");
        clock.Advance(TimeSpan.FromDays(1));
        sandbox.Counters.Reset();
        await BookingDatabase.RunOnceAsync(app);

        Assert.Equal(0, sandbox.Counters.Get("GET /me/mailboxSettings", Anna));
        var settings = (await anna.GetFromJsonAsync<JsonObject>("/api/timeblocks/settings"))!;
        Assert.Equal("07:30", (string?)settings["workingHours"]!["startTime"]);
        Assert.Equal(5, settings["workingHours"]!["daysOfWeek"]!.AsArray().Count);
    }

    private static async Task ChangeOutlookAsync(OutlookClientCare.GraphSandbox.Hosting.GraphSandboxHost sandbox, string json)
    {
        using var outlook = SandboxClients.Http(sandbox);
        var (response, _) = await outlook.SendJsonAsync(HttpMethod.Patch, "me/mailboxSettings", JsonNode.Parse(json));
        Assert.True(response.IsSuccessStatusCode);
    }
}
