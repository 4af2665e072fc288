using System.Globalization;
using System.Text.Json.Nodes;
using OutlookClientCare.GraphSandbox.Data;
using OutlookClientCare.GraphSandbox.Routing;

namespace OutlookClientCare.GraphSandbox.Api;

/// <summary>
/// Microsoft To Do: lists, tasks, their linkedResources, and tasks/delta. A task's linkedResources come
/// only with <c>$expand=linkedResources</c> (or from their own route), as Graph answers. Every task write
/// takes the next number of the user's change counter; a delta token is such a number.
/// </summary>
internal static class ToDoApi
{
    private const string Lists = "/me/todo/lists";
    private const int TasksPageSize = 100;

    private static readonly string[] Statuses = ["notStarted", "inProgress", "completed", "waitingOnOthers", "deferred"];
    private static readonly string[] ReadOnlyTask = ["id", "@odata.etag", "createdDateTime", "lastModifiedDateTime", "bodyLastModifiedDateTime", "hasAttachments", "linkedResources"];

    public static IEnumerable<Route> Routes() =>
    [
        new("GET", Lists, context => Locked(context, ListLists)),
        new("POST", Lists, context => Locked(context, CreateList)),
        new("GET", Lists + "/{id}", context => Locked(context, GetList)),
        new("GET", Lists + "/{id}/tasks/delta", context => Locked(context, Delta)),
        new("GET", Lists + "/{id}/tasks", context => Locked(context, ListTasks)),
        new("POST", Lists + "/{id}/tasks", context => Locked(context, CreateTask)),
        new("GET", Lists + "/{id}/tasks/{taskId}", context => Locked(context, GetTask)),
        new("PATCH", Lists + "/{id}/tasks/{taskId}", context => Locked(context, UpdateTask)),
        new("DELETE", Lists + "/{id}/tasks/{taskId}", context => Locked(context, DeleteTask)),
        new("GET", Lists + "/{id}/tasks/{taskId}/linkedResources", context => Locked(context, ListLinks)),
        new("POST", Lists + "/{id}/tasks/{taskId}/linkedResources", context => Locked(context, CreateLink)),
    ];

    /// <summary>"The user did this in To Do": changes a task as the To Do app would (e.g. ticks it off).</summary>
    public static JsonObject ActAsUser(GraphSandboxEngine sandbox, SandboxUser user, string taskId, JsonObject changes)
    {
        lock (user.Gate)
        {
            var (_, task) = Find(user, taskId) ?? throw new KeyNotFoundException($"No To Do task '{taskId}' for '{user.UserPrincipalName}'.");
            Apply(task, changes, sandbox.Time.GetUtcNow());
            Touch(user, task, sandbox);
            return (JsonObject)task.DeepClone();
        }
    }

    private static ValueTask<SandboxResponse> Locked(RouteContext context, Func<RouteContext, SandboxUser, SandboxResponse> handler)
    {
        var user = context.User;
        lock (user.Gate)
        {
            return ValueTask.FromResult(handler(context, user));
        }
    }

    private static SandboxResponse ListLists(RouteContext context, SandboxUser user) =>
        context.Query(out var error) is { } query
            ? SandboxResponse.Json(Paging.Page([.. user.TodoLists.Values.Where(l => query.Filter?.Matches(l) ?? true).Select(l => (JsonObject)l.DeepClone())], query, context.Request, TasksPageSize))
            : error!;

    private static SandboxResponse GetList(RouteContext context, SandboxUser user) =>
        user.TodoLists.TryGetValue(context.Id, out var list) ? SandboxResponse.Json((JsonObject)list.DeepClone()) : context.NotFound();

    private static SandboxResponse CreateList(RouteContext context, SandboxUser user)
    {
        if (context.BodyObject(out var error) is not { } body)
        {
            return error!;
        }

        if (GraphProperties.Unknown(body, GraphProperties.TodoTaskList, "todoTaskList") is { } unknown)
        {
            return context.Fail(unknown);
        }

        if (string.IsNullOrWhiteSpace(JsonRead.Text(body["displayName"])))
        {
            return context.Fail(GraphProblem.BadRequest("A task list needs a displayName."));
        }

        var id = context.Sandbox.Tenant.Ids.NextItemId("todoList/" + user.Id);
        var list = new JsonObject
        {
            ["@odata.etag"] = Etag(context),
            ["displayName"] = JsonRead.Text(body["displayName"]),
            ["isOwner"] = true,
            ["isShared"] = false,
            ["wellknownListName"] = "none",
            ["id"] = id,
        };
        user.TodoLists[id] = list;
        user.TodoTasks[id] = new(StringComparer.Ordinal);
        return SandboxResponse.Json((JsonObject)list.DeepClone(), 201);
    }

    private static SandboxResponse ListTasks(RouteContext context, SandboxUser user)
    {
        if (context.Query(out var error) is not { } query)
        {
            return error!;
        }

        if (!user.TodoTasks.TryGetValue(context.Id, out var tasks))
        {
            return context.NotFound();
        }

        var expand = ExpandsLinks(query);
        return SandboxResponse.Json(Paging.Page([.. tasks.Values.Where(t => query.Filter?.Matches(t) ?? true).Select(t => Shape(t, expand))], query, context.Request, TasksPageSize));
    }

