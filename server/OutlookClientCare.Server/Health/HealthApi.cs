using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OutlookClientCare.Server.Hosting;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.Health;

/// <summary>
/// /healthz: liveness (the process answers; restart it when it does not). /healthz/ready:
/// readiness (send it traffic): the database answers and every migration is applied; 503 names
/// the failing check. Graph's reachability is reported but never takes an instance out of
/// rotation, since every instance shares the same Graph.
/// </summary>
public static class HealthApi
{
    private const string Ready = "ready";

    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<ClientCareDb>("database", tags: [Ready])
            .AddCheck<MigrationsCheck>("migrations", tags: [Ready])
            .AddCheck<GraphCheck>("graph", failureStatus: HealthStatus.Degraded, tags: [Ready]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync })
            .WithName("Health")
            .AllowAnonymousBecause("Load balancers and orchestrators probe liveness without a token; it reports only the status and the mode.");
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync })
            .WithName("Readiness")
            .AllowAnonymousBecause("Load balancers probe readiness without a token; it reports only which checks pass, never data.");
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var mode = context.RequestServices.GetRequiredService<HostMode>().Name;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            mode,
            failing = report.Entries.Where(e => e.Value.Status == HealthStatus.Unhealthy).Select(e => e.Key).ToList(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
        }, cancellationToken: context.RequestAborted);
    }
}
