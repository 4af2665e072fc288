using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using OutlookClientCare.Server.Mailbox;
using OutlookClientCare.Server.Storage;

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
/// A user already waiting is not queued twice (their work is merged), so a burst of notifications
/// costs one re-plan.
/// </summary>
public sealed class ReplanQueue
{
    private readonly Channel<(string TenantId, string ObjectId)> _channel = Channel.CreateUnbounded<(string, string)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<(string, string), SubscriptionWork> _waiting = new();

    /// <summary>Users queued and not yet taken up.</summary>
    public int Waiting => _waiting.Count;

    public void Enqueue(string tenantId, string objectId, SubscriptionWork work = SubscriptionWork.Replan)
    {
        var added = false;
        _waiting.AddOrUpdate((tenantId, objectId), _ => { added = true; return work; }, (_, queued) => queued | work);
        if (added)
        {
            _channel.Writer.TryWrite((tenantId, objectId));
        }
    }

    public async IAsyncEnumerable<(string TenantId, string ObjectId, SubscriptionWork Work)> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var user in _channel.Reader.ReadAllAsync(ct))
        {
            // Notifications that arrive while this user is being handled queue them again.
            if (_waiting.TryRemove(user, out var work))
            {
                yield return (user.TenantId, user.ObjectId, work);
            }
        }
    }
}

/// <summary>
/// Handles the users that change and lifecycle notifications named, one at a time, with background
/// credentials: first their subscription (reauthorize, or recreate one Graph removed), then a re-plan
/// from a fresh read of the calendar.
/// </summary>
public sealed class ReplanService(ReplanQueue queue, IServiceScopeFactory scopes, ILogger<ReplanService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (tenantId, objectId, work) in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                if ((work & (SubscriptionWork.Reauthorize | SubscriptionWork.Recreate)) != 0)
                {
                    await RepairSubscriptionAsync(tenantId, objectId, work, stoppingToken);
                }

                if (work.HasFlag(SubscriptionWork.Replan))
                {
                    await ReplanAsync(tenantId, objectId, stoppingToken);
                }
            }
            catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Re-planning after a calendar change failed; the periodic run will catch up: {Error}", error.Message);
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

    private async Task ReplanAsync(string tenantId, string objectId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClientCareDb>();
        var user = await db.Set<BookingUser>().SingleOrDefaultAsync(u => u.TenantId == tenantId && u.ObjectId == objectId, ct);
        if (user is not { AutoBooking: true })
        {
            return;
        }

        var sender = scope.ServiceProvider.GetRequiredService<GraphAccess>().BackgroundBatches(user.ToAppUser());
        if (sender is null)
        {
            logger.LogWarning("No background credentials: a calendar change cannot be re-planned.");
            return;
        }

        await scope.ServiceProvider.GetRequiredService<BookingRunner>().BookAsync([user], sender, BookingMode.Background, ct);
    }
}