    private static SandboxResponse GetTask(RouteContext context, SandboxUser user)
    {
        if (context.Query(out var error) is not { } query)
        {
            return error!;
        }

        return user.TodoTasks.TryGetValue(context.Id, out var tasks) && tasks.TryGetValue(context.Value(1), out var task)
            ? SandboxResponse.Json(Shape(task, ExpandsLinks(query)))
            : context.NotFound();
    }

    /// <summary>POST a task, optionally with its linkedResources in the same body (Graph creates both).</summary>
    private static SandboxResponse CreateTask(RouteContext context, SandboxUser user)
    {
        if (context.BodyObject(out var error) is not { } body)
        {
            return error!;
        }

        if (!user.TodoTasks.TryGetValue(context.Id, out var tasks))
        {
            return context.NotFound();
        }

        if (Check(body) is { } problem)
        {
            return context.Fail(problem);
        }

        var links = new JsonArray();
        foreach (var link in body["linkedResources"] as JsonArray ?? [])
        {
            if (link is not JsonObject linkObject || GraphProperties.Unknown(linkObject, GraphProperties.LinkedResource, "linkedResource") is { } linkProblem)
            {
                return context.Fail(link is JsonObject l ? GraphProperties.Unknown(l, GraphProperties.LinkedResource, "linkedResource")! : GraphProblem.BadRequest("linkedResources must be objects."));
            }

            links.Add(NewLink(context, user, linkObject));
        }

        var now = context.Now;
        var id = context.Sandbox.Tenant.Ids.NextItemId("todoTask/" + user.Id);
        var task = new JsonObject
        {
            ["importance"] = "normal",
            ["isReminderOn"] = false,
            ["status"] = "notStarted",
            ["title"] = "",
            ["createdDateTime"] = GraphTime.FormatInstant(now),
            ["bodyLastModifiedDateTime"] = GraphTime.FormatInstant(now),
            ["hasAttachments"] = false,
            ["categories"] = new JsonArray(),
            ["body"] = new JsonObject { ["content"] = "", ["contentType"] = "text" },
        };
        body.Remove("linkedResources");
        Apply(task, body, now);
        task["id"] = id;
        task["linkedResources"] = links;
        tasks[id] = task;
        Touch(user, task, context.Sandbox);
        return SandboxResponse.Json(Shape(task, expandLinks: links.Count > 0), 201);
    }

    private static SandboxResponse UpdateTask(RouteContext context, SandboxUser user)
    {
        if (context.BodyObject(out var error) is not { } body)
        {
            return error!;
        }

        if (Check(body) is { } problem)
        {
            return context.Fail(problem);
        }

        if (!user.TodoTasks.TryGetValue(context.Id, out var tasks) || !tasks.TryGetValue(context.Value(1), out var task))
        {
            return context.NotFound();
        }

        Apply(task, body, context.Now);
        Touch(user, task, context.Sandbox);
        return SandboxResponse.Json(Shape(task, expandLinks: false));
    }

    private static SandboxResponse DeleteTask(RouteContext context, SandboxUser user)
    {
        if (!user.TodoTasks.TryGetValue(context.Id, out var tasks) || !tasks.Remove(context.Value(1)))
        {
            return context.NotFound();
        }

        user.TodoTaskChanged.Remove(context.Value(1));
        user.TodoTasksRemoved.Add((context.Id, context.Value(1), ++user.TodoSequence));
        return SandboxResponse.NoContent();
    }

    private static SandboxResponse ListLinks(RouteContext context, SandboxUser user) =>
        user.TodoTasks.TryGetValue(context.Id, out var tasks) && tasks.TryGetValue(context.Value(1), out var task)
            ? SandboxResponse.Json(new JsonObject { ["value"] = task["linkedResources"]?.DeepClone() ?? new JsonArray() })
            : context.NotFound();

    private static SandboxResponse CreateLink(RouteContext context, SandboxUser user)
    {
        if (context.BodyObject(out var error) is not { } body)
        {
            return error!;
        }

        if (GraphProperties.Unknown(body, GraphProperties.LinkedResource, "linkedResource") is { } unknown)
        {
            return context.Fail(unknown);
        }

        if (!user.TodoTasks.TryGetValue(context.Id, out var tasks) || !tasks.TryGetValue(context.Value(1), out var task))
        {
            return context.NotFound();
        }

        var link = NewLink(context, user, body);
        ((JsonArray)task["linkedResources"]!).Add(link);
        Touch(user, task, context.Sandbox);
        return SandboxResponse.Json((JsonObject)link.DeepClone(), 201);
    }

