using Microsoft.AspNetCore.Http.HttpResults;
using OutlookClientCare.Graph;
using OutlookClientCare.Server.Hosting;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.Health;

public static class HealthApi
{
    public sealed record HealthReport(string Status, string Database, string Graph, string Mode);

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", GetHealthAsync)
            .AllowAnonymous()
            .WithName("Health")
            .WithSummary("Database and Microsoft Graph reachability.");
        return app;
    }

    private static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> GetHealthAsync(
        ClientCareDb db, GraphBaseUrl graph, IHttpClientFactory http, HostMode mode, CancellationToken ct)
    {
        var database = await db.Database.CanConnectAsync(ct) ? "reachable" : "unreachable";
        var graphState = await ProbeGraphAsync(graph, http, ct);
        var report = new HealthReport(database == "reachable" && graphState == "reachable" ? "healthy" : "degraded", database, graphState, mode.Name);
        return report.Status == "healthy"
            ? TypedResults.Ok(report)
            : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>Any HTTP answer (even 401) means Graph is reachable; only no answer is a failure.</summary>
    private static async Task<string> ProbeGraphAsync(GraphBaseUrl graph, IHttpClientFactory http, CancellationToken ct)
    {
        if (!graph.IsKnown)
        {
            return "unknown";
        }

        try
        {
            using var client = http.CreateClient("health");
            client.Timeout = TimeSpan.FromSeconds(5);
            using var response = await client.GetAsync(new Uri(graph.Value + "/me"), ct);
            return "reachable";
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return "unreachable";
        }
    }
}
