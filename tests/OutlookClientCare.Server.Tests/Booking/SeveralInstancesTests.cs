using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookClientCare.Server.Booking;
using OutlookClientCare.Server.Storage;
using OutlookClientCare.Server.Tests.Infrastructure;
using static OutlookClientCare.Server.Tests.Booking.BookingTestKit;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Booking;

/// <summary>Two server instances on one database book the same user at the same moment.</summary>
public sealed class SeveralInstancesTests
{
    [Fact]
    public async Task TwoInstancesBookingTheSameUserAtOnceBothSucceedAndBookEachDayOnce()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        using var database = new TestDatabase();
        await using var first = new BookingApp(sandbox, clock, database: database);
        await using var second = new BookingApp(sandbox, clock, database: database);
        var (annaOnFirst, annaOnSecond) = (first.ClientFor(Anna), second.ClientFor(Anna)); // both servers up before the race
        await PutSettingsAsync(annaOnFirst, s => s["horizonDays"] = 14);

        var results = await Task.WhenAll(BookAsync(annaOnFirst), BookAsync(annaOnSecond));

        Assert.Equal(10, results.Sum(r => r.GetProperty("created").GetInt32()));
        Assert.Equal(10, first.OurEventsOf(Anna).Count);
        Assert.Equal(10, sandbox.Counters.Get("POST /me/events", Anna));
        Assert.Equal(10, (await BlocksAsync(second.ClientFor(Anna))).Count(b => b.GetProperty("state").GetString() == "booked"));
    }

    [Fact]
    public async Task TwoInstancesRunningTheBackgroundPassAtOnceGiveGraphOneNewSubscription()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        using var database = new TestDatabase();
        await using var first = new BookingApp(sandbox, clock, kestrel: true, database: database);
        await using var second = new BookingApp(sandbox, clock, kestrel: true, database: database);
        await PutSettingsAsync(first.ClientFor(Anna), s => s["autoBooking"] = true);
        _ = second.Services; // both servers up before the race

        // Graph lost the subscription; both instances find it due at the same moment.
        sandbox.Reset();
        clock.Advance(TimeSpan.FromHours(156));
        await Task.WhenAll(BookingDatabase.RunOnceAsync(first), BookingDatabase.RunOnceAsync(second));

        Assert.Equal(1, sandbox.Counters.Get("POST /subscriptions"));
    }

    [Fact]
    public async Task BookNowAnswers409WhenAnotherInstanceKeepsBookingTheUserLongerThanTheWait()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock, settings: new Dictionary<string, string?> { ["Booking:BusyWait"] = "00:00:01" });
        var anna = app.ClientFor(Anna);
        await PutSettingsAsync(anna, s => s["horizonDays"] = 14);
        await LeaseAsync(app, "a live instance that is still booking", clock.GetUtcNow() + BookingLocks.LeaseTime);

        var response = await anna.PostAsync("/api/timeblocks/book", null);

        Assert.Equal(System.Net.HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("being booked right now", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(app.OurEventsOf(Anna));
    }

    [Fact]
    public async Task ALeaseLeftByAnInstanceThatDiedHoldsBookingBackUntilItExpires()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock);
        var anna = app.ClientFor(Anna);
        await PutSettingsAsync(anna, s => s["horizonDays"] = 14);
        await LeaseAsync(app, "an instance that died", clock.GetUtcNow() + BookingLocks.LeaseTime);

        var booking = BookAsync(anna);
        await Task.WhenAny(booking, Task.Delay(BookingLocks.PollInterval * 5));
        Assert.False(booking.IsCompleted, "booking must wait while another instance holds Anna's lease");
        Assert.Empty(app.OurEventsOf(Anna));
        clock.Advance(BookingLocks.LeaseTime);

        Assert.Equal(10, (await booking).GetProperty("created").GetInt32());
    }

    /// <summary>Anna's lease as another server instance would have taken it.</summary>
    private static async Task LeaseAsync(BookingApp app, string holder, DateTimeOffset until)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClientCareDb>();
        var user = await db.Users.SingleAsync(u => u.UserPrincipalName == Anna);
        db.Add(new BookingLease { TenantId = user.TenantId, ObjectId = user.ObjectId, Holder = holder, ExpiresAt = until.ToUnixTimeMilliseconds() });
        await db.SaveChangesAsync();
    }
}