    /// <summary>
    /// tasks/delta: without a token every task of the list, then a deltaLink; with one, the tasks written
    /// since and <c>{"id", "@removed": {"reason": "deleted"}}</c> for those deleted since. One page.
    /// </summary>
    private static SandboxResponse Delta(RouteContext context, SandboxUser user)
    {
        if (!user.TodoTasks.TryGetValue(context.Id, out var tasks))
        {
            return context.NotFound();
        }

        long since = 0;
        if (context.Request.QueryValue("$deltatoken") is { } token && !long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out since))
        {
            return context.Fail(new GraphProblem(400, "SyncStateInvalid", "The delta token is not valid."));
        }

        var value = new JsonArray();
        foreach (var task in tasks.Values.Where(t => user.TodoTaskChanged.GetValueOrDefault(JsonRead.Text(t["id"])!) > since))
        {
            value.Add(Shape(task, expandLinks: false));
        }

        foreach (var removed in user.TodoTasksRemoved.Where(r => r.ListId == context.Id && r.Sequence > since))
        {
            value.Add(new JsonObject { ["id"] = removed.TaskId, ["@removed"] = new JsonObject { ["reason"] = "deleted" } });
        }

        var link = $"{context.Request.BaseUrl}{context.Request.Path}?$deltatoken={user.TodoSequence.ToString(CultureInfo.InvariantCulture)}";
        return SandboxResponse.Json(new JsonObject { ["value"] = value, ["@odata.deltaLink"] = link });
    }

    private static GraphProblem? Check(JsonObject body)
    {
        if (GraphProperties.Unknown(body, GraphProperties.TodoTask, "todoTask") is { } unknown)
        {
            return unknown;
        }

        if (JsonRead.Text(body["status"]) is { } status && !Statuses.Contains(status))
        {
            return GraphProblem.BadRequest($"The value '{status}' is not valid for status.");
        }

        foreach (var name in (string[])["dueDateTime", "startDateTime", "reminderDateTime", "completedDateTime"])
        {
            if (body[name] is JsonObject time && (!GraphTime.TryParseLocal(JsonRead.Text(time["dateTime"]), out _) || GraphTime.FindZone(JsonRead.Text(time["timeZone"]) ?? "UTC") is null))
            {
                return GraphProblem.BadRequest($"The task's {name} needs a valid dateTime and timeZone.");
            }

            if (body[name] is not null and not JsonObject)
            {
                return GraphProblem.BadRequest($"The task's {name} must be a dateTimeTimeZone object.");
            }
        }

        return null;
    }

    private static void Apply(JsonObject task, JsonObject changes, DateTimeOffset now)
    {
        foreach (var (name, value) in changes)
        {
            if (!ReadOnlyTask.Contains(name))
            {
                task[name] = value?.DeepClone();
            }
        }

        if (changes.ContainsKey("body"))
        {
            task["bodyLastModifiedDateTime"] = GraphTime.FormatInstant(now);
        }

        // To Do records when a task was ticked off, and forgets it when the task is opened again.
        if (changes.ContainsKey("status"))
        {
            task["completedDateTime"] = JsonRead.Text(task["status"]) == "completed"
                ? task["completedDateTime"]?.DeepClone() ?? new JsonObject { ["dateTime"] = GraphTime.FormatLocal(now.UtcDateTime), ["timeZone"] = "UTC" }
                : null;
        }
    }

    private static void Touch(SandboxUser user, JsonObject task, GraphSandboxEngine sandbox)
    {
        task["lastModifiedDateTime"] = GraphTime.FormatInstant(sandbox.Time.GetUtcNow());
        task["@odata.etag"] = "W/\"" + GraphDefaults.ChangeKey(sandbox.Tenant.Ids) + "\"";
        user.TodoTaskChanged[JsonRead.Text(task["id"])!] = ++user.TodoSequence;
    }

    private static JsonObject NewLink(RouteContext context, SandboxUser user, JsonObject body)
    {
        var link = new JsonObject();
        foreach (var (name, value) in body)
        {
            if (name != "id")
            {
                link[name] = value?.DeepClone();
            }
        }

        link["id"] = context.Sandbox.Tenant.Ids.NextGuid("linkedResource/" + user.Id).ToString();
        return link;
    }

    private static (string ListId, JsonObject Task)? Find(SandboxUser user, string taskId)
    {
        foreach (var (listId, tasks) in user.TodoTasks)
        {
            if (tasks.TryGetValue(taskId, out var task))
            {
                return (listId, task);
            }
        }

        return null;
    }

    private static bool ExpandsLinks(ODataQuery query) =>
        query.Expand?.Split(',', StringSplitOptions.TrimEntries).Contains("linkedResources", StringComparer.OrdinalIgnoreCase) == true;

    private static JsonObject Shape(JsonObject task, bool expandLinks)
    {
        var shaped = (JsonObject)task.DeepClone();
        if (!expandLinks)
        {
            shaped.Remove("linkedResources");
        }

        if (shaped["completedDateTime"] is null)
        {
            shaped.Remove("completedDateTime");
        }

        return shaped;
    }

    private static string Etag(RouteContext context) => "W/\"" + GraphDefaults.ChangeKey(context.Sandbox.Tenant.Ids) + "\"";
}
