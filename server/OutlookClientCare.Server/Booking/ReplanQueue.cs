using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookClientCare.Server.Graph;
using OutlookClientCare.Server.Storage;
using OutlookClientCare.Server.Telemetry;

namespace OutlookClientCare.Server.Booking;

/// <summary>
/// Users whose calendar changed, waiting to be re-planned. A user is taken once no notification
/// for them has come for <see cref="BookingOptions.ReplanSettle"/>: Graph sends several
/// notifications for one edit, and a user moving a meeting around sends many, but the burst costs
/// one re-plan.
/// </summary>
public sealed class ReplanQueue(ClientCareMetrics? metrics = null) : IDisposable
{
    private readonly ConcurrentDictionary<(string TenantId, string ObjectId), long> _waiting = new();
    private readonly SemaphoreSlim _arrived = new(0);

    /// <summary>Users queued and not yet taken up.</summary>
    public int Waiting => _waiting.Count;

    public void Enqueue(string tenantId, string objectId)
    {
        var now = Stopwatch.GetTimestamp();
        var added = false;
        _waiting.AddOrUpdate((tenantId, objectId), _ => { added = true; return now; }, (_, _) => now);
        if (added)
        {
            _arrived.Release();
        }
        else
        {
            metrics?.Notifications("coalesced");
        }
    }

    public void Dispose() => _arrived.Dispose();

    /// <summary>
    /// Waits for users whose last notification is at least <paramref name="settle"/> old and takes
    /// up to <paramref name="max"/> of them. Real time, not the TimeProvider: it waits for Graph.
    /// A change that arrives while a user is being re-planned queues them again.
    /// </summary>
    public async Task<IReadOnlyList<(string TenantId, string ObjectId)>> TakeSettledAsync(TimeSpan settle, int max, CancellationToken ct)
    {
        while (true)
        {
            if (_waiting.IsEmpty)
            {
                await _arrived.WaitAsync(ct);
            }

            var cutoff = Stopwatch.GetTimestamp() - (long)(settle.TotalSeconds * Stopwatch.Frequency);
            var taken = _waiting.Where(w => w.Value <= cutoff).Take(max).Where(_waiting.TryRemove).Select(w => w.Key).ToList();
            if (taken.Count > 0)
            {
                return taken;
            }

            await Task.Delay(settle < TimeSpan.FromMilliseconds(200) ? settle : TimeSpan.FromMilliseconds(200), ct);
        }
    }
}

/// <summary>Re-plans the users that change notifications named, many at a time in batches, with background credentials.</summary>
public sealed class ReplanService(ReplanQueue queue, IServiceScopeFactory scopes, IOptions<BookingOptions> options, ILogger<ReplanService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyList<(string TenantId, string ObjectId)> users;
            try
            {
                users = await queue.TakeSettledAsync(options.Value.ReplanSettle, BookingRun.UsersPerPart, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                await ReplanAsync(users, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Re-planning {Count} users after calendar changes failed; the periodic run will catch up: {Error}", users.Count, error.Message);
            }
        }
    }

    private async Task ReplanAsync(IReadOnlyList<(string TenantId, string ObjectId)> users, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClientCareDb>();
        foreach (var tenant in users.GroupBy(u => u.TenantId, StringComparer.Ordinal))
        {
            var ids = tenant.Select(u => u.ObjectId).ToList();
            var members = await db.Set<BookingUser>().Where(u => u.TenantId == tenant.Key && ids.Contains(u.ObjectId) && u.AutoBooking).ToListAsync(ct);
            if (members.Count == 0)
            {
                continue;
            }

            var sender = scope.ServiceProvider.GetRequiredService<GraphGatewayFactory>().BackgroundBatchSender(members[0].ToAppUser());
            if (sender is null)
            {
                logger.LogWarning("No background credentials: {Count} calendar changes cannot be re-planned.", members.Count);
                continue;
            }

            await scope.ServiceProvider.GetRequiredService<BookingRunner>().BookAsync(members, sender, BookingMode.Background, ct);
        }
    }
}
