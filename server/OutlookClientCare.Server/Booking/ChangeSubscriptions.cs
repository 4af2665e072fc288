using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using OutlookClientCare.Graph;
using OutlookClientCare.Server.Hosting;

namespace OutlookClientCare.Server.Booking;

/// <summary>
/// Where Graph sends change notifications and lifecycle notifications: under this server's public
/// address (<see cref="PublicAddress"/>). Null means no notifications; the periodic run still re-plans.
/// </summary>
public sealed class NotificationUrl(IOptions<BookingOptions> options, IServiceProvider services)
{
    public const string Path = "/api/notifications/graph";
    public const string LifecyclePath = "/api/notifications/graph/lifecycle";

    public Uri? Value => Url(Path);

    public Uri? Lifecycle => Url(LifecyclePath);

    // Resolved when asked: the public address needs the server, which exists only once the host runs.
    private Uri? Url(string path) =>
        options.Value.ChangeNotifications ? services.GetRequiredService<PublicAddress>().ForGraph(path) : null;
}

/// <summary>Keeps one change-notification subscription per auto-booking user alive: create, renew before expiry, re-create when lost.</summary>
public sealed class ChangeSubscriptions(NotificationUrl url, TimeProvider time, IOptions<BookingOptions> options, ILogger<ChangeSubscriptions> logger)
{
    public bool IsDue(BookingUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        // Without a notification address there is nothing to subscribe, so the run need not lock every user for it.
        return user.AutoBooking && url.Value is not null && (user.SubscriptionId is null || user.SubscriptionExpiresAt is not { } expiry || expiry - time.GetUtcNow() < options.Value.RenewBefore);
    }

    /// <summary>Creates or renews the user's subscription when due. Graph trouble is logged; the next run tries again.</summary>
    public async Task EnsureAsync(BookingUser user, GraphGateway gateway, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(gateway);
        if (!IsDue(user) || url.Value is not { } notificationUrl)
        {
            return;
        }

        var expiry = time.GetUtcNow() + options.Value.SubscriptionLifetime;
        try
        {
            if (user.SubscriptionId is { } id && await gateway.RenewSubscriptionAsync(id, expiry, ct) is { } renewed)
            {
                user.SubscriptionExpiresAt = renewed.ExpiresAt;
                return;
            }

            var clientState = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            var created = await gateway.CreateEventSubscriptionAsync(notificationUrl, url.Lifecycle, clientState, expiry, ct);
            user.SubscriptionId = created.Id;
            user.SubscriptionClientState = clientState;
            user.SubscriptionExpiresAt = created.ExpiresAt;
        }
        catch (GraphGatewayException error)
        {
            logger.LogWarning("Change notifications for a user could not be set up: {Error}", error.Message);
        }
    }

    /// <summary>subscriptionRemoved: Graph ended the subscription, so a new one (with a new clientState) replaces it.</summary>
    public async Task RecreateAsync(BookingUser user, GraphGateway gateway, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.SubscriptionId = null;
        user.SubscriptionClientState = null;
        user.SubscriptionExpiresAt = null;
        await EnsureAsync(user, gateway, ct);
    }

    /// <summary>reauthorizationRequired: reauthorize, or recreate when Graph no longer knows the subscription.</summary>
    public async Task ReauthorizeAsync(BookingUser user, GraphGateway gateway, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(gateway);
        if (user.SubscriptionId is not { } id)
        {
            await EnsureAsync(user, gateway, ct);
            return;
        }

        try
        {
            if (await gateway.ReauthorizeSubscriptionAsync(id, ct))
            {
                return;
            }
        }
        catch (GraphGatewayException error)
        {
            logger.LogWarning("A change-notification subscription could not be reauthorized: {Error}", error.Message);
            return;
        }

        await RecreateAsync(user, gateway, ct);
    }

    public async Task RemoveAsync(BookingUser user, GraphGateway gateway, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(gateway);
        if (user.SubscriptionId is { } id)
        {
            try
            {
                await gateway.DeleteSubscriptionAsync(id, ct);
            }
            catch (GraphGatewayException error)
            {
                // It expires by itself within days; notifications for it are ignored once forgotten here.
                logger.LogWarning("A change-notification subscription could not be deleted: {Error}", error.Message);
            }
        }

        user.SubscriptionId = null;
        user.SubscriptionClientState = null;
        user.SubscriptionExpiresAt = null;
    }

    /// <summary>Constant-time comparison: clientState is the only proof a notification came from Graph.</summary>
    public static bool ClientStateMatches(BookingUser user, string? clientState)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.SubscriptionClientState is not { } expected || clientState is null)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(expected), System.Text.Encoding.UTF8.GetBytes(clientState));
    }
}
