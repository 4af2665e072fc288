using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OutlookClientCare.Core.TimeBlocks;
using OutlookClientCare.GraphSandbox.Data;
using OutlookClientCare.GraphSandbox.Faults;
using OutlookClientCare.GraphSandbox.Hosting;
using OutlookClientCare.Server.Booking;
using OutlookClientCare.Server.Demo;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Interactions;
using OutlookClientCare.Server.Mailbox;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Benchmarks.Booking;

/// <summary>
/// The issue's target: 1,000 sandbox users with 50 ms injected latency on every Graph request (each
/// $batch and each step inside it) booked in one background run in under 60 s, with at most two Graph
/// requests per user per daily run. <see cref="FirstRun"/> books a fresh 10-day horizon (8 working
/// days each); <see cref="NextDayRun"/> is the daily case, a day later, when one day enters the horizon.
/// Requests are read from the sandbox counters and printed after the run.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class BookingRunBenchmarks : IDisposable
{
    private const int Users = 1_000;
    private const int LatencyMilliseconds = 50;
    private static readonly DateTimeOffset Sunday = new(2026, 11, 29, 18, 0, 0, TimeSpan.Zero);

    private readonly FixedClock _clock = new(Sunday);
    private GraphSandboxHost _sandbox = null!;
    private SqliteConnection _database = null!;
    private ServiceProvider _services = null!;
    private IReadOnlyList<UserBookingResult> _results = [];

    [GlobalSetup(Target = nameof(FirstRun))]
    public Task SetupFirstRunAsync() => SetupAsync(bookedYesterday: false);

    [GlobalSetup(Target = nameof(NextDayRun))]
    public Task SetupNextDayAsync() => SetupAsync(bookedYesterday: true);

    [Benchmark]
    public async Task FirstRun() => _results = await RunAsync();

    [Benchmark]
    public async Task NextDayRun() => _results = await RunAsync();

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        var perUser = _sandbox.Counters.Snapshot()
            .Where(c => c.Route != "POST /$batch" && c.User.Length > 0)
            .GroupBy(c => c.User)
            .Select(g => g.Sum(c => c.Count))
            .ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"BOOKING-RESULT users={_results.Count} created={_results.Sum(r => r.Created)} failedUsers={_results.Count(r => r.Failed > 0)} " +
            $"graphRequestsPerUser(max)={perUser.DefaultIfEmpty(0).Max()} graphRequestsPerUser(avg)={perUser.DefaultIfEmpty(0).Average():0.00} " +
            $"batchRequests={_sandbox.Counters.Get("POST /$batch")} stepsTotal={perUser.Sum()}"));
        await _services.DisposeAsync();
        await _database.DisposeAsync();
        await _sandbox.DisposeAsync();
    }

    public void Dispose()
    {
        _database?.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<IReadOnlyList<UserBookingResult>> RunAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BookingRun>().RunAsync(CancellationToken.None);
    }

    private async Task SetupAsync(bool bookedYesterday)
    {
        _sandbox = await GraphSandboxHost.StartAsync(SandboxTenant.Generate(Users, seed: 7));
        _database = new SqliteConnection($"Data Source=file:occ-bench-{Guid.NewGuid():N}?mode=memory&cache=shared");
        await _database.OpenAsync();
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = _sandbox.BaseUrl,
            ["Storage:ConnectionString"] = _database.ConnectionString,
            ["Booking:ChangeNotifications"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(config);
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(_clock);
        services.AddStorage(config);
        services.AddMailbox();
        services.AddInteractions();
        services.AddSingleton<IGraphCredentials, SandboxCredentials>();
        services.AddBooking();
        _services = services.BuildServiceProvider();

        await using (var scope = _services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClientCareDb>();
            await db.Database.MigrateAsync();
            foreach (var user in _sandbox.Tenant.Users)
            {
                var settings = TimeBlockSettingsJson.FromMailboxSettings(user.SnapshotMailboxSettings().ToJsonString(), null, out var errors)
                    ?? throw new InvalidOperationException(string.Join("; ", errors));
                var row = BookingSettings.NewRow(new AppUser("bench-tenant", user.Id, user.UserPrincipalName), settings, "de", _clock.GetUtcNow());
                row.AutoBooking = true;
                db.Add(row);
            }

            await db.SaveChangesAsync();
        }

        if (bookedYesterday)
        {
            await RunAsync();
            _clock.Now = Sunday.AddDays(1);
        }

        _sandbox.Counters.Reset();
        _sandbox.Faults.Add(new FaultRule { Kind = FaultKind.Latency, LatencyMilliseconds = LatencyMilliseconds });
    }

    /// <summary>A settable "now" with real timers: the sandbox's latency and Retry-After waits must really pass.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
