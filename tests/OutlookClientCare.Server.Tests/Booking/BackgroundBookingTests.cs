using static OutlookClientCare.Server.Tests.Booking.BookingTestKit;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Booking;

public sealed class BackgroundBookingTests
{
    [Fact]
    public async Task TheDailyRunBooksOnlyAutoBookingUsersInBatchesAndTheNextDayCostsAtMostTwoRequestsPerUser()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock);
        await PutSettingsAsync(app.ClientFor(Anna), s => s["autoBooking"] = true);
        await PutSettingsAsync(app.ClientFor(Ben), s => s["autoBooking"] = false);
        sandbox.Counters.Reset();

        var first = await BookingDatabase.RunOnceAsync(app);

        Assert.Equal([Anna], first.Select(r => r.UserPrincipalName));
        Assert.Equal(8, BookingApp.OurEventsOf(sandbox, Anna).Count);
        Assert.Empty(BookingApp.OurEventsOf(sandbox, Ben));
        Assert.Equal(1, sandbox.Counters.Get("GET /me/calendarView", Anna));
        Assert.Equal(2, sandbox.Counters.Get("POST /$batch"));

        await PutSettingsAsync(app.ClientFor(Ben), s => s["autoBooking"] = true);
        await BookingDatabase.RunOnceAsync(app);
        clock.Advance(TimeSpan.FromDays(1));
        sandbox.Counters.Reset();

        var nextDay = await BookingDatabase.RunOnceAsync(app);

        Assert.All(nextDay, r => Assert.Equal((r.UserPrincipalName, 1, 0), (r.UserPrincipalName, r.Created, r.Failed)));
        foreach (var user in (string[])[Anna, Ben])
        {
            // The calendar and the new day's block; hours that follow Outlook add its settings once a day, in the same batch.
            var requests = sandbox.Counters.Snapshot().Where(c => c.User == user && c.Route is not ("POST /$batch" or "GET /me/mailboxSettings")).Sum(c => c.Count);
            Assert.True(requests <= 2, $"{user}: {requests} Graph requests in the daily run: {string.Join(", ", sandbox.Counters.Snapshot().Where(c => c.User == user))}");
            Assert.True(sandbox.Counters.Get("GET /me/mailboxSettings", user) <= 1);
        }

        Assert.Equal(2, sandbox.Counters.Get("POST /$batch"));
    }

    [Fact]
    public async Task TheBackgroundServiceRunsOnItsIntervalOnTheInjectedClock()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock, settings: new Dictionary<string, string?>
        {
            ["Booking:RunInBackground"] = "true",
            ["Booking:RunInterval"] = "06:00:00",
        });
        await PutSettingsAsync(app.ClientFor(Anna), s => s["autoBooking"] = true);

        clock.Advance(TimeSpan.FromHours(5));
        await Task.Delay(200);
        Assert.Empty(BookingApp.OurEventsOf(sandbox, Anna));

        clock.Advance(TimeSpan.FromHours(1));
        await EventuallyAsync(() => Task.FromResult(BookingApp.OurEventsOf(sandbox, Anna).Count == 8), "the run booked Anna's horizon");
    }

    [Fact]
    public async Task TheRunRenewsASubscriptionBeforeItExpiresAndRecreatesOneGraphLost()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock, kestrel: true);
        await PutSettingsAsync(app.ClientFor(Anna), s => s["autoBooking"] = true);
        var created = (await BookingDatabase.UserAsync(app, AnnaId))!;

        // Created for as long as Graph allows on events (7 days less a margin), renewed in its last day.
        Assert.Equal(clock.GetUtcNow().AddMinutes(10_070), created.SubscriptionExpiresAt);
        clock.Advance(TimeSpan.FromHours(156));
        await BookingDatabase.RunOnceAsync(app);
        var renewed = (await BookingDatabase.UserAsync(app, AnnaId))!;

        Assert.Equal(created.SubscriptionId, renewed.SubscriptionId);
        Assert.Equal(clock.GetUtcNow().AddMinutes(10_070), renewed.SubscriptionExpiresAt);
        Assert.Equal(1, sandbox.Counters.Get("PATCH /subscriptions/{id}"));

        sandbox.Reset();
        clock.Advance(TimeSpan.FromHours(156));
        await BookingDatabase.RunOnceAsync(app);
        var recreated = (await BookingDatabase.UserAsync(app, AnnaId))!;

        Assert.NotEqual(created.SubscriptionId, recreated.SubscriptionId);
        Assert.NotEqual(created.SubscriptionClientState, recreated.SubscriptionClientState);
        Assert.Equal(1, sandbox.Counters.Get("POST /subscriptions"));
    }
}
