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
/// (<see cref="BookingLease"/>) does, taken with a conditional UPDATE or an INSERT so two instances
/// can never both hold it, in bulk (500 users per statement) so a run over thousands of users pays
/// a few statements, not thousands. The holder renews its leases every third of <see cref="LeaseTime"/>, so a
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
            // Leases are taken in bulk, in key order: what is free up to the first key another instance
            // holds is kept, anything obtained past that key is let go again, and the run waits there.
            var waited = Stopwatch.StartNew();
            var pending = keys;
            while (pending.Count > 0)
            {
                var obtained = await TryLeaseAsync(pending, ct);
                var blocked = pending.FindIndex(k => !obtained.Contains(k));
                if (blocked < 0)
                {
                    held.Leases.AddRange(pending);
                    break;
                }

                held.Leases.AddRange(pending.Take(blocked));
                var pastBlocked = pending.Skip(blocked + 1).Where(obtained.Contains).ToList();
                if (pastBlocked.Count > 0)
                {
                    await ReleaseAsync(pastBlocked);
                }

                pending = pending[blocked..];
                if (waited.Elapsed >= maxWait)
                {
                    throw new BookingBusyException();
                }

                await Task.Delay(PollInterval, ct);
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

    /// <summary>
    /// A lease on something other than a user (<paramref name="name"/>, e.g. one part of a run),
    /// without waiting: null when another instance holds it. Renewed until disposed; disposing
    /// releases it unless <see cref="Claim.KeepUntilExpiry"/> was called (the work is done: others
    /// should not redo it within <see cref="LeaseTime"/>).
    /// </summary>
    public async Task<Claim?> TryClaimAsync(string tenantId, string name, CancellationToken ct)
    {
        var key = (tenantId, name);
        if (!(await TryLeaseAsync([key], ct)).Contains(key))
        {
            return null;
        }

        var held = new Held(this, 1);
        held.Leases.Add(key);
        held.StartRenewing();
        return new Claim(held);
    }

    /// <summary>Takes every free or expired lease of <paramref name="keys"/> (a few statements per 500 users) and says which this instance now holds.</summary>
    private async Task<HashSet<(string TenantId, string ObjectId)>> TryLeaseAsync(IReadOnlyList<(string TenantId, string ObjectId)> keys, CancellationToken ct)
    {
        var obtained = new HashSet<(string, string)>();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClientCareDb>();
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var until = now + (long)LeaseTime.TotalMilliseconds;
        foreach (var (tenant, ids) in Chunks(keys))
        {
            var leases = db.Set<BookingLease>().Where(l => l.TenantId == tenant && ids.Contains(l.ObjectId));
            await leases.Where(l => l.ExpiresAt <= now || l.Holder == _holder)
                .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, _holder).SetProperty(l => l.ExpiresAt, until), ct);
            var existing = await leases.AsNoTracking().Select(l => new { l.ObjectId, l.Holder }).ToListAsync(ct);
            obtained.UnionWith(existing.Where(l => l.Holder == _holder).Select(l => (tenant, l.ObjectId)));
            var missing = ids.Except(existing.Select(l => l.ObjectId), StringComparer.Ordinal).ToList();
            if (missing.Count == 0)
            {
                continue;
            }

            db.AddRange(missing.Select(id => new BookingLease { TenantId = tenant, ObjectId = id, Holder = _holder, ExpiresAt = until }));
            try
            {
                await db.SaveChangesAsync(ct);
                obtained.UnionWith(missing.Select(id => (tenant, id)));
            }
            catch (DbUpdateException)
            {
                // Another instance inserted some of them first: take the others one by one.
                db.ChangeTracker.Clear();
                foreach (var id in missing)
                {
                    db.Add(new BookingLease { TenantId = tenant, ObjectId = id, Holder = _holder, ExpiresAt = until });
                    try
                    {
                        await db.SaveChangesAsync(ct);
                        obtained.Add((tenant, id));
                    }
                    catch (DbUpdateException)
                    {
                        db.ChangeTracker.Clear();
                    }
                }
            }
        }

        return obtained;
    }

    private async Task RenewAsync(IReadOnlyList<(string TenantId, string ObjectId)> keys, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<ClientCareDb>().Set<BookingLease>();
        var until = (time.GetUtcNow() + LeaseTime).ToUnixTimeMilliseconds();
        foreach (var (tenant, ids) in Chunks(keys))
        {
            await leases.Where(l => l.TenantId == tenant && ids.Contains(l.ObjectId) && l.Holder == _holder)
                .ExecuteUpdateAsync(set => set.SetProperty(l => l.ExpiresAt, until), ct);
        }
    }

    /// <summary>Keys per tenant, 500 at a time: one IN list per statement, well inside every database's parameter limit.</summary>
    private static IEnumerable<(string TenantId, List<string> ObjectIds)> Chunks(IEnumerable<(string TenantId, string ObjectId)> keys) =>
        keys.GroupBy(k => k.TenantId, StringComparer.Ordinal)
            .SelectMany(tenant => tenant.Select(k => k.ObjectId).Chunk(500).Select(ids => (tenant.Key, ids.ToList())));

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

    private async Task ReleaseAsync(List<(string TenantId, string ObjectId)> keys)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var leases = scope.ServiceProvider.GetRequiredService<ClientCareDb>().Set<BookingLease>();
            foreach (var (tenant, ids) in Chunks(keys))
            {
                // Not cancellable: a run that was cancelled must still let go.
                await leases.Where(l => l.TenantId == tenant && ids.Contains(l.ObjectId) && l.Holder == _holder).ExecuteDeleteAsync(CancellationToken.None);
            }
        }

        catch (Exception error) when (error is DbException or DbUpdateException or InvalidOperationException)
        {
            // The run's own outcome matters more; the leases expire by themselves.
            logger.LogWarning(error, "Could not release {Count} booking leases; they expire within {LeaseTime}.", keys.Count, LeaseTime);
        }
    }

    /// <summary>See <see cref="TryClaimAsync"/>.</summary>
    public sealed class Claim : IAsyncDisposable
    {
        private readonly Held _held;

        internal Claim(Held held) => _held = held;

        public void KeepUntilExpiry() => _held.Keep = true;

        public ValueTask DisposeAsync() => _held.DisposeAsync();
    }

    internal sealed class Held(BookingLocks locks, int capacity) : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private Task _renewing = Task.CompletedTask;

        public List<SemaphoreSlim> Gates { get; } = new(capacity);

        public List<(string TenantId, string ObjectId)> Leases { get; } = new(capacity);

        public bool Keep { get; set; }

        public void StartRenewing() => _renewing = locks.RenewUntilStoppedAsync(Leases, _stop.Token);

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _renewing;
            try
            {
                if (Leases.Count > 0 && !Keep)
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
