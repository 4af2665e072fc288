using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookClientCare.Server.Mailbox;
using OutlookClientCare.Server.Storage;
using OutlookClientCare.Server.Telemetry;

namespace OutlookClientCare.Server.Booking;

/// <summary>What a user's change or lifecycle notifications ask for.</summary>
[Flags]
public enum SubscriptionWork
{
    None = 0,

    /// <summary>The calendar changed, or notifications were missed: plan again from a fresh read.</summary>
    Replan = 1,

    /// <summary>reauthorizationRequired: reauthorize the subscription so notifications keep coming.</summary>
    Reauthorize = 2,

    /// <summary>subscriptionRemoved: Graph ended the subscription; create a new one.</summary>
    Recreate = 4,
}

/// <summary>
/// Users whose calendar changed or whose subscription needs care, waiting for <see cref="ReplanService"/>.
/// A user is taken once no notification for them has come for <see cref="BookingOptions.ReplanSettle"/>:
/// Graph sends several notifications for one edit, and a user moving a meeting around sends many,
/// but the burst costs one re-plan. A user already waiting is not queued twice: their work is merged.
/// </summary>
public sealed class ReplanQueue(ClientCareMetrics? metrics = null) : IDisposable
{
    private readonly ConcurrentDictionary<(string TenantId, string ObjectId), (long LastNotified, SubscriptionWork Work)> _waiting = new();
    private readonly SemaphoreSlim _arrived = new(0);

    /// <summary>Users queued and not yet taken up.</summary>
    public int Waiting => _waiting.Count;

    public void Enqueue(string tenantId, string objectId, SubscriptionWork work = SubscriptionWork.Replan)
    {
        var now = Stopwatch.GetTimestamp();
        var added = false;
        _waiting.AddOrUpdate((tenantId, objectId), _ => { added = true; return (now, work); }, (_, queued) => (now, queued.Work | work));
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
    /// up to <paramref name="max"/> of them, each with all the work their notifications asked for.
    /// Real time, not the TimeProvider: it waits for Graph. A notification that arrives while a user
    /// is being handled queues them again.
    /// </summary>
    public async Task<IReadOnlyList<(string TenantId, string ObjectId, SubscriptionWork Work)>> TakeSettledAsync(TimeSpan settle, int max, CancellationToken ct)
    {
        while (true)
        {
            if (_waiting.IsEmpty)
            {
                await _arrived.WaitAsync(ct);
            }

            var cutoff = Stopwatch.GetTimestamp() - (long)(settle.TotalSeconds * Stopwatch.Frequency);
            var taken = new List<(string, string, SubscriptionWork)>();
            foreach (var (user, waiting) in _waiting)
            {
                if (taken.Count == max)
                {
                    break;
                }

                if (waiting.LastNotified <= cutoff && _waiting.TryRemove(user, out var removed))
                {
                    taken.Add((user.TenantId, user.ObjectId, removed.Work));
                }
            }

            if (taken.Count > 0)
            {
                return taken;
            }

            await Task.Delay(settle < TimeSpan.FromMilliseconds(200) ? settle : TimeSpan.FromMilliseconds(200), ct);
        }
    }
}

/// <summary>
/// Handles the users that change and lifecycle notifications named, with background credentials:
/// first each one's subscription where asked (reauthorize, or recreate one Graph removed), then one
/// re-plan from a fresh read of the calendar for many users at a time, in batches.
/// </summary>
public sealed class ReplanService(ReplanQueue queue, IServiceScopeFactory scopes, IOptions<BookingOptions> options, ILogger<ReplanService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyList<(string TenantId, string ObjectId, SubscriptionWork Work)> users;
            try
            {
                users = await queue.TakeSettledAsync(options.Value.ReplanSettle, BookingRun.UsersPerPart, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            foreach (var (tenantId, objectId, work) in users.Where(u => (u.Work & (SubscriptionWork.Reauthorize | SubscriptionWork.Recreate)) != 0))
            {
                try
                {
                    await RepairSubscriptionAsync(tenantId, objectId, work, stoppingToken);
                }
                catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning("Repairing a change subscription failed; the periodic run renews or recreates it: {Error}", error.Message);
                }
            }

            var replans = users.Where(u => u.Work.HasFlag(SubscriptionWork.Replan)).Select(u => (u.TenantId, u.ObjectId)).ToList();
            if (replans.Count == 0)
            {
                continue;
            }

            try
            {
                await ReplanAsync(replans, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Re-planning {Count} users after calendar changes failed; the periodic run will catch up: {Error}", replans.Count, error.Message);
            }
        }
    }

    private async Task RepairSubscriptionAsync(string tenantId, string objectId, SubscriptionWork work, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClientCareDb>();
        var user = await db.Set<BookingUser>().SingleOrDefaultAsync(u => u.TenantId == tenantId && u.ObjectId == objectId, ct);
        if (user is not { AutoBooking: true } || scope.ServiceProvider.GetRequiredService<GraphAccess>().ForBackground(user.ToAppUser()) is not { } gateway)
        {
            return;
        }

        // Under the user's lease, so two instances that both got the notification fix it once.
        await using var held = await scope.ServiceProvider.GetRequiredService<BookingLocks>().AcquireAsync([(tenantId, objectId)], null, ct);
        await db.Entry(user).ReloadAsync(ct);
        var subscriptions = scope.ServiceProvider.GetRequiredService<ChangeSubscriptions>();
        if (work.HasFlag(SubscriptionWork.Recreate))
        {
            await subscriptions.RecreateAsync(user, gateway, ct);
        }
        else
        {
            await subscriptions.ReauthorizeAsync(user, gateway, ct);
        }

        await db.SaveChangesAsync(ct);
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

            var sender = scope.ServiceProvider.GetRequiredService<GraphAccess>().BackgroundBatches(members[0].ToAppUser());
            if (sender is null)
            {
                logger.LogWarning("No background credentials: {Count} calendar changes cannot be re-planned.", members.Count);
                continue;
            }

            await scope.ServiceProvider.GetRequiredService<BookingRunner>().BookAsync(members, sender, BookingMode.Background, ct);
        }
    }
}
