using Microsoft.Extensions.Options;
using OutlookClientCare.Graph;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Settings;

namespace OutlookClientCare.Server.Mailbox;

/// <summary>A user's mailbox on the Graph boundary, with the credentials the current mode uses.</summary>
public sealed class GraphAccess(GraphConnection connection, IGraphCredentials credentials)
{
    public GraphGateway For(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return connection.Mailbox(user.MailboxId, credentials.ForUser(user));
    }

    /// <summary>The user's mailbox with credentials that also carry <paramref name="extraScopes"/> (asked for when first used).</summary>
    public GraphGateway For(AppUser user, IReadOnlyList<string> extraScopes)
    {
        ArgumentNullException.ThrowIfNull(user);
        return connection.Mailbox(user.MailboxId, credentials.ForUser(user, extraScopes));
    }

    /// <summary>Batches across many mailboxes, sent with the credentials of <paramref name="actingAs"/>.</summary>
    public GraphBatch Batches(AppUser actingAs) => connection.Batches(credentials.ForUser(actingAs));

    /// <summary>A gateway for background work on <paramref name="user"/>'s mailbox; null when no background credentials exist.</summary>
    public GraphGateway? ForBackground(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return credentials.ForBackground(user) is { } authorization ? connection.Mailbox(user.MailboxId, authorization) : null;
    }

    /// <summary>Batches across many mailboxes of one tenant without a signed-in user; null when no background credentials exist.</summary>
    public GraphBatch? BackgroundBatches(AppUser actingAs) =>
        credentials.ForBackground(actingAs) is { } authorization ? connection.Batches(authorization) : null;
}

public static class MailboxServiceCollectionExtensions
{
    /// <summary>The Graph boundary ("Graph" settings) and the mailbox service on top of it.</summary>
    public static IServiceCollection AddMailbox(this IServiceCollection services)
    {
        services.AddSettings<GraphOptions>(GraphOptions.Section);
        services.AddSingleton(provider => new GraphBaseUrl(provider.GetRequiredService<IOptions<GraphOptions>>().Value.BaseUrl));
        services.AddSingleton(provider => new GraphConnection(
            provider.GetRequiredService<IOptions<GraphOptions>>().Value,
            provider.GetRequiredService<GraphBaseUrl>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<IGraphCallObserver>()));
        services.AddSingleton<GraphAccess>();
        services.AddMemoryCache();
        services.AddSingleton<MailboxService>();
        return services;
    }
}
