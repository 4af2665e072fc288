using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using OutlookClientCare.Server.Demo;
using OutlookClientCare.Server.Graph;

namespace OutlookClientCare.Server.Booking;

/// <summary>
/// Where Graph sends change notifications: Booking:PublicBaseUrl, or in demo mode this server's
/// own loopback address. Null means no notifications; the periodic run still re-plans.
/// </summary>
public sealed class NotificationUrl(IOptions<BookingOptions> options, IConfiguration config, IServiceProvider services)
{
    public const string Path = "/api/notifications/graph";

    public Uri? Value
    {
        get
        {
            if (!options.Value.ChangeNotifications)
            {
                return null;
            }

            if (options.Value.PublicBaseUrl is { } configured)
            {
                return new Uri(configured.ToString().TrimEnd('/') + Path);
            }

            if (!DemoMode.IsActive(config))
            {
                return null;
            }

            var own = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
            return own is null ? null : new Uri(own.Replace("://[::]", "://localhost", StringComparison.Ordinal).TrimEnd('/') + Path);
        }
    }
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
            if (user.SubscriptionId is { } id && await gateway.RenewSubscriptionAsync(id, expiry, ct))
            {
                user.SubscriptionExpiresAt = expiry;
                return;
            }

            var clientState = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            var created = await gateway.CreateEventSubscriptionAsync(notificationUrl, clientState, expiry, ct);
            user.SubscriptionId = created.Id;
            user.SubscriptionClientState = clientState;
            user.SubscriptionExpiresAt = created.ExpirationDateTime ?? expiry;
        }
        catch (GraphGatewayException error)
        {
            logger.LogWarning("Change notifications for a user could not be set up: {Error}", error.Message);
        }
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
