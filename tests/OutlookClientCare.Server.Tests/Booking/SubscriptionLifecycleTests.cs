using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OutlookClientCare.Server.Booking;
using static OutlookClientCare.Server.Tests.Booking.BookingTestKit;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Booking;

/// <summary>
/// Graph's lifecycle notifications, end to end through Kestrel: the sandbox sends them to the
/// lifecycleNotificationUrl our subscription was created with, and the server heals itself.
/// </summary>
public sealed class SubscriptionLifecycleTests
{
    [Fact]
    public async Task TheSubscriptionIsCreatedWithALifecycleUrlAndAnExpiryAsFarAsGraphAllowsForEvents()
    {
        await using var fixture = await StartAsync();

        var subscription = Assert.Single(fixture.Sandbox.Subscriptions());

        Assert.EndsWith(NotificationUrl.LifecyclePath, (string?)subscription["lifecycleNotificationUrl"], StringComparison.Ordinal);
        var expiry = DateTimeOffset.Parse((string)subscription["expirationDateTime"]!, System.Globalization.CultureInfo.InvariantCulture);
        var lifetime = expiry - fixture.Clock.GetUtcNow();
        Assert.InRange(lifetime, TimeSpan.FromDays(7) - TimeSpan.FromMinutes(30), TimeSpan.FromDays(7));
    }

    [Fact]
    public async Task ReauthorizationRequiredIsAnsweredByReauthorizingTheSameSubscription()
    {
        await using var fixture = await StartAsync();
        var before = (await BookingDatabase.UserAsync(fixture.App, AnnaId))!.SubscriptionId;

        Assert.Equal(1, fixture.Sandbox.SendLifecycleEvent(Anna, "reauthorizationRequired"));
        await fixture.Sandbox.WhenNotificationsSentAsync();

        await EventuallyAsync(() => Task.FromResult(fixture.Sandbox.Counters.Get("POST /subscriptions/{id}/reauthorize") == 1), "the subscription is reauthorized");
        var subscription = Assert.Single(fixture.Sandbox.Subscriptions());
        Assert.Equal(before, (string?)subscription["id"]);
        Assert.False((bool)subscription["reauthorizationRequired"]!);
        Assert.Equal(0, fixture.Sandbox.Counters.Get("POST /subscriptions"));
    }

    [Fact]
    public async Task ARemovedSubscriptionIsRecreatedAndTheCalendarReplanned()
    {
        await using var fixture = await StartAsync();
        var before = (await BookingDatabase.UserAsync(fixture.App, AnnaId))!;
        var readsBefore = fixture.Sandbox.Counters.Get("GET /me/calendarView", Anna);

        fixture.Sandbox.SendLifecycleEvent(Anna, "subscriptionRemoved");
        await fixture.Sandbox.WhenNotificationsSentAsync();

        await EventuallyAsync(() => Task.FromResult(fixture.Sandbox.Subscriptions().Count == 1), "a new subscription exists");
        var subscription = Assert.Single(fixture.Sandbox.Subscriptions());
        Assert.NotEqual(before.SubscriptionId, (string?)subscription["id"]);
        await EventuallyAsync(async () => (await BookingDatabase.UserAsync(fixture.App, AnnaId))!.SubscriptionId == (string?)subscription["id"], "the new subscription is recorded");
        Assert.NotEqual(before.SubscriptionClientState, (await BookingDatabase.UserAsync(fixture.App, AnnaId))!.SubscriptionClientState);
        Assert.EndsWith(NotificationUrl.LifecyclePath, (string?)subscription["lifecycleNotificationUrl"], StringComparison.Ordinal);
        await EventuallyAsync(() => Task.FromResult(fixture.Sandbox.Counters.Get("GET /me/calendarView", Anna) == readsBefore + 1), "the calendar is read afresh");

        // The new subscription works: a meeting over a block moves the block again.
        await AssertAMeetingOverABlockMovesItAsync(fixture);
    }

