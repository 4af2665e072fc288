using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OutlookClientCare.Core.TimeBlocks;
using OutlookClientCare.GraphSandbox.Data;
using OutlookClientCare.GraphSandbox.Faults;
using OutlookClientCare.GraphSandbox.Hosting;
using OutlookClientCare.Server.Booking;
using OutlookClientCare.Server.Demo;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.LoadHarness;

/// <summary>A "now" the scenario sets, with real timers: the sandbox's latency and Retry-After waits must really pass.</summary>
public sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>Where the instances keep their data: a fresh SQLite file, or a PostgreSQL database they share.</summary>
public sealed record FleetStorage(string Provider, string ConnectionString)
{
    public static FleetStorage SqliteFile() =>
        new("sqlite", $"Data Source={Path.Combine(Path.GetTempPath(), $"occ-load-{Guid.NewGuid():N}.db")}");
}

/// <summary>
/// A synthetic tenant of N users in the sandbox (Graph's per-mailbox limits on, a fixed latency on
/// every request and every $batch step) and one or more server instances on one database, every
/// user set to auto-booking. Sunday evening, so the horizon starts on Monday.
/// </summary>
public sealed class BookingFleet : IAsyncDisposable
{
    public static readonly DateTimeOffset Sunday = new(2026, 11, 29, 18, 0, 0, TimeSpan.Zero);

    private BookingFleet(GraphSandboxHost sandbox, SettableClock clock, IReadOnlyList<LoadServer> servers)
    {
        Sandbox = sandbox;
        Clock = clock;
        Servers = servers;
    }

    public GraphSandboxHost Sandbox { get; }

    public SettableClock Clock { get; }

    public IReadOnlyList<LoadServer> Servers { get; }

    public static async Task<BookingFleet> StartAsync(int users, int instances, FleetStorage storage, int latencyMilliseconds, bool limits = true, IReadOnlyDictionary<string, string?>? settings = null, bool kestrel = false)
    {
        var clock = new SettableClock(Sunday);
        var sandbox = await GraphSandboxHost.StartAsync(SandboxTenant.Generate(users, seed: 7), clock);
        sandbox.Limits.Enabled = limits;
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>(), StringComparer.Ordinal)
        {
            ["Storage:Provider"] = storage.Provider,
            ["Storage:ConnectionString"] = storage.ConnectionString,
        };
        all.TryAdd("Booking:ChangeNotifications", "false");
        var servers = Enumerable.Range(0, instances).Select(_ => new LoadServer(sandbox.Tenant, sandbox.BaseUrl, clock, all, kestrel)).ToList();
        var fleet = new BookingFleet(sandbox, clock, servers);
        await fleet.SeedAsync();
        if (latencyMilliseconds > 0)
        {
            sandbox.Faults.Add(new FaultRule { Kind = FaultKind.Latency, LatencyMilliseconds = latencyMilliseconds });
        }

        return fleet;
    }

    /// <summary>One periodic run on <paramref name="server"/>, as its background service would do it.</summary>
    public static async Task<(TimeSpan Took, IReadOnlyList<UserBookingResult> Results)> RunAsync(LoadServer server, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        await using var scope = server.Services.CreateAsyncScope();
        var results = await scope.ServiceProvider.GetRequiredService<BookingRun>().RunAsync(ct);
        return (watch.Elapsed, results);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var server in Servers)
        {
            await server.DisposeAsync();
        }

        await Sandbox.DisposeAsync();
    }

    private async Task SeedAsync()
    {
        _ = Servers[0].Services; // starts the host: migrations applied
        await using var scope = Servers[0].Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClientCareDb>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var user in Sandbox.Tenant.Users)
        {
            var settings = TimeBlockSettingsJson.FromMailboxSettings(user.SnapshotMailboxSettings().ToJsonString(), null, out var errors)
                ?? throw new InvalidOperationException(string.Join("; ", errors));
            var row = BookingSettings.NewRow(new AppUser(DemoAuthenticationHandler.TenantId, user.Id, user.UserPrincipalName), settings, "de", Clock.GetUtcNow());
            row.AutoBooking = true;
            db.Add(row);
        }

        await db.SaveChangesAsync();
        foreach (var server in Servers.Skip(1))
        {
            _ = server.Services; // start the other instances too
        }

        Sandbox.Counters.Reset();
    }
}
