using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using OutlookClientCare.Server.Graph;
using OutlookClientCare.Server.Storage;
using OutlookClientCare.Server.Telemetry;

namespace OutlookClientCare.Server.Booking;

/// <summary>
/// Users whose calendar changed, waiting to be re-planned. A user already waiting is not queued
/// twice, so a burst of notifications costs one re-plan.
/// </summary>
public sealed class ReplanQueue(ClientCareMetrics? metrics = null)
{
    private readonly Channel<(string TenantId, string ObjectId)> _channel = Channel.CreateUnbounded<(string, string)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<(string, string), byte> _waiting = new();

    /// <summary>Users queued and not yet taken up.</summary>
    public int Waiting => _waiting.Count;

    public void Enqueue(string tenantId, string objectId)
    {
        if (_waiting.TryAdd((tenantId, objectId), 0))
        {
            _channel.Writer.TryWrite((tenantId, objectId));
        }
        else
        {
            metrics?.Notifications("coalesced");
        }
    }

    public async IAsyncEnumerable<(string TenantId, string ObjectId)> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var user in _channel.Reader.ReadAllAsync(ct))
        {
            // Changes that arrive while this user is being re-planned queue them again.
            _waiting.TryRemove(user, out _);
            yield return user;
        }
    }
}

/// <summary>Re-plans the users that change notifications named, one at a time, with background credentials.</summary>
public sealed class ReplanService(ReplanQueue queue, IServiceScopeFactory scopes, ILogger<ReplanService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (tenantId, objectId) in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await ReplanAsync(tenantId, objectId, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Re-planning after a calendar change failed; the periodic run will catch up: {Error}", error.Message);
            }
        }
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

        var sender = scope.ServiceProvider.GetRequiredService<GraphGatewayFactory>().BackgroundBatchSender(user.ToAppUser());
        if (sender is null)
        {
            logger.LogWarning("No background credentials: a calendar change cannot be re-planned.");
            return;
        }

        await scope.ServiceProvider.GetRequiredService<BookingRunner>().BookAsync([user], sender, BookingMode.Background, ct);
    }
}
