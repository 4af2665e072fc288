using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Benchmarks.Identity;

/// <summary>
/// What the shared token cache adds to each Graph call (no in-memory copy, by design): one read
/// of a user's ~6 KB encrypted entry (its sliding expiry is written at most once a minute), from
/// a SQLite file with 10,000 entries. Measured: 373 µs when every read also wrote, 79 µs now.
/// No target in the issue; measured so the cost is known.
/// dotnet run -c Release --project tests/OutlookClientCare.Benchmarks -- --filter '*TokenCache*'
/// </summary>
[SimpleJob(RuntimeMoniker.Net10_0, launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
[MedianColumn]
public class TokenCacheBenchmarks
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"occ-token-cache-bench-{Guid.NewGuid():N}.db");
    private ServiceProvider _services = null!;
    private DatabaseTokenCache _cache = null!;
    private int _next;

    private static int Entries => BenchmarkScale.Smoke ? 200 : 10_000;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = $"Data Source={_file}",
        }).Build();
        _services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddStorage(configuration).BuildServiceProvider();
        await using (var scope = _services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ClientCareDb>().Database.MigrateAsync();
        }

        _cache = new DatabaseTokenCache(_services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System);
        var blob = new byte[6 * 1024];
        Random.Shared.NextBytes(blob);
        var options = new DistributedCacheEntryOptions { SlidingExpiration = DatabaseTokenCache.DefaultSlidingExpiration };
        for (var i = 0; i < Entries; i++)
        {
            await _cache.SetAsync(Key(i), blob, options);
        }
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    [Benchmark]
    public Task<byte[]?> ReadAUsersEntry() => _cache.GetAsync(Key(_next++ % Entries));

    private static string Key(int i) => $"{BackgroundIdentity.LongRunningSessionPrefix}tenant.user-{i}";
}
