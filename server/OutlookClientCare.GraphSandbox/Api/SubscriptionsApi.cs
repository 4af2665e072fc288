using System.Globalization;
using System.Text.Json.Nodes;
using OutlookClientCare.GraphSandbox.Data;
using OutlookClientCare.GraphSandbox.Notifications;
using OutlookClientCare.GraphSandbox.Routing;

namespace OutlookClientCare.GraphSandbox.Api;

/// <summary>
/// Change-notification subscriptions on a user's events. Graph wants https notification URLs; the sandbox also
/// takes http so tests can listen on loopback. The lifetime limit is 10,080 minutes (seven days), Graph's
/// documented limit for subscriptions on Outlook events. A lifecycleNotificationUrl, when given, is validated
/// like the notification URL and receives reauthorizationRequired, subscriptionRemoved and missed.
/// The error codes for a failed handshake or an expiry too far out are Graph's as seen in its answers
/// ("InvalidRequest", "ExtensionError"); Microsoft does not document them as a contract.
/// </summary>
internal static class SubscriptionsApi
{
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(10_080);

    private static readonly string[] ChangeTypes = ["created", "updated", "deleted"];

    public static IEnumerable<Route> Routes() =>
    [
        new("POST", "/subscriptions", CreateAsync),
        new("GET", "/subscriptions", context => ValueTask.FromResult(List(context))),
        new("GET", "/subscriptions/{id}", context => ValueTask.FromResult(Get(context))),
        new("PATCH", "/subscriptions/{id}", context => ValueTask.FromResult(Renew(context))),
        new("DELETE", "/subscriptions/{id}", context => ValueTask.FromResult(Delete(context))),
        new("POST", "/subscriptions/{id}/reauthorize", context => ValueTask.FromResult(Reauthorize(context))),
    ];

    private static async ValueTask<SandboxResponse> CreateAsync(RouteContext context)
    {
        if (context.BodyObject(out var error) is not { } body)
        {
            return error!;
        }

        var changeType = JsonRead.Text(body["changeType"]) ?? "";
        if (changeType.Length == 0 || !changeType.Split(',', StringSplitOptions.TrimEntries).All(ChangeTypes.Contains))
        {
            return context.Fail(GraphProblem.BadRequest("changeType must be a comma-separated list of created, updated, deleted."));
        }

        if (!Uri.TryCreate(JsonRead.Text(body["notificationUrl"]), UriKind.Absolute, out var notificationUrl) || notificationUrl.Scheme is not ("http" or "https"))
        {
            return context.Fail(GraphProblem.BadRequest("notificationUrl must be an absolute http(s) URL."));
        }

        Uri? lifecycleUrl = null;
        if (JsonRead.Text(body["lifecycleNotificationUrl"]) is { } lifecycleText
            && (!Uri.TryCreate(lifecycleText, UriKind.Absolute, out lifecycleUrl) || lifecycleUrl.Scheme is not ("http" or "https")))
        {
            return context.Fail(GraphProblem.BadRequest("lifecycleNotificationUrl must be an absolute http(s) URL."));
        }

        var resource = JsonRead.Text(body["resource"]) ?? "";
        var user = ResourceOwner(context, resource);
        if (user is null)
        {
            return context.Fail(GraphProblem.BadRequest($"The resource '{resource}' is not supported by the sandbox: use me/events or users/{{id}}/events."));
        }

        if (Expiry(context, body) is not { } expiry)
        {
            return Expired(context);
        }

        var clientState = JsonRead.Text(body["clientState"]);
        if (clientState?.Length > 128)
        {
            return context.Fail(GraphProblem.BadRequest("clientState must be at most 128 characters."));
        }

        var id = context.Sandbox.Tenant.Ids.NextGuid("subscription");
        var token = $"Validation: Testing client application reachability for subscription Request-Id: {id}";
        if (!await context.Sandbox.Notifier.ValidateAsync(notificationUrl, token, CancellationToken.None)
            || (lifecycleUrl is not null && !await context.Sandbox.Notifier.ValidateAsync(lifecycleUrl, token, CancellationToken.None)))
        {
            return context.Fail(GraphProblem.BadRequest("Subscription validation request failed. Notification endpoint must respond with 200 OK to validation request.") with { Code = "InvalidRequest" });
        }

        var subscription = new Subscription(id, user.Id, resource, changeType, notificationUrl, lifecycleUrl, clientState, expiry, context.Caller.Id, SandboxApplicationId(context));
        context.Sandbox.Notifier.Save(subscription);
        return SandboxResponse.Json(subscription.ToJson(), 201);
    }