    [Fact]
    public async Task MissedNotificationsAreMadeGoodByAReplanFromAFreshRead()
    {
        await using var fixture = await StartAsync();
        fixture.Sandbox.DropChangeNotifications(Anna, 1);
        var wednesday = fixture.App.OurEventsOf(Anna).Single(e => WallStart(e).Date == new DateTime(2026, 12, 2));

        var meeting = AddMeetingOver(fixture, wednesday);
        await fixture.Sandbox.WhenNotificationsSentAsync();
        await Task.Delay(300);
        Assert.Equal(0, fixture.Sandbox.Counters.Get("PATCH /me/events/{id}", Anna));
        Assert.Equal(1, fixture.Sandbox.Engine.NotificationsDropped);

        fixture.Sandbox.SendLifecycleEvent(Anna, "missed");
        await fixture.Sandbox.WhenNotificationsSentAsync();

        await EventuallyAsync(() => Task.FromResult(fixture.Sandbox.Counters.Get("PATCH /me/events/{id}", Anna) == 1), "the block is moved off the meeting");
        var block = fixture.Sandbox.EventsOf(Anna).Single(e => (string?)e["id"] == (string?)wednesday["id"]);
        Assert.True(WallStart(block) >= WallEnd(meeting) || WallEnd(block) <= WallStart(meeting), $"block {WallStart(block)} still overlaps the meeting");
    }

    [Fact]
    public async Task ALifecycleNotificationWithAWrongClientStateChangesNothing()
    {
        await using var fixture = await StartAsync();
        var subscriptionId = (await BookingDatabase.UserAsync(fixture.App, AnnaId))!.SubscriptionId!;
        var forged = new JsonObject
        {
            ["value"] = new JsonArray(new JsonObject
            {
                ["subscriptionId"] = subscriptionId,
                ["clientState"] = "guessed",
                ["lifecycleEvent"] = "subscriptionRemoved",
            }),
        };

        var response = await fixture.App.CreateClient().PostAsJsonAsync(NotificationUrl.LifecyclePath, forged);
        var handshake = await fixture.App.CreateClient().PostAsync(NotificationUrl.LifecyclePath + "?validationToken=abc", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("abc", await handshake.Content.ReadAsStringAsync());
        await Task.Delay(300);
        Assert.Equal(0, fixture.App.Services.GetRequiredService<ReplanQueue>().Waiting);
        Assert.Equal(subscriptionId, (await BookingDatabase.UserAsync(fixture.App, AnnaId))!.SubscriptionId);
        Assert.Equal(0, fixture.Sandbox.Counters.Get("POST /subscriptions"));
    }

    private static async Task AssertAMeetingOverABlockMovesItAsync(Fixture fixture)
    {
        await fixture.Sandbox.WhenNotificationsSentAsync();
        await EventuallyAsync(() => Task.FromResult(fixture.App.Services.GetRequiredService<ReplanQueue>().Waiting == 0), "earlier work is done");
        var thursday = fixture.App.OurEventsOf(Anna).Single(e => WallStart(e).Date == new DateTime(2026, 12, 3));
        var patches = fixture.Sandbox.Counters.Get("PATCH /me/events/{id}", Anna);
        AddMeetingOver(fixture, thursday);
        await fixture.Sandbox.WhenNotificationsSentAsync();
        await EventuallyAsync(() => Task.FromResult(fixture.Sandbox.Counters.Get("PATCH /me/events/{id}", Anna) == patches + 1), "the block is moved through the new subscription");
    }

    private static JsonObject AddMeetingOver(Fixture fixture, JsonObject block) =>
        fixture.Sandbox.ActAsUserInOutlookAddEvent(Anna, new JsonObject
        {
            ["subject"] = "Eskalation Kunde",
            ["start"] = new JsonObject { ["dateTime"] = WallStart(block).ToString("s", System.Globalization.CultureInfo.InvariantCulture), ["timeZone"] = "Europe/Berlin" },
            ["end"] = new JsonObject { ["dateTime"] = WallStart(block).AddMinutes(90).ToString("s", System.Globalization.CultureInfo.InvariantCulture), ["timeZone"] = "Europe/Berlin" },
        });

    /// <summary>Anna books with auto-booking on; the echoes of our own creates are handled before the test starts.</summary>
    private static async Task<Fixture> StartAsync()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        var app = new BookingApp(sandbox, clock, kestrel: true);
        var anna = app.ClientFor(Anna);
        await PutSettingsAsync(anna, s => s["autoBooking"] = true);
        await BookAsync(anna);
        await sandbox.WhenNotificationsSentAsync();
        await EventuallyAsync(() => Task.FromResult(app.Services.GetRequiredService<ReplanQueue>().Waiting == 0), "echoes of our own creates are handled");
        await Task.Delay(200);
        sandbox.Counters.Reset();
        return new Fixture(sandbox, clock, app);
    }

    private sealed record Fixture(OutlookClientCare.GraphSandbox.Hosting.GraphSandboxHost Sandbox, Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock, BookingApp App) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.DisposeAsync();
            await Sandbox.DisposeAsync();
        }
    }
}
