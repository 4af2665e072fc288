using Microsoft.Extensions.Options;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Settings;
using OutlookClientCare.Server.Telemetry;

namespace OutlookClientCare.Server.Graph;

/// <summary>A gateway for one user's mailbox, with the credentials the current mode uses.</summary>
public sealed class GraphGatewayFactory(GraphClientProvider clients, IGraphCredentials credentials, TimeProvider time, IOptions<GraphOptions> options, ClientCareMetrics? metrics = null)
{
    public GraphGateway For(AppUser user) =>
        new(clients.CreateClient(credentials.ForUser(user)), user.MailboxId);

    /// <summary>Batches across many mailboxes, sent with the credentials of <paramref name="actingAs"/>.</summary>
    public GraphBatchSender BatchSender(AppUser actingAs) =>
        new(clients.CreateClient(credentials.ForUser(actingAs)), time, options.Value.MaxBatchRetries, TimeSpan.FromSeconds(options.Value.MaxRetryAfterSeconds), metrics);

    /// <summary>A gateway for background work on <paramref name="user"/>'s mailbox; null when no background credentials exist.</summary>
    public GraphGateway? ForBackground(AppUser user) =>
        credentials.ForBackground(user) is { } provider ? new(clients.CreateClient(provider), user.MailboxId) : null;

    /// <summary>Batches across many mailboxes of one tenant without a signed-in user; null when no background credentials exist.</summary>
    public GraphBatchSender? BackgroundBatchSender(AppUser actingAs) =>
        credentials.ForBackground(actingAs) is { } provider
            ? new(clients.CreateClient(provider), time, options.Value.MaxBatchRetries, TimeSpan.FromSeconds(options.Value.MaxRetryAfterSeconds), metrics)
            : null;
}

public static class GraphServiceCollectionExtensions
{
    public static IServiceCollection AddGraphGateway(this IServiceCollection services)
    {
        services.AddSettings<GraphOptions>(GraphOptions.Section);
        services.AddSingleton<GraphBaseUrl>();
        services.AddSingleton<GraphClientProvider>();
        services.AddSingleton<GraphGatewayFactory>();
        return services;
    }
}
