using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OutlookClientCare.GraphSandbox.Faults;

namespace OutlookClientCare.GraphSandbox.Hosting;

/// <summary>The fault plan as sent to and read from /_sandbox/faults.</summary>
public sealed record FaultPlanDocument(int Seed, IReadOnlyList<FaultRule> Rules);

/// <summary>
/// Non-Graph admin routes under "_sandbox" (no sign-in): counters, faults, reset, and acting as a user in
/// Outlook (events added, changed or deleted there trigger change notifications like API changes do).
/// </summary>
internal static class SandboxAdminEndpoints
{
    public static readonly JsonSerializerOptions Json = CreateJsonOptions();

    public static void MapSandboxAdmin(this RouteGroupBuilder group)
    {
        var admin = group.MapGroup("/_sandbox").ExcludeFromDescription();
        admin.MapGet("/counters", (GraphSandboxEngine engine) =>
            TypedResults.Json(new { total = engine.Counters.Total, counters = engine.Counters.Snapshot() }, Json));
        admin.MapDelete("/counters", (GraphSandboxEngine engine) =>
        {
            engine.Counters.Reset();
            return TypedResults.NoContent();
        });
        admin.MapGet("/faults", (GraphSandboxEngine engine) => TypedResults.Json(Plan(engine), Json));
        admin.MapPut("/faults", ReplaceFaultsAsync);
        admin.MapPost("/faults", AddFaultAsync);
        admin.MapDelete("/faults", (GraphSandboxEngine engine) =>
        {
            engine.Faults.Clear();
            return TypedResults.NoContent();
        });
        admin.MapPost("/reset", (GraphSandboxEngine engine) =>
        {
            engine.Reset();
            return TypedResults.NoContent();
        });
        admin.MapGet("/users/{user}/events", (string user, GraphSandboxEngine engine) =>
            engine.Tenant.Find(user) is { } found ? Results.Json(found.SnapshotEvents(), Json) : Results.NotFound());
        admin.MapGet("/users/{user}/messages", (string user, GraphSandboxEngine engine) =>
            engine.Tenant.Find(user) is { } found ? Results.Json(found.SnapshotMessages(), Json) : Results.NotFound());
        admin.MapGet("/users/{user}/todo/tasks", (string user, GraphSandboxEngine engine) =>
            engine.Tenant.Find(user) is { } found ? Results.Json(found.SnapshotTodoTasks(), Json) : Results.NotFound());
        admin.MapPatch("/users/{user}/todo/tasks/{id}", UpdateTaskAsToDoAsync);
        admin.MapPost("/users/{user}/notifications/drop", (string user, int count, GraphSandboxEngine engine) =>
        {
            if (engine.Tenant.Find(user) is null)
            {
                return Results.NotFound();
            }

            engine.DropChangeNotifications(user, count);
            return Results.NoContent();
        });
        admin.MapPost("/users/{user}/lifecycle/{lifecycleEvent}", (string user, string lifecycleEvent, GraphSandboxEngine engine) =>
            engine.Tenant.Find(user) is null ? Results.NotFound()
            : lifecycleEvent is not ("reauthorizationRequired" or "subscriptionRemoved" or "missed")
                ? Results.BadRequest(new { error = "Use reauthorizationRequired, subscriptionRemoved or missed." })
                : Results.Json(new { sent = engine.SendLifecycleEvent(user, lifecycleEvent) }, Json));
        admin.MapPost("/users/{user}/events", AddEventAsOutlookAsync);
        admin.MapPatch("/users/{user}/events/{id}", UpdateEventAsOutlookAsync);
        admin.MapDelete("/users/{user}/events/{id}", (string user, string id, GraphSandboxEngine engine) =>
        {
            if (engine.Tenant.Find(user) is not { } found || !engine.Events.Delete(found, id))
            {
                return Results.NotFound();
            }

            return Results.NoContent();
        });
    }

    /// <summary>"The user did this in To Do" (e.g. {"status": "completed"}): the change shows in tasks/delta.</summary>
    private static async Task<IResult> UpdateTaskAsToDoAsync(string user, string id, HttpRequest request, GraphSandboxEngine engine)
    {
        if (engine.Tenant.Find(user) is null)
        {
            return Results.NotFound();
        }

        try
        {
            if (await System.Text.Json.Nodes.JsonNode.ParseAsync(request.Body) is not System.Text.Json.Nodes.JsonObject changes)
            {
                return Results.BadRequest(new { error = "Send the task's changes as a JSON object." });
            }

            return Results.Json(engine.ActAsUserInToDoUpdateTask(user, id, changes), Json);
        }
        catch (System.Text.Json.JsonException)
        {
            return Results.BadRequest(new { error = "Send the task's changes as a JSON object." });
        }
        catch (KeyNotFoundException)
        {
            return Results.NotFound();
        }
    }

    private static FaultPlanDocument Plan(GraphSandboxEngine engine) => new(engine.Faults.Seed, engine.Faults.Rules);

    private static async Task<IResult> ReplaceFaultsAsync(HttpRequest request, GraphSandboxEngine engine)
    {
        var plan = await ReadAsync<FaultPlanDocument>(request);
        if (plan is null)
        {
            return Results.BadRequest(new { error = "Send {\"seed\": 1, \"rules\": [{\"kind\": \"too-many-requests\", \"route\": \"GET /me/calendarView\", \"count\": 3, \"retryAfterSeconds\": 2}]}." });
        }

        engine.Faults.Set(plan.Seed, plan.Rules ?? []);
        return Results.Json(Plan(engine), Json);
    }

    private static async Task<IResult> AddFaultAsync(HttpRequest request, GraphSandboxEngine engine)
    {
        var rule = await ReadAsync<FaultRule>(request);
        if (rule is null)
        {
            return Results.BadRequest(new { error = "Send one rule: {\"kind\": \"latency\", \"latencyMilliseconds\": 200, \"user\": \"...\"}." });
        }

        engine.Faults.Add(rule);
        return Results.Json(Plan(engine), Json);
    }

    private static async Task<IResult> AddEventAsOutlookAsync(string user, HttpRequest request, GraphSandboxEngine engine)
    {
        if (engine.Tenant.Find(user) is not { } found)
        {
            return Results.NotFound();
        }

        if (await ReadAsync<JsonObject>(request) is not { } body)
        {
            return Results.BadRequest(new { error = "Send a Graph event as JSON." });
        }

        var write = engine.Events.Create(found, body);
        return write.Event is { } created ? Results.Json(created, Json, statusCode: 201) : Results.BadRequest(new { error = write.Problem!.Message });
    }

    private static async Task<IResult> UpdateEventAsOutlookAsync(string user, string id, HttpRequest request, GraphSandboxEngine engine)
    {
        if (engine.Tenant.Find(user) is not { } found)
        {
            return Results.NotFound();
        }

        if (await ReadAsync<JsonObject>(request) is not { } body)
        {
            return Results.BadRequest(new { error = "Send the changed event properties as JSON." });
        }

        var write = engine.Events.Update(found, id, body);
        return write switch
        {
            { Event: { } updated } => Results.Json(updated, Json),
            { Problem.Status: 404 } => Results.NotFound(),
            _ => Results.BadRequest(new { error = write.Problem!.Message }),
        };
    }

    private static async Task<T?> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, Json, request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
