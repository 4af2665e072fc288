using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
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
/// can never both hold it. A lease whose holder died frees itself after <see cref="LeaseTime"/>.
/// Users are locked in a fixed order, so two runs never wait on each other in a circle.
/// </remarks>
public sealed class BookingLocks(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>Far longer than a run (1,000 users take about 30 s); only matters when an instance dies mid-run.</summary>
    public static readonly TimeSpan LeaseTime = TimeSpan.FromMinutes(10);

    /// <summary>How often a run waiting for another instance looks again.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    private readonly ConcurrentDictionary<(string, string), SemaphoreSlim> _locks = new();
    private readonly string _holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public async Task<IAsyncDisposable> AcquireAsync(IEnumerable<BookingUser> users, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(users);
        var keys = users.Select(u => (u.TenantId, u.ObjectId)).Distinct().Order().ToList();
        var held = new Held(this, keys.Count);
        try
        {
            foreach (var key in keys)
            {
                var gate = _locks.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
                await gate.WaitAsync(ct);
                held.Gates.Add(gate);
            }

            foreach (var key in keys)
            {
                // Real time, not the TimeProvider: this is waiting for another process, not reading the clock.
                while (!await TryLeaseAsync(key, ct))
                {
                    await Task.Delay(PollInterval, ct);
                }

                held.Leases.Add(key);
            }
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

    private async Task ReleaseAsync(IEnumerable<(string TenantId, string ObjectId)> keys)
    {
        await using var scope = scopes.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<ClientCareDb>().Set<BookingLease>();
        foreach (var key in keys)
        {
            // Not cancellable: a run that was cancelled must still let go. If the database is gone, the lease expires.
            await leases.Where(l => l.TenantId == key.TenantId && l.ObjectId == key.ObjectId && l.Holder == _holder).ExecuteDeleteAsync(CancellationToken.None);
        }
    }

    private sealed class Held(BookingLocks locks, int capacity) : IAsyncDisposable
    {
        public List<SemaphoreSlim> Gates { get; } = new(capacity);

        public List<(string TenantId, string ObjectId)> Leases { get; } = new(capacity);

        public async ValueTask DisposeAsync()
        {
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
            }
        }
    }
}

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
        }
    }
}
