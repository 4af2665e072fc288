using System.Globalization;
using System.Text.Json.Nodes;
using OutlookClientCare.GraphSandbox.Api;
using OutlookClientCare.GraphSandbox.Data;
using OutlookClientCare.GraphSandbox.Faults;
using OutlookClientCare.GraphSandbox.Notifications;
using OutlookClientCare.GraphSandbox.Routing;

namespace OutlookClientCare.GraphSandbox;

/// <summary>
/// The sandbox without HTTP: tenant state, faults, counters, subscriptions and the request pipeline
/// (route, count, inject faults, authenticate, handle). Both the HTTP endpoints and $batch steps go through
/// <see cref="HandleAsync"/>.
/// </summary>
public sealed class GraphSandboxEngine : IAsyncDisposable
{
    /// <summary>The Content-Type Graph answers JSON with.</summary>
    public const string JsonContentType = "application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8";

    private const string TokenPrefix = "Bearer sandbox:";

    private static readonly RouteTable Routes = new([
        .. UsersApi.Routes(),
        .. MessagesApi.Routes(),
        .. EventsApi.Routes(),
        .. BatchApi.Routes(),
        .. SubscriptionsApi.Routes(),
        .. ToDoApi.Routes(),
    ]);

    public GraphSandboxEngine(SandboxTenant tenant, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        Tenant = tenant;
        Time = time ?? TimeProvider.System;
        Notifier = new ChangeNotifier(Time, tenant.TenantId);
        Events = new EventWriter(tenant, Time, Notifier);
    }

    public SandboxTenant Tenant { get; }

    public TimeProvider Time { get; }

    public FaultPlan Faults { get; } = new();

    public RequestCounters Counters { get; } = new();

    /// <summary>Outlook's per-mailbox limits (4 at once, 10,000 per 10 minutes); off until switched on.</summary>
    public MailboxLimits Limits { get; } = new();

    /// <summary>Change notifications that were POSTed and answered with 2xx.</summary>
    public int NotificationsDelivered => Notifier.Delivered;

    internal ChangeNotifier Notifier { get; }

    internal EventWriter Events { get; }

    public Task<SandboxResponse> HandleAsync(SandboxRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RunAsync(request, cancellationToken);
    }

    /// <summary>Clears faults, counters and subscriptions; the mailboxes keep their data.</summary>
    public void Reset()
    {
        Faults.Clear();
        Counters.Reset();
        Limits.Reset();
        Notifier.Clear();
    }

    /// <summary>Change notifications lost on purpose by <see cref="DropChangeNotifications"/>.</summary>
    public int NotificationsDropped => Notifier.Dropped;

    /// <summary>Fault switch: the next <paramref name="count"/> change notifications about this user's events are lost, as Graph sometimes loses them.</summary>
    public void DropChangeNotifications(string user, int count) => Notifier.DropNext(Tenant.User(user).Id, count);

    /// <summary>
    /// Fault switch: Graph sends a lifecycle notification ("reauthorizationRequired", "subscriptionRemoved" or
    /// "missed") for every subscription on this user's events. Returns how many were sent.
    /// </summary>
    public int SendLifecycleEvent(string user, string lifecycleEvent)
    {
        if (lifecycleEvent is not ("reauthorizationRequired" or "subscriptionRemoved" or "missed"))
        {
            throw new ArgumentException($"Unknown lifecycle event '{lifecycleEvent}': use reauthorizationRequired, subscriptionRemoved or missed.", nameof(lifecycleEvent));
        }

        return Notifier.PublishLifecycle(Tenant.User(user), lifecycleEvent);
    }

    /// <summary>The subscriptions as Graph holds them (JSON), for assertions in tests.</summary>
    public IReadOnlyList<JsonObject> Subscriptions() =>
        [.. Notifier.All.OrderBy(s => s.Id).Select(s => { var json = s.ToJson(); json["reauthorizationRequired"] = s.ReauthorizationRequired; return json; })];

    /// <summary>Completes when every change notification queued so far has been sent.</summary>
    public Task WhenNotificationsSentAsync() => Notifier.WhenIdleAsync();

