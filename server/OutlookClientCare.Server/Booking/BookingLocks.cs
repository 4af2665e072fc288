using System.Collections.Concurrent;

namespace OutlookClientCare.Server.Booking;

/// <summary>
/// One booking at a time per user in this process. Our own creates trigger change notifications,
/// so "book now" and the re-plan it provokes would otherwise both record the same new events.
/// (Across server instances the unique index on a user's day is the last line of defence.)
/// </summary>
public sealed class BookingLocks
{
    private readonly ConcurrentDictionary<(string, string), SemaphoreSlim> _locks = new();

    /// <summary>Takes the locks of all <paramref name="users"/> in a fixed order, so two runs never wait on each other in a circle.</summary>
    public async Task<IAsyncDisposable> AcquireAsync(IEnumerable<BookingUser> users, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(users);
        var keys = users.Select(u => (u.TenantId, u.ObjectId)).Distinct().Order().ToList();
        var held = new List<SemaphoreSlim>(keys.Count);
        try
        {
            foreach (var key in keys)
            {
                var gate = _locks.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
                await gate.WaitAsync(ct);
                held.Add(gate);
            }
        }
        catch
        {
            Release(held);
            throw;
        }

        return new Held(held);
    }

    private static void Release(List<SemaphoreSlim> held)
    {
        foreach (var gate in held)
        {
            gate.Release();
        }
    }

    private sealed class Held(List<SemaphoreSlim> held) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            Release(held);
            return ValueTask.CompletedTask;
        }
    }
}
