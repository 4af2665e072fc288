using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookClientCare.Graph;
using OutlookClientCare.Server.Booking;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Mailbox;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.ToDo;

/// <summary>
/// Keeps follow-ups in step with To Do without the pane: every <see cref="ToDoOptions.SyncInterval"/>
/// it runs <see cref="ToDoSyncRun"/>, which reads what changed in each To Do user's list.
/// </summary>
public sealed class ToDoSyncService(IServiceScopeFactory scopes, TimeProvider time, IOptions<ToDoOptions> options, ILogger<ToDoSyncService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SyncInBackground)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.SyncInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ToDoSyncRun>().RunAsync(stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The next round must still happen: a dead service leaves To Do and our follow-ups apart for good.
                logger.LogError(error, "The To Do round failed; it runs again in {Interval}.", options.Value.SyncInterval);
            }
        }
    }
}

/// <summary>
/// One background round (scoped), callable from tests: for each user with To Do on, one tasks/delta
/// request with the stored delta link (only what changed since the last look), a few users at a time.
/// Users synced within half an interval (by another instance, or the pane) are left for the next
/// round; a tenant another instance is syncing right now is left to it. Users without background
/// credentials are skipped, as for booking. Nobody with To Do on: no Graph request at all.
/// </summary>
public sealed class ToDoSyncRun(ClientCareDb db, IServiceScopeFactory scopes, GraphAccess graph, BookingLocks locks, IOptions<ToDoOptions> options, TimeProvider time, ILogger<ToDoSyncRun> logger)
{
    public sealed record Round(int Users, int WithoutBackgroundAccess, int Completed, int Reopened, int Failed);

    public const string LeaseName = "todo-sync";

    public async Task<Round> RunAsync(CancellationToken ct)
    {
        var recent = time.GetUtcNow() - (options.Value.SyncInterval / 2);
        var enabled = await db.Set<ToDoSetting>().AsNoTracking()
            .Where(s => s.Enabled && s.ListId != null)
            .Select(s => new { s.TenantId, s.ObjectId, s.UserPrincipalName, s.SyncedAt })
            .ToListAsync(ct);
        var due = enabled.Where(s => s.SyncedAt is null || s.SyncedAt <= recent)
            .Select(s => new AppUser(s.TenantId, s.ObjectId, s.UserPrincipalName ?? s.ObjectId))
            .ToList();
        int users = 0, skipped = 0, completed = 0, reopened = 0, failed = 0;
        foreach (var tenant in due.GroupBy(u => u.TenantId, StringComparer.Ordinal))
        {
            await using var claim = await locks.TryClaimAsync(tenant.Key, LeaseName, ct);
            if (claim is null)
            {
                continue;
            }

            var reachable = tenant.Select(u => (User: u, Gateway: graph.ForBackground(u))).Where(u => u.Gateway is not null).ToList();
            skipped += tenant.Count() - reachable.Count;
            await Parallel.ForEachAsync(reachable, new ParallelOptions { MaxDegreeOfParallelism = options.Value.ParallelUsers, CancellationToken = ct }, async (user, token) =>
            {
                await using var scope = scopes.CreateAsyncScope();
                try
                {
                    var result = await scope.ServiceProvider.GetRequiredService<ToDoMirror>().SyncInBackgroundAsync(user.User, user.Gateway!, token);
                    Interlocked.Add(ref completed, result.Completed);
                    Interlocked.Add(ref reopened, result.Reopened);
                    Interlocked.Increment(ref users);
                }
                catch (GraphGatewayException error)
                {
                    // One user's To Do trouble (consent withdrawn, throttled) does not hold up the others.
                    Interlocked.Increment(ref failed);
                    logger.LogWarning("To Do could not be read for one user: {Error}", error.Message);
                }
            });
        }

        if (skipped > 0)
        {
            logger.LogWarning("No background credentials are configured: {Count} To Do users were not synced.", skipped);
        }

        logger.LogInformation("To Do round: {Users} users, {Completed} follow-ups completed, {Reopened} reopened, {Failed} users failed.", users, completed, reopened, failed);
        return new Round(users, skipped, completed, reopened, failed);
    }
}