    /// <summary>"The user added a meeting in Outlook": stores the event and notifies subscribers.</summary>
    public JsonObject ActAsUserInOutlookAddEvent(string user, JsonObject calendarEvent)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        var write = Events.Create(Tenant.User(user), (JsonObject)calendarEvent.DeepClone());
        return write.Event ?? throw new ArgumentException(write.Problem!.Message, nameof(calendarEvent));
    }

    /// <summary>"The user ticked the task off (or changed it) in To Do": applies the changes as To Do would, so delta shows them.</summary>
    public JsonObject ActAsUserInToDoUpdateTask(string user, string taskId, JsonObject changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return ToDoApi.ActAsUser(this, Tenant.User(user), taskId, (JsonObject)changes.DeepClone());
    }

    /// <summary>"The user changed a meeting in Outlook" (moved it, changed showAs, ...): applies the changes and notifies.</summary>
    public JsonObject ActAsUserInOutlookUpdateEvent(string user, string eventId, JsonObject changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var write = Events.Update(Tenant.User(user), eventId, (JsonObject)changes.DeepClone());
        return write.Event ?? throw new ArgumentException(write.Problem!.Message, nameof(eventId));
    }

    /// <summary>"The user dragged the meeting" by a time span: start and end move by the same wall-clock amount.</summary>
    public JsonObject ActAsUserInOutlookMoveEvent(string user, string eventId, TimeSpan by)
    {
        var stored = Tenant.User(user).SnapshotEvents().FirstOrDefault(e => JsonRead.Text(e["id"]) == eventId)
            ?? throw new KeyNotFoundException($"No event '{eventId}' for '{user}'.");
        var changes = new JsonObject();
        foreach (var name in (string[])["start", "end"])
        {
            var time = (JsonObject)stored[name]!;
            changes[name] = new JsonObject
            {
                ["dateTime"] = GraphTime.FormatLocal(EventRules.WallClock(time) + by),
                ["timeZone"] = time["timeZone"]?.DeepClone(),
            };
        }

        return ActAsUserInOutlookUpdateEvent(user, eventId, changes);
    }

    /// <summary>"The user deleted the meeting in Outlook" (an occurrence id cancels that occurrence).</summary>
    public void ActAsUserInOutlookDeleteEvent(string user, string eventId)
    {
        if (!Events.Delete(Tenant.User(user), eventId))
        {
            throw new KeyNotFoundException($"No event '{eventId}' for '{user}'.");
        }
    }

    public ValueTask DisposeAsync() => Notifier.DisposeAsync();

    internal Task<SandboxResponse> HandleStepAsync(SandboxRequest step, SandboxRequest outer) =>
        RunAsync(step, CancellationToken.None, insideBatch: true, outer.Header("client-request-id"));

    internal SandboxResponse Error(GraphProblem problem, SandboxRequest request)
    {
        var requestId = Guid.NewGuid().ToString();
        return SandboxResponse.Error(problem, Time.GetUtcNow(), requestId, request.Header("client-request-id") ?? requestId);
    }

    private async Task<SandboxResponse> RunAsync(SandboxRequest request, CancellationToken cancellationToken, bool insideBatch = false, string? clientRequestId = null)
    {
        var match = Routes.Match(request.Method, request.Segments);
        var caller = Authenticate(request);
        var mailbox = match?.AddressedUser is { } addressed ? Tenant.Find(addressed) : caller;
        var routeName = match?.Route?.Name ?? $"{request.Method} (unmatched)";
        var countedUser = match?.Route?.IsUserScoped == true ? mailbox : caller;
        var nth = Counters.Increment(routeName, countedUser?.UserPrincipalName ?? "");

        SandboxResponse response;
        IDisposable? slot = null;
        if (match?.Route?.IsUserScoped == true && mailbox is not null && !Limits.TryEnter(mailbox.Id, Time.GetUtcNow(), out slot, out var retryAfter))
        {
            response = Error(new GraphProblem(429, "ApplicationThrottled", "Application is over its MailboxConcurrency or request rate limit."), request)
                .WithHeader("Retry-After", retryAfter.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            using (slot)
            {
                response = await FaultOrNullAsync(routeName, countedUser, nth, request, cancellationToken)
                    ?? await DispatchAsync(request, match, caller, mailbox, insideBatch);
            }
        }

        // Graph's header and its error body name the same request id.
        var requestId = JsonRead.Text(response.Body?["error"]?["innerError"]?["request-id"]) ?? Guid.NewGuid().ToString();
        response.Headers.TryAdd("request-id", requestId);
        response.Headers.TryAdd("client-request-id", clientRequestId ?? request.Header("client-request-id") ?? requestId);
        return response;
    }

    private async Task<SandboxResponse?> FaultOrNullAsync(string route, SandboxUser? user, long nth, SandboxRequest request, CancellationToken cancellationToken)
    {
        var decision = Faults.Decide(route, user?.UserPrincipalName ?? "", user?.Id, nth);
        if (decision.LatencyMilliseconds > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(decision.LatencyMilliseconds), Time, cancellationToken);
        }

        if (decision.Failure is not { } fault)
        {
            return null;
        }

        var retryAfter = fault.RetryAfterSeconds?.ToString(CultureInfo.InvariantCulture);
        return fault.Kind switch
        {
            FaultKind.TooManyRequests => Error(new GraphProblem(429, "TooManyRequests", "Too many requests."), request).WithHeader("Retry-After", retryAfter ?? "1"),
            FaultKind.ServiceUnavailable => WithOptionalRetryAfter(Error(new GraphProblem(503, "ServiceUnavailable", "The service is temporarily unavailable."), request), retryAfter),
            FaultKind.GatewayTimeout => Error(new GraphProblem(504, "GatewayTimeout", "The gateway did not receive a response in time."), request),
            FaultKind.DropConnection => throw new SandboxConnectionDroppedException(),
            _ => null,
        };
    }

    private async Task<SandboxResponse> DispatchAsync(SandboxRequest request, RouteMatch? match, SandboxUser? caller, SandboxUser? mailbox, bool insideBatch)
    {
        if (match is null)
        {
            return Error(GraphProblem.BadRequest($"Resource not found for the segment '{Routes.UnknownSegment(request.Segments)}'."), request);
        }

        if (match.Route is not { } route)
        {
            return Error(new GraphProblem(405, "BadRequest", $"The HTTP method '{request.Method}' is not allowed for this resource."), request);
        }

        if (insideBatch && route.Template == "/$batch")
        {
            return Error(GraphProblem.BadRequest("A batch request cannot contain another batch."), request);
        }

        // GET /users is open to any caller so scripts can discover the seeded users.
        if (caller is null && route.Name != "GET /users")
        {
            var hasToken = !string.IsNullOrEmpty(request.Header("Authorization"));
            return Error(new GraphProblem(401, "InvalidAuthenticationToken", hasToken
                ? "Access token validation failure. The sandbox accepts 'Bearer sandbox:<userPrincipalName>' of a seeded user."
                : "Access token is empty."), request);
        }

        if (route.IsUserScoped && mailbox is null)
        {
            return Error(new GraphProblem(404, "Request_ResourceNotFound", $"Resource '{match.AddressedUser}' does not exist or one of its queried reference-property objects are not present."), request);
        }

        try
        {
            return await route.Handler(new RouteContext(this, request, caller, mailbox, match.Values));
        }
        catch (Exception ex) when (ex is not (SandboxConnectionDroppedException or OperationCanceledException))
        {
            // A safety net, not a feature: hostile input must not take the connection down. Graph reports its
            // own internal failures the same way; the sandbox names the exception's type so a failing test says why.
            return Error(new GraphProblem(500, "UnknownError", $"The sandbox could not handle the request ({ex.GetType().Name})."), request);
        }
    }

    private SandboxUser? Authenticate(SandboxRequest request)
    {
        var header = request.Header("Authorization");
        return header is not null && header.StartsWith(TokenPrefix, StringComparison.OrdinalIgnoreCase)
            ? Tenant.Find(header[TokenPrefix.Length..].Trim())
            : null;
    }

    private static SandboxResponse WithOptionalRetryAfter(SandboxResponse response, string? retryAfter) =>
        retryAfter is null ? response : response.WithHeader("Retry-After", retryAfter);
}
