using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OutlookClientCare.Server.Booking;
using OutlookClientCare.Server.Tests.Infrastructure;

namespace OutlookClientCare.Server.Tests.Booking;

/// <summary>The booking lease between two server instances on one database, on a clock the test turns.</summary>
public sealed class BookingLocksTests : IAsyncLifetime, IDisposable
{
    private static readonly (string, string)[] Anna = [("tenant", "anna")];
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(600);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
    private readonly ServerInstances _servers;

    public BookingLocksTests() => _servers = new ServerInstances(_time);

    public Task InitializeAsync() => _servers.MigrateAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _servers.Dispose();

    [Fact]
    public async Task WhileOneInstanceHoldsAUserTheOtherWaitsAndGetsInWhenItIsReleased()
    {
        var (first, second) = (Instance().Locks, Instance().Locks);
        var held = await first.AcquireAsync(Anna, null, CancellationToken.None);

        await Assert.ThrowsAsync<BookingBusyException>(() => second.AcquireAsync(Anna, Short, CancellationToken.None));
        await held.DisposeAsync();

        await using var next = await second.AcquireAsync(Anna, Short, CancellationToken.None);
    }

    [Fact]
    public async Task ALongRunKeepsItsLeasePastTheLeaseTimeBecauseItRenewsIt()
    {
        var (first, second) = (Instance(), Instance());
        await using var held = await first.Locks.AcquireAsync(Anna, null, CancellationToken.None);

        for (var i = 0; i < 4; i++)
        {
            var before = await ExpiresAtAsync();
            _time.Advance(BookingLocks.LeaseTime / 3);
            await WaitUntilAsync(async () => await ExpiresAtAsync() > before);
        }

        Assert.True(_time.GetUtcNow() - new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero) > BookingLocks.LeaseTime);
        await Assert.ThrowsAsync<BookingBusyException>(() => second.Locks.AcquireAsync(Anna, Short, CancellationToken.None));
    }

    [Fact]
    public async Task TheLeaseOfAnInstanceThatStoppedRenewingIsTakenOverAfterTheLeaseTime()
    {
        var (first, second) = (Instance(), Instance());
        await first.Locks.AcquireAsync(Anna, null, CancellationToken.None);
        await first.Services.DisposeAsync(); // the instance is gone without letting go; its renewals fail from now on

        _time.Advance(BookingLocks.LeaseTime);

        await using var taken = await second.Locks.AcquireAsync(Anna, Short, CancellationToken.None);
    }

    private (ServiceProvider Services, BookingLocks Locks) Instance()
    {
        var services = _servers.Start(s => s.AddSingleton<BookingLocks>());
        return (services, services.GetRequiredService<BookingLocks>());
    }

    private Task<long> ExpiresAtAsync() => _servers.QueryAsync(db => db.Set<BookingLease>().Select(l => l.ExpiresAt).SingleAsync());

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100 && !await condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(await condition(), "the holder did not renew its lease");
    }
}
