using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OutlookClientCare.GraphSandbox.Data;
using OutlookClientCare.GraphSandbox.Faults;

namespace OutlookClientCare.GraphSandbox.Hosting;

/// <summary>
/// The sandbox on its own Kestrel at http://127.0.0.1:{free port}, for integration tests and benchmarks.
/// <see cref="BaseUrl"/> ends in /v1.0 (give it to GraphServiceClient); <see cref="AdminUrl"/> is /_sandbox.
/// </summary>
public sealed class GraphSandboxHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GraphSandboxHost(WebApplication app, GraphSandboxEngine engine, Uri root)
    {
        _app = app;
        Engine = engine;
        BaseUrl = root + "v1.0";
        AdminUrl = root + "_sandbox";
    }

    public string BaseUrl { get; }

    public string AdminUrl { get; }

    public GraphSandboxEngine Engine { get; }

    public SandboxTenant Tenant => Engine.Tenant;

    public FaultPlan Faults => Engine.Faults;

    public RequestCounters Counters => Engine.Counters;

    /// <summary>Outlook's per-mailbox limits; off unless a test or the load harness switches them on.</summary>
    public MailboxLimits Limits => Engine.Limits;

    public static async Task<GraphSandboxHost> StartAsync(SandboxTenant tenant, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(GraphSandboxHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(time ?? TimeProvider.System);
        builder.Services.AddGraphSandbox(tenant);
        var app = builder.Build();
        app.MapGraphSandbox("/v1.0");
        await app.StartAsync(cancellationToken);
        var address = app.Urls.First();
        return new GraphSandboxHost(app, app.Services.GetRequiredService<GraphSandboxEngine>(), new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>A user's events as stored (series not expanded), to assert on in tests.</summary>
    public IReadOnlyList<JsonObject> EventsOf(string user) => Tenant.User(user).SnapshotEvents();

    /// <summary>A user's messages as stored (drafts included), to assert on in tests.</summary>
    public IReadOnlyList<JsonObject> MessagesOf(string user) => Tenant.User(user).SnapshotMessages();

    /// <summary>The user's To Do tasks of every list, linkedResources included.</summary>
    public IReadOnlyList<JsonObject> TodoTasksOf(string user) => Tenant.User(user).SnapshotTodoTasks();

    public IReadOnlyList<JsonObject> TodoListsOf(string user) => Tenant.User(user).SnapshotTodoLists();

    /// <summary>"The user ticked the task off in To Do" (or changed it otherwise).</summary>
    public JsonObject ActAsUserInToDoUpdateTask(string user, string taskId, JsonObject changes) => Engine.ActAsUserInToDoUpdateTask(user, taskId, changes);

    public JsonObject ActAsUserInOutlookAddEvent(string user, JsonObject calendarEvent) => Engine.ActAsUserInOutlookAddEvent(user, calendarEvent);

    public JsonObject ActAsUserInOutlookUpdateEvent(string user, string eventId, JsonObject changes) => Engine.ActAsUserInOutlookUpdateEvent(user, eventId, changes);

    public JsonObject ActAsUserInOutlookMoveEvent(string user, string eventId, TimeSpan by) => Engine.ActAsUserInOutlookMoveEvent(user, eventId, by);

    public void ActAsUserInOutlookDeleteEvent(string user, string eventId) => Engine.ActAsUserInOutlookDeleteEvent(user, eventId);

    public Task WhenNotificationsSentAsync() => Engine.WhenNotificationsSentAsync();

    /// <inheritdoc cref="GraphSandboxEngine.DropChangeNotifications"/>
    public void DropChangeNotifications(string user, int count) => Engine.DropChangeNotifications(user, count);

    /// <inheritdoc cref="GraphSandboxEngine.SendLifecycleEvent"/>
    public int SendLifecycleEvent(string user, string lifecycleEvent) => Engine.SendLifecycleEvent(user, lifecycleEvent);

    /// <inheritdoc cref="GraphSandboxEngine.Subscriptions"/>
    public IReadOnlyList<JsonObject> Subscriptions() => Engine.Subscriptions();

    public void Reset() => Engine.Reset();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
