using Microsoft.Extensions.Diagnostics.HealthChecks;
using OutlookClientCare.Graph;

namespace OutlookClientCare.Server.Health;

/// <summary>Any HTTP answer from Graph (even 401) means it is reachable; only no answer is a failure.</summary>
public sealed class GraphCheck(GraphBaseUrl graph, IHttpClientFactory http) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!graph.IsKnown)
        {
            return HealthCheckResult.Healthy("Graph's address is not known yet.");
        }

        try
        {
            using var client = http.CreateClient("health");
            client.Timeout = TimeSpan.FromSeconds(5);
            using var response = await client.GetAsync(new Uri(graph.Value + "/me"), cancellationToken);
            return HealthCheckResult.Healthy("Microsoft Graph answers.");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Microsoft Graph cannot be reached.");
        }
    }
}
