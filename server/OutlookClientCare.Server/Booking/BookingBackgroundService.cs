using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookClientCare.Graph;
using OutlookClientCare.Server.Mailbox;
using OutlookClientCare.Server.Storage;
using OutlookClientCare.Server.Telemetry;

namespace OutlookClientCare.Server.Booking;

/// <summary>
/// The periodic run: renews change-notification subscriptions that are due, then books every
/// auto-booking user's horizon, tenant by tenant, in batches across users.
/// </summary>
public sealed class BookingBackgroundService(IServiceScopeFactory scopes, TimeProvider time, IOptions<BookingOptions> options, ILogger<BookingBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunInBackground)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.RunInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<BookingRun>().RunAsync(stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // Whatever went wrong, the next run must still happen: a dead background service books nobody.
                logger.LogError(error, "The booking run failed; it runs again in {Interval}.", options.Value.RunInterval);
            }
        }
    }
}

/// <summary>One periodic run (scoped): what <see cref="BookingBackgroundService"/> does each interval, callable from tests and benchmarks.</summary>
public sealed class BookingRun(ClientCareDb db, GraphAccess graph, IServiceScopeFactory scopes, ChangeSubscriptions subscriptions, BookingLocks locks, IOptions<BookingOptions> options, ILogger<BookingRun> logger, ClientCareMetrics? metrics = null)
{
    public async Task<IReadOnlyList<UserBookingResult>> RunAsync(CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            var results = await RunUsersAsync(ct);
            metrics?.BookingRun(System.Diagnostics.Stopwatch.GetElapsedTime(started), results.Count, results.Count(r => r.Failed > 0), completed: true);
            return results;
        }
        catch (Exception) when (metrics is not null)
        {
            metrics.BookingRun(System.Diagnostics.Stopwatch.GetElapsedTime(started), 0, 0, completed: false);
            throw;
        }
    }

    /// <summary>Users booked together in one part of a run: 50 $batch calls per round, enough to keep Graph's concurrency busy.</summary>
    public const int UsersPerPart = 1_000;

    private async Task<IReadOnlyList<UserBookingResult>> RunUsersAsync(CancellationToken ct)
    {
        var users = await db.Set<BookingUser>().Where(u => u.AutoBooking).OrderBy(u => u.TenantId).ThenBy(u => u.ObjectId).ToListAsync(ct);
        var results = new List<UserBookingResult>(users.Count);
        foreach (var tenant in users.GroupBy(u => u.TenantId, StringComparer.Ordinal))
        {
            var members = tenant.ToList();
            var sender = graph.BackgroundBatches(members[0].ToAppUser());
            if (sender is null)
            {
                logger.LogWarning("No background credentials are configured: {Count} auto-booking users were not booked.", members.Count);
                continue;
            }

            foreach (var user in members.Where(subscriptions.IsDue))
            {
                if (graph.ForBackground(user.ToAppUser()) is { } gateway)
                {
                    // Under the user's lease, with the row read again: another instance may have
                    // just renewed or recreated the subscription, and Graph should get one, not two.
                    await using var held = await locks.AcquireAsync([(user.TenantId, user.ObjectId)], null, ct);
                    await db.Entry(user).ReloadAsync(ct);
                    if (subscriptions.IsDue(user))
                    {
                        await subscriptions.EnsureAsync(user, gateway, ct);
                        await db.SaveChangesAsync(ct); // before the lease goes, so the next instance sees it
                    }
                }
            }

            // Parts of the run are claimed like users, so instances whose runs overlap share them
            // instead of one waiting for the other's users. A part done stays claimed until its lease
            // expires, so an instance that comes to it later does not book it again; a run that
            // fails or is stopped lets its parts go at once.
            // Parts run ParallelParts at a time, each in its own scope (its own DbContext): while one
            // part plans and writes its records, another waits for Graph, and no context tracks more
            // than one part's rows.
            var claims = new List<BookingLocks.Claim>();
            var parts = members.Chunk(UsersPerPart).ToList();
            var booked = new IReadOnlyList<UserBookingResult>[parts.Count];
            using var gate = new SemaphoreSlim(options.Value.ParallelParts);
            try
            {
                await Task.WhenAll(parts.Select(async (part, index) =>
                {
                    await gate.WaitAsync(ct);
                    try
                    {
                        if (await locks.TryClaimAsync(tenant.Key, $"run-part:{index}", ct) is not { } claim)
                        {
                            return;
                        }

                        lock (claims)
                        {
                            claims.Add(claim);
                        }

                        booked[index] = await BookPartAsync(part, sender, ct);
                    }
                    finally
                    {
                        gate.Release();
                    }
                }));
                claims.ForEach(c => c.KeepUntilExpiry());
            }
            finally
            {
                foreach (var claim in claims)
                {
                    await claim.DisposeAsync();
                }
            }

            results.AddRange(booked.Where(b => b is not null).SelectMany(b => b));
        }

        var failed = results.Count(r => r.Failed > 0);
        logger.LogInformation("Booking run: {Users} users, {Created} created, {Moved} moved, {Deleted} deleted, {Failed} users with failures.",
            results.Count, results.Sum(r => r.Created), results.Sum(r => r.Moved), results.Sum(r => r.Deleted), failed);
        return results;
    }

    /// <summary>One part in a scope of its own: its users read again there, so what the run changes on them is saved with the part.</summary>
    private async Task<IReadOnlyList<UserBookingResult>> BookPartAsync(BookingUser[] part, GraphBatch sender, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var partDb = scope.ServiceProvider.GetRequiredService<ClientCareDb>();
        var tenant = part[0].TenantId;
        var ids = part.Select(u => u.ObjectId).ToList();
        var users = await partDb.Set<BookingUser>().Where(u => u.TenantId == tenant && ids.Contains(u.ObjectId) && u.AutoBooking)
            .OrderBy(u => u.ObjectId).ToListAsync(ct);
        return users.Count == 0 ? [] : await scope.ServiceProvider.GetRequiredService<BookingRunner>().BookAsync(users, sender, BookingMode.Background, ct);
    }
}
