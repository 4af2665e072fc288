using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using static OutlookClientCare.Server.Tests.Booking.BookingTestKit;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Booking;

public sealed class ChangeNotificationTests
{
    [Fact]
    public async Task AMeetingAddedOverABlockMovesTheBlockThroughTheChangeNotificationAndLeavesTheMeetingAlone()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock, kestrel: true);
        var anna = app.ClientFor(Anna);
        await PutSettingsAsync(anna, s => s["autoBooking"] = true);
        Assert.NotNull((await BookingDatabase.UserAsync(app, AnnaId))?.SubscriptionId);
        await BookAsync(anna);
        var wednesday = app.OurEventsOf(Anna).Single(e => WallStart(e).Date == new DateTime(2026, 12, 2));
        await sandbox.WhenNotificationsSentAsync();
        await EventuallyAsync(() => Task.FromResult(app.Services.GetRequiredService<OutlookClientCare.Server.Booking.ReplanQueue>().Waiting == 0), "echoes of our own creates are handled");

        var meeting = sandbox.ActAsUserInOutlookAddEvent(Anna, new JsonObject
        {
            ["subject"] = "Eskalation Kunde",
            ["start"] = new JsonObject { ["dateTime"] = WallStart(wednesday).ToString("s", System.Globalization.CultureInfo.InvariantCulture), ["timeZone"] = "Europe/Berlin" },
            ["end"] = new JsonObject { ["dateTime"] = WallStart(wednesday).AddMinutes(90).ToString("s", System.Globalization.CultureInfo.InvariantCulture), ["timeZone"] = "Europe/Berlin" },
        });
        await sandbox.WhenNotificationsSentAsync();
        await EventuallyAsync(() => Task.FromResult(sandbox.Counters.Get("PATCH /me/events/{id}", Anna) == 1), "the block is moved");

        var block = sandbox.EventsOf(Anna).Single(e => (string?)e["id"] == (string?)wednesday["id"]);
        Assert.True(WallStart(block) >= WallEnd(meeting) || WallEnd(block) <= WallStart(meeting), $"block {WallStart(block)} still overlaps the meeting");
        Assert.Equal(meeting.ToJsonString(), sandbox.EventsOf(Anna).Single(e => (string?)e["id"] == (string?)meeting["id"]).ToJsonString());
        Assert.Equal(0, sandbox.Counters.Get("DELETE /me/events/{id}", Anna));
        Assert.Equal(8, app.OurEventsOf(Anna).Count);
        await EventuallyAsync(async () => (await BlocksAsync(anna)).Single(b => b.GetProperty("date").GetString() == "2026-12-02").GetProperty("start").GetString() != null
            && Instant((await BlocksAsync(anna)).Single(b => b.GetProperty("date").GetString() == "2026-12-02"), "start") >= new DateTimeOffset(WallEnd(meeting), TimeSpan.FromHours(1)), "the record follows the move");
    }

    [Fact]
    public async Task ChangesToOurOwnBlocksDoNotCostAReplanButChangesToMeetingsDo()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock, kestrel: true);
        var anna = app.ClientFor(Anna);
        await PutSettingsAsync(anna, s => s["autoBooking"] = true);
        await BookAsync(anna);
        await sandbox.WhenNotificationsSentAsync();
        await EventuallyAsync(() => Task.FromResult(app.Services.GetRequiredService<OutlookClientCare.Server.Booking.ReplanQueue>().Waiting == 0), "echoes are handled");
        await Task.Delay(200);
        var readsBefore = sandbox.Counters.Get("GET /me/calendarView", Anna);

        sandbox.ActAsUserInOutlookMoveEvent(Anna, (string)app.OurEventsOf(Anna)[0]["id"]!, TimeSpan.FromMinutes(30));
        await sandbox.WhenNotificationsSentAsync();
        await Task.Delay(200);
        Assert.Equal(readsBefore, sandbox.Counters.Get("GET /me/calendarView", Anna));

        sandbox.ActAsUserInOutlookMoveEvent(Anna, "AAMkEventReview", TimeSpan.FromDays(7));
        await sandbox.WhenNotificationsSentAsync();
        await EventuallyAsync(() => Task.FromResult(sandbox.Counters.Get("GET /me/calendarView", Anna) == readsBefore + 1), "the meeting's change is re-planned");
    }

    [Fact]
    public async Task TheValidationHandshakeEchoesTheDecodedTokenAsPlainText()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock);
        const string token = "Validation: Testing client application reachability for subscription Request-Id: 42 & more";

        var response = await app.CreateClient().PostAsync("/api/notifications/graph?validationToken=" + Uri.EscapeDataString(token), new StringContent("", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(token, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ANotificationWithAWrongClientStateIsAcceptedButReplansNothing()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock, kestrel: true);
        var anna = app.ClientFor(Anna);
        await PutSettingsAsync(anna, s => s["autoBooking"] = true);
        var subscriptionId = (await BookingDatabase.UserAsync(app, AnnaId))!.SubscriptionId!;
        var forged = new JsonObject
        {
            ["value"] = new JsonArray(new JsonObject
            {
                ["subscriptionId"] = subscriptionId,
                ["clientState"] = "guessed",
                ["changeType"] = "created",
                ["resource"] = $"Users/{AnnaId}/Events/x",
            }),
        };

        var response = await app.CreateClient().PostAsJsonAsync("/api/notifications/graph", forged);
        var garbage = await app.CreateClient().PostAsync("/api/notifications/graph", new StringContent("{\"value\":", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Equal(0, app.Services.GetRequiredService<OutlookClientCare.Server.Booking.ReplanQueue>().Waiting);
        Assert.Equal(0, sandbox.Counters.Get("GET /me/calendarView", Anna));
    }

    [Fact]
    public async Task SwitchingAutoBookingOffEndsTheSubscription()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock, kestrel: true);
        var anna = app.ClientFor(Anna);
        await PutSettingsAsync(anna, s => s["autoBooking"] = true);

        await PutSettingsAsync(anna, s => s["autoBooking"] = false);

        Assert.Null((await BookingDatabase.UserAsync(app, AnnaId))!.SubscriptionId);
        Assert.Equal(1, sandbox.Counters.Get("POST /subscriptions"));
        Assert.Equal(1, sandbox.Counters.Get("DELETE /subscriptions/{id}"));
    }
}
