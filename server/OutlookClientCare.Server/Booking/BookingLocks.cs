using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookClientCare.Server.Privacy;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.Booking;

/// <summary>
/// One booking at a time per user, across every server instance on the database. Our own creates
/// trigger change notifications, and several instances run background booking, so without it two
/// runs would plan the same days and record the same new events.
/// </summary>
/// <remarks>
/// Within this process a semaphore per user queues the runs; across processes a lease row per user
/// (<see cref="BookingLease"/>) does, taken with one conditional UPDATE or INSERT so two instances
/// can never both hold it. The holder renews its leases every third of <see cref="LeaseTime"/>, so a
/// long run keeps them and a lease whose instance died frees itself after at most that long. Users
/// are locked in one fixed (ordinal) order, so two runs never wait on each other in a circle.
/// </remarks>
public sealed class BookingLocks(IServiceScopeFactory scopes, TimeProvider time, ILogger<BookingLocks> logger)
{
    public static readonly TimeSpan LeaseTime = TimeSpan.FromMinutes(10);

    /// <summary>How often a run waiting for another instance looks again.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    private readonly ConcurrentDictionary<(string, string), SemaphoreSlim> _locks = new();
    private readonly string _holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>
    /// Takes the locks of all <paramref name="users"/>. With <paramref name="maxWait"/> (someone is
    /// waiting for the answer) a lock another instance holds longer than that ends in
    /// <see cref="BookingBusyException"/>; without, it waits as long as <paramref name="ct"/> allows.
    /// </summary>
    public async Task<IAsyncDisposable> AcquireAsync(IEnumerable<(string TenantId, string ObjectId)> users, TimeSpan? maxWait, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(users);
        var keys = users.Distinct().OrderBy(k => k.TenantId, StringComparer.Ordinal).ThenBy(k => k.ObjectId, StringComparer.Ordinal).ToList();
        var held = new Held(this, keys.Count);
        try
        {
            foreach (var key in keys)
            {
                var gate = _locks.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
                await gate.WaitAsync(ct);
                held.Gates.Add(gate);
            }

            // Real time, not the TimeProvider: this waits for another process, it does not read the clock.
            var waited = Stopwatch.StartNew();
            foreach (var key in keys)
            {
                while (!await TryLeaseAsync(key, ct))
                {
                    if (waited.Elapsed >= maxWait)
                    {
                        throw new BookingBusyException();
                    }

                    await Task.Delay(PollInterval, ct);
                }

                held.Leases.Add(key);
            }

            held.StartRenewing();
        }
        catch
        {
            await held.DisposeAsync();
            throw;
        }

        return held;
    }

    private async Task<bool> TryLeaseAsync((string TenantId, string ObjectId) key, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClientCareDb>();
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var until = now + (long)LeaseTime.TotalMilliseconds;
        var leases = db.Set<BookingLease>().Where(l => l.TenantId == key.TenantId && l.ObjectId == key.ObjectId);
        if (await leases.Where(l => l.ExpiresAt <= now || l.Holder == _holder)
                .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, _holder).SetProperty(l => l.ExpiresAt, until), ct) == 1)
        {
            return true;
        }

        if (await leases.AnyAsync(ct))
        {
            return false;
        }

        db.Add(new BookingLease { TenantId = key.TenantId, ObjectId = key.ObjectId, Holder = _holder, ExpiresAt = until });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // another instance inserted it first
        }
    }

    private async Task RenewAsync(IReadOnlyList<(string TenantId, string ObjectId)> keys, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<ClientCareDb>().Set<BookingLease>();
        var until = (time.GetUtcNow() + LeaseTime).ToUnixTimeMilliseconds();
        foreach (var key in keys)
        {
            await leases.Where(l => l.TenantId == key.TenantId && l.ObjectId == key.ObjectId && l.Holder == _holder)
                .ExecuteUpdateAsync(set => set.SetProperty(l => l.ExpiresAt, until), ct);
        }
    }

    private async Task RenewUntilStoppedAsync(IReadOnlyList<(string TenantId, string ObjectId)> keys, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(LeaseTime / 3, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                try
                {
                    await RenewAsync(keys, stop);
                }
                catch (Exception error) when (error is DbException or DbUpdateException or InvalidOperationException)
                {
                    logger.LogWarning(error, "Could not renew {Count} booking leases; trying again.", keys.Count);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }

    private async Task ReleaseAsync(IReadOnlyList<(string TenantId, string ObjectId)> keys)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var leases = scope.ServiceProvider.GetRequiredService<ClientCareDb>().Set<BookingLease>();
            foreach (var key in keys)
            {
                // Not cancellable: a run that was cancelled must still let go.
                await leases.Where(l => l.TenantId == key.TenantId && l.ObjectId == key.ObjectId && l.Holder == _holder).ExecuteDeleteAsync(CancellationToken.None);
            }
        }
        catch (Exception error) when (error is DbException or DbUpdateException or InvalidOperationException)
        {
            // The run's own outcome matters more; the leases expire by themselves.
            logger.LogWarning(error, "Could not release {Count} booking leases; they expire within {LeaseTime}.", keys.Count, LeaseTime);
        }
    }

    private sealed class Held(BookingLocks locks, int capacity) : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private Task _renewing = Task.CompletedTask;

        public List<SemaphoreSlim> Gates { get; } = new(capacity);

        public List<(string TenantId, string ObjectId)> Leases { get; } = new(capacity);

        public void StartRenewing() => _renewing = locks.RenewUntilStoppedAsync(Leases, _stop.Token);

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _renewing;
            try
            {
                if (Leases.Count > 0)
                {
                    await locks.ReleaseAsync(Leases);
                }
            }
            finally
            {
                foreach (var gate in Gates)
                {
                    gate.Release();
                }

                Leases.Clear();
                Gates.Clear();
                _stop.Dispose();
            }
        }

    }
}

/// <summary>Another server instance is booking this user's blocks right now.</summary>
public sealed class BookingBusyException() : Exception("Another server is booking these blocks right now.");

/// <summary>Which server instance is booking a user right now, and until when at the latest.</summary>
public sealed class BookingLease
{
    public required string TenantId { get; set; }
    public required string ObjectId { get; set; }
    public required string Holder { get; set; }

    /// <summary>Unix milliseconds, so SQLite can compare it in SQL.</summary>
    public long ExpiresAt { get; set; }

    internal sealed class Configuration : IEntityTypeConfiguration<BookingLease>
    {
        public void Configure(EntityTypeBuilder<BookingLease> lease)
        {
            lease.ToTable("BookingLeases");
            lease.HasKey(l => new { l.TenantId, l.ObjectId });
            lease.Property(l => l.TenantId).HasMaxLength(64);
            lease.Property(l => l.ObjectId).HasMaxLength(64);
            lease.Property(l => l.Holder).HasMaxLength(200);
            lease.IsNotPersonalData("A lock held for minutes while a run books the user; erasing it mid-run would let a second run in.");
        }
    }
}
