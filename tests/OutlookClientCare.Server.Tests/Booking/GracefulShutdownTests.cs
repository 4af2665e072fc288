using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OutlookClientCare.GraphSandbox.Faults;
using OutlookClientCare.Server.Booking;
using OutlookClientCare.Server.Storage;
using OutlookClientCare.Server.Tests.Infrastructure;
using static OutlookClientCare.Server.Tests.Booking.BookingTestKit;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Booking;

/// <summary>
/// A server stopped while it books (a deployment, a scale-in, SIGTERM) lets go of its users before
/// it exits, so another instance can book them at once instead of after the 10-minute lease.
/// </summary>
public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task StoppingTheServerDuringABookingRunReleasesEveryLeaseBeforeItExits()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        using var database = new TestDatabase();
        var app = new BookingApp(sandbox, clock, database: database, settings: new Dictionary<string, string?>
        {
            ["Booking:RunInBackground"] = "true",
            ["Booking:RunInterval"] = "06:00:00",
        });
        await PutSettingsAsync(app.ClientFor(Anna), s => s["autoBooking"] = true);
        await PutSettingsAsync(app.ClientFor(Ben), s => s["autoBooking"] = true);

        // Graph answers the calendar read only when the sandbox's clock moves on: the run hangs mid-way.
        sandbox.Faults.Add(new FaultRule { Kind = FaultKind.Latency, Route = "GET /me/calendarView", LatencyMilliseconds = 60_000 });
        clock.Advance(TimeSpan.FromHours(6));
        await EventuallyAsync(async () => await LeasesAsync(database) == 3 && sandbox.Counters.Get("GET /me/calendarView") > 0, "the run holds both users and its part of the run, and waits for Graph");

        var stopping = Stopwatch.StartNew();
        await app.DisposeAsync(); // what SIGTERM does: the host stops its background services
        stopping.Stop();

        Assert.Equal(0, await LeasesAsync(database));
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(15), $"stopping took {stopping.Elapsed}");
        Assert.Empty(BookingApp.OurEventsOf(sandbox, Anna));
        sandbox.Faults.Clear();
        clock.Advance(TimeSpan.FromMinutes(1)); // lets the sandbox finish the abandoned batch and stop
    }

    private static async Task<int> LeasesAsync(TestDatabase database)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Settings).Build();
        await using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddStorage(configuration).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClientCareDb>().Set<BookingLease>().CountAsync();
    }
}