    private static SandboxResponse List(RouteContext context) =>
        SandboxResponse.Json(new JsonObject
        {
            ["value"] = new JsonArray([.. context.Sandbox.Notifier.All.OrderBy(s => s.Id).Select(s => (JsonNode)s.ToJson())]),
        });

    private static SandboxResponse Get(RouteContext context) =>
        Find(context) is { } subscription ? SandboxResponse.Json(subscription.ToJson()) : NotFound(context);

    private static SandboxResponse Renew(RouteContext context)
    {
        if (context.BodyObject(out var error) is not { } body)
        {
            return error!;
        }

        if (Find(context) is not { } subscription)
        {
            return NotFound(context);
        }

        if (Expiry(context, body) is not { } expiry)
        {
            return Expired(context);
        }

        var renewed = subscription with { ExpirationDateTime = expiry };
        context.Sandbox.Notifier.Save(renewed);
        return SandboxResponse.Json(renewed.ToJson());
    }

    /// <summary>POST /subscriptions/{id}/reauthorize: the answer to reauthorizationRequired (204, no body).</summary>
    private static SandboxResponse Reauthorize(RouteContext context)
    {
        if (Find(context) is not { } subscription)
        {
            return NotFound(context);
        }

        context.Sandbox.Notifier.Save(subscription with { ReauthorizationRequired = false });
        return SandboxResponse.NoContent();
    }

    private static SandboxResponse Delete(RouteContext context) =>
        Guid.TryParse(context.Id, out var id) && context.Sandbox.Notifier.Remove(id) ? SandboxResponse.NoContent() : NotFound(context);

    private static Subscription? Find(RouteContext context) =>
        Guid.TryParse(context.Id, out var id) ? context.Sandbox.Notifier.Find(id) : null;

    private static SandboxResponse NotFound(RouteContext context) =>
        context.Fail(new GraphProblem(404, "ResourceNotFound", $"The object was not found: subscription '{context.Id}'."));

    private static DateTimeOffset? Expiry(RouteContext context, JsonObject body) =>
        GraphTime.TryParseInstant(JsonRead.Text(body["expirationDateTime"]), out var expiry) && expiry > context.Now && expiry <= context.Now + MaxLifetime
            ? expiry
            : null;

    private static SandboxResponse Expired(RouteContext context) =>
        context.Fail(new GraphProblem(400, "ExtensionError", string.Create(
            CultureInfo.InvariantCulture,
            $"Operation: Create; Exception: [Status Code: BadRequest; Reason: Subscription expiration can only be {MaxLifetime.TotalMinutes:0} minutes in the future.]")));

    private static SandboxUser? ResourceOwner(RouteContext context, string resource)
    {
        var segments = resource.Trim('/').Split('/');
        return segments switch
        {
            [var me, var events] when me.Equals("me", StringComparison.OrdinalIgnoreCase) && events.Equals("events", StringComparison.OrdinalIgnoreCase) => context.Caller,
            [var users, var key, var events] when users.Equals("users", StringComparison.OrdinalIgnoreCase) && events.Equals("events", StringComparison.OrdinalIgnoreCase) => context.Sandbox.Tenant.Find(key),
            _ => null,
        };
    }

    private static Guid SandboxApplicationId(RouteContext context) => context.Sandbox.Tenant.Ids.GuidFrom("application");
}
