using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Privacy;
using OutlookClientCare.Server.Storage;
using OutlookClientCare.Server.Tests.Infrastructure;

namespace OutlookClientCare.Server.Tests.Security;

/// <summary>The token cache table behaves like a distributed cache, seen from two instances of the server.</summary>
public sealed class DatabaseTokenCacheTests : IAsyncLifetime, IDisposable
{
    private const string Session = BackgroundIdentity.LongRunningSessionPrefix + "tenant.user";

    private static readonly byte[] Blob = Encoding.UTF8.GetBytes("encrypted msal cache");

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
    private readonly ServerInstances _servers;

    public DatabaseTokenCacheTests() => _servers = new ServerInstances(_time);

    public Task InitializeAsync() => _servers.MigrateAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _servers.Dispose();

    [Fact]
    public async Task WhatOneInstanceWritesTheOtherReadsAndRemoves()
    {
        var (first, second) = (Instance().Cache, Instance().Cache);

        await first.SetAsync("obo.anna", Blob, new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromHours(1) });

        Assert.Equal(Blob, await second.GetAsync("obo.anna"));
        await second.RemoveAsync("obo.anna");
        Assert.Null(await first.GetAsync("obo.anna"));
    }

    [Fact]
    public async Task ALaterWriteReplacesTheEntryAndItsExpiry()
    {
        var cache = Instance().Cache;
        await cache.SetAsync("k", Blob, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5) });

        await cache.SetAsync("k", [1, 2, 3], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(2) });
        _time.Advance(TimeSpan.FromHours(1));

        Assert.Equal([1, 2, 3], await cache.GetAsync("k"));
        Assert.Equal(1, await RowsAsync());
    }

    [Fact]
    public async Task AnEntryIsGoneAtItsAbsoluteExpiry()
    {
        var cache = Instance().Cache;
        await cache.SetAsync("k", Blob, new DistributedCacheEntryOptions { AbsoluteExpiration = _time.GetUtcNow().AddHours(1) });

        _time.Advance(TimeSpan.FromMinutes(59));
        Assert.NotNull(await cache.GetAsync("k"));
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(await cache.GetAsync("k"));
    }

    [Fact]
    public async Task UseKeepsASlidingEntryAliveButNeverPastItsAbsoluteExpiry()
    {
        var (writer, reader) = (Instance().Cache, Instance().Cache);
        await writer.SetAsync("k", Blob, new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(10), AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(25) });

        _time.Advance(TimeSpan.FromMinutes(9));
        Assert.NotNull(await reader.GetAsync("k"));
        _time.Advance(TimeSpan.FromMinutes(9));
        await reader.RefreshAsync("k");
        _time.Advance(TimeSpan.FromMinutes(6));
        Assert.NotNull(await writer.GetAsync("k"));
        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.Null(await writer.GetAsync("k"));
    }

    [Fact]
    public async Task AnUnusedSlidingEntryExpires()
    {
        var cache = Instance().Cache;
        await cache.SetAsync("k", Blob, new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(10) });

        _time.Advance(TimeSpan.FromMinutes(10));

        Assert.Null(await cache.GetAsync("k"));
    }

    [Fact]
    public async Task ABackgroundSessionWithoutExpiryStillExpiresWhenUnusedForTheDefaultPeriod()
    {
        var cache = Instance().Cache;
        await cache.SetAsync(Session, Blob, new DistributedCacheEntryOptions());

        _time.Advance(DatabaseTokenCache.DefaultSlidingExpiration - TimeSpan.FromMinutes(1));
        Assert.NotNull(await cache.GetAsync(Session));
        _time.Advance(DatabaseTokenCache.DefaultSlidingExpiration);

        Assert.Null(await cache.GetAsync(Session));
    }

    [Fact]
    public async Task AnEntryForOneApiTokenGoesTwoHoursAfterItsLastUseWhileTheBackgroundSessionStays()
    {
        var cache = Instance().Cache;
        var fortnight = new DistributedCacheEntryOptions { SlidingExpiration = DatabaseTokenCache.DefaultSlidingExpiration };
        await cache.SetAsync("hash-of-one-api-token", Blob, fortnight);
        await cache.SetAsync(Session, Blob, fortnight);

        _time.Advance(DatabaseTokenCache.PerRequestSlidingExpiration);

        Assert.Null(await cache.GetAsync("hash-of-one-api-token"));
        Assert.NotNull(await cache.GetAsync(Session));
    }

    [Fact]
    public async Task TheDailyRetentionPurgeDeletesExpiredEntriesOfAnIdleServer()
    {
        var (services, cache) = Instance();
        await cache.SetAsync("old", Blob, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5) });
        await cache.SetAsync(Session, Blob, new DistributedCacheEntryOptions());
        _time.Advance(TimeSpan.FromHours(1));

        await using (var scope = services.CreateAsyncScope())
        {
            var purge = new RetentionPurge(scope.ServiceProvider.GetRequiredService<ClientCareDb>(), Options.Create(new PrivacyOptions()), NullLogger<RetentionPurge>.Instance);
            await purge.PurgeAsync(_time.GetUtcNow(), CancellationToken.None);
        }

        Assert.Equal(1, await RowsAsync());
    }

    [Fact]
    public async Task ExpiredRowsAreDeletedNotJustHidden()
    {
        var cache = Instance().Cache;
        await cache.SetAsync("old", Blob, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1) });

        _time.Advance(DatabaseTokenCache.PurgeInterval + TimeSpan.FromMinutes(1));
        await cache.SetAsync("new", Blob, new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromHours(1) });

        Assert.Equal(1, await RowsAsync());
    }

    [Fact]
    public async Task TwoInstancesWritingTheSameKeyAtOnceLeaveOneEntry()
    {
        var caches = Enumerable.Range(0, 2).Select(_ => Instance().Cache).ToList();
        var options = new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromHours(1) };

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => caches[i % 2].SetAsync("same", [(byte)i], options)));

        Assert.Equal(1, await RowsAsync());
        Assert.Single((await caches[0].GetAsync("same"))!);
    }

    [Fact]
    public async Task AnExpiryInThePastIsRefused()
    {
        var cache = Instance().Cache;

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            cache.SetAsync("k", Blob, new DistributedCacheEntryOptions { AbsoluteExpiration = _time.GetUtcNow().AddSeconds(-1) }));
        Assert.Equal(0, await RowsAsync());
    }

    /// <summary>What one server process would hold: its own service provider over the shared database.</summary>
    private (ServiceProvider Services, IDistributedCache Cache) Instance()
    {
        var services = _servers.Start();
        return (services, new DatabaseTokenCache(services.GetRequiredService<IServiceScopeFactory>(), _time));
    }

    private Task<int> RowsAsync() => _servers.QueryAsync(db => db.Set<TokenCacheEntry>().CountAsync());
}
