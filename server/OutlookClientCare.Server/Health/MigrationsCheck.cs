using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.Health;

/// <summary>Every migration this build knows is applied: an instance on an older schema would fail its queries.</summary>
public sealed class MigrationsCheck(ClientCareDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy("All migrations are applied.")
            : new HealthCheckResult(context.Registration.FailureStatus, $"{pending.Count} migration(s) not applied: {string.Join(", ", pending)}.");
    }
}
