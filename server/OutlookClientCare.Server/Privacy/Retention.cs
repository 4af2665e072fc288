using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Options;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.Privacy;

/// <summary>"Privacy" section.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>Interaction log entries, follow-ups and past block records older than this are deleted.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 365;

    [Range(1, 168)]
    public int PurgeIntervalHours { get; set; } = 24;
}

/// <summary>Which table ages by which timestamp column. Tables not in the model (yet) are skipped.</summary>
public static class RetentionRules
{
    public static readonly IReadOnlyList<(string Table, string Column)> All =
    [
        ("Interactions", "At"),
        ("FollowUps", "CreatedAt"),
        ("FollowUpSummaries", "CreatedAt"),
        ("BookedBlocks", "UpdatedAt"),
        ("Handovers", "CreatedAt"),

        // With the follow-ups they were made for (same CreatedAt): an aged-out task is the user's own.
        ("ToDoTasks", "CreatedAt"),
    ];

    public static IEnumerable<(IEntityType Entity, IProperty Timestamp)> Resolve(IModel model)
    {
        foreach (var (table, column) in All)
        {
            var entity = model.GetEntityTypes().FirstOrDefault(e => e.GetTableName() == table);
            var property = entity?.FindProperty(column);
            if (entity is not null && property is not null)
            {
                yield return (entity, property);
            }
        }
    }
}

/// <summary>
/// Erases everything of users not seen for the retention period, and deletes log-like rows older
/// than it for everyone else.
/// </summary>
public sealed class RetentionPurge(ClientCareDb db, IOptions<PrivacyOptions> options, ILogger<RetentionPurge> logger, Identity.TokenSessions? sessions = null)
{
    private static readonly System.Reflection.MethodInfo SetMethod = typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!;

    public async Task<int> PurgeAsync(DateTimeOffset now, CancellationToken ct)
    {
        var cutoff = now - TimeSpan.FromDays(options.Value.RetentionDays);
        var total = 0;
        var inactive = (await db.Users.AsNoTracking().ToListAsync(ct)).Where(u => u.LastSeen < cutoff).ToList();
        foreach (var profile in inactive)
        {
            var user = new Identity.AppUser(profile.TenantId, profile.ObjectId, profile.UserPrincipalName);
            var erased = await PersonalData.EraseAsync(db, user, ct);
            total += erased.Values.Sum();
            if (sessions is not null)
            {
                await sessions.EndBackgroundSessionAsync(user);
            }
        }

        if (inactive.Count > 0)
        {
            logger.LogInformation("Retention: erased the data of {Count} users not seen for {Days} days", inactive.Count, options.Value.RetentionDays);
        }

        // The shared token cache deletes expired entries only when it writes; an idle server would keep them.
        total += await Identity.DatabaseTokenCache.PurgeExpiredAsync(db, now, ct);

        var personal = PersonalData.EntityTypes(db.Model);
        foreach (var (entity, timestamp) in RetentionRules.Resolve(db.Model).OrderBy(r => IndexOf(personal, r.Entity)))
        {
            // SQLite cannot compare DateTimeOffset in SQL, so old rows are picked here; it runs once a day.
            var set = (IQueryable<object>)SetMethod.MakeGenericMethod(entity.ClrType).Invoke(db, null)!;
            var rows = await set.ToListAsync(ct);
            var old = rows.Where(row => timestamp.PropertyInfo?.GetValue(row) is DateTimeOffset at && at < cutoff).ToList();
            db.RemoveRange(old);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            total += old.Count;
            if (old.Count > 0)
            {
                logger.LogInformation("Retention: removed {Count} rows of {Table} older than {Days} days", old.Count, entity.GetTableName(), options.Value.RetentionDays);
            }
        }

        return total;
    }

    private static int IndexOf(IReadOnlyList<IEntityType> ordered, IEntityType entity)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i] == entity)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}

/// <summary>Runs <see cref="RetentionPurge"/> at start-up and then every PurgeIntervalHours on the injected clock.</summary>
public sealed class RetentionPurgeService(IServiceScopeFactory scopes, TimeProvider time, IOptions<PrivacyOptions> options, ILogger<RetentionPurgeService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(options.Value.PurgeIntervalHours), time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<RetentionPurge>().PurgeAsync(time.GetUtcNow(), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Retention purge failed; it runs again in {Hours} hours", options.Value.PurgeIntervalHours);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
