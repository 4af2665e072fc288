using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookClientCare.Server.Tests.FollowUps;
using OutlookClientCare.Server.Tests.Sandbox;
using OutlookClientCare.Server.ToDo;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.ToDo;

/// <summary>
/// With To Do on, every follow-up of a summary becomes a task in Anna's list "Kundenpflege" with its due
/// day, a short text and a link back to the client's message; ticking either side off ticks off the other.
/// </summary>
public sealed class ToDoMirrorTests
{
    private const string SummaryUrl = $"/api/threads/{ThreadId}/follow-up-summary";
    private const string LatestClientMessage = "AAMkMessage24";

    /// <summary>An edited summary: Karl (the client) approves, Anna sends; owners map to "client" and "us".</summary>
    private static object Summary(string step = "Überarbeiteten Lieferplan schicken") => new
    {
        agreed = new[] { "Die Lieferung kommt in zwei Teilen" },
        nextSteps = new[]
        {
            new { what = "Freigabe des Plans", owner = "Karl", due = "2026-12-07" },
            new { what = step, owner = "Anna", due = "2026-12-04" },
        },
    };

    [Fact]
    public async Task WithToDoOnEachFollowUpBecomesATaskInOurListLinkedToTheMessage()
    {
        await using var host = await ToolkitHost.StartAsync();
        var anna = host.ClientFor(Anna);

        var on = await anna.PutAsJsonAsync("/api/follow-ups/settings", new { todo = true });
        var again = await anna.PutAsJsonAsync("/api/follow-ups/settings", new { todo = true });
        Assert.Equal(HttpStatusCode.Created, (await anna.PostAsJsonAsync(SummaryUrl, Summary())).StatusCode);

        Assert.Equal(HttpStatusCode.OK, on.StatusCode);
        Assert.True((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("todo").GetBoolean());
        var list = Assert.Single(host.Sandbox.TodoListsOf(Anna));
        Assert.Equal("Kundenpflege", (string?)list["displayName"]);
        var followUps = await anna.GetFromJsonAsync<JsonElement[]>("/api/follow-ups") ?? [];
        Assert.Equal(2, followUps.Length);
        var tasks = host.Sandbox.TodoTasksOf(Anna);
        Assert.Equal(2, tasks.Count);
        var webLink = (string?)host.Sandbox.MessagesOf(Anna).Single(m => (string?)m["id"] == LatestClientMessage)["webLink"];
        foreach (var followUp in followUps)
        {
            var task = Assert.Single(tasks, t => (string?)t["id"] == followUp.GetProperty("todoTaskId").GetString());
            Assert.Equal(followUp.GetProperty("what").GetString(), (string?)task["title"]);
            Assert.StartsWith(followUp.GetProperty("due").GetString() + "T00:00:00", (string?)task["dueDateTime"]!["dateTime"], StringComparison.Ordinal);
            Assert.Equal("W. Europe Standard Time", (string?)task["dueDateTime"]!["timeZone"]);
            Assert.Contains(Client, (string?)task["body"]!["content"], StringComparison.Ordinal);
            var link = Assert.Single(task["linkedResources"]!.AsArray())!;
            Assert.Equal(webLink, (string?)link["webUrl"]);
            Assert.Equal("OutlookClientCare", (string?)link["applicationName"]);
            Assert.Equal(followUp.GetProperty("id").GetString(), (string?)link["externalId"]);
        }
    }

    [Fact]
    public async Task CompletingTheFollowUpCompletesTheTaskAndTickingTheTaskOffInToDoCompletesTheFollowUp()
    {
        await using var host = await ToolkitHost.StartAsync();
        var anna = host.ClientFor(Anna);
        await anna.PutAsJsonAsync("/api/follow-ups/settings", new { todo = true });
        await anna.PostAsJsonAsync(SummaryUrl, Summary());
        var followUps = await anna.GetFromJsonAsync<JsonElement[]>("/api/follow-ups") ?? [];
        var ours = followUps.Single(f => f.GetProperty("who").GetString() == "us");
        var theirs = followUps.Single(f => f.GetProperty("who").GetString() == "client");
        Assert.Equal(new ToDoMirror.SyncResult(0, 0), await anna.PostAndReadAsync<ToDoMirror.SyncResult>("/api/follow-ups/todo/sync"));

        var done = await anna.PatchAsJsonAsync($"/api/follow-ups/{ours.GetProperty("id").GetString()}", new { done = true });
        host.Sandbox.ActAsUserInToDoUpdateTask(Anna, theirs.GetProperty("todoTaskId").GetString()!, new JsonObject { ["status"] = "completed" });
        var synced = await anna.PostAndReadAsync<ToDoMirror.SyncResult>("/api/follow-ups/todo/sync");
        var quiet = await anna.PostAndReadAsync<ToDoMirror.SyncResult>("/api/follow-ups/todo/sync");

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal("completed", (string?)host.Sandbox.TodoTasksOf(Anna).Single(t => (string?)t["id"] == ours.GetProperty("todoTaskId").GetString())["status"]);
        Assert.Equal(new ToDoMirror.SyncResult(1, 0), synced);
        Assert.Equal(new ToDoMirror.SyncResult(0, 0), quiet);
        var after = await anna.GetFromJsonAsync<JsonElement[]>("/api/follow-ups?state=done") ?? [];
        Assert.Equal(2, after.Length);
        var log = await anna.GetFromJsonAsync<JsonElement>($"/api/interactions?conversationId={ThreadId}");
        Assert.Contains(log.EnumerateArray(), e => e.GetProperty("kind").GetString() == "follow-up-done" && e.GetProperty("text").GetString()!.Contains("Freigabe des Plans", StringComparison.Ordinal));

        host.Sandbox.ActAsUserInToDoUpdateTask(Anna, theirs.GetProperty("todoTaskId").GetString()!, new JsonObject { ["status"] = "notStarted" });
        Assert.Equal(new ToDoMirror.SyncResult(0, 1), await anna.PostAndReadAsync<ToDoMirror.SyncResult>("/api/follow-ups/todo/sync"));
        Assert.Single(await anna.GetFromJsonAsync<JsonElement[]>("/api/follow-ups?state=done") ?? []);
    }

    [Fact]
    public async Task OurListIsFoundByItsIdNotByItsNameAndTurningToDoOffLeavesTasksAlone()
    {
        await using var host = await ToolkitHost.StartAsync();
        var anna = host.ClientFor(Anna);
        using var annasOwnTodo = SandboxClients.Http(host.Sandbox);
        var (_, ownList) = await annasOwnTodo.SendJsonAsync(HttpMethod.Post, "me/todo/lists", new JsonObject { ["displayName"] = "Kundenpflege" });
        var (_, ownTask) = await annasOwnTodo.SendJsonAsync(HttpMethod.Post, $"me/todo/lists/{(string?)ownList["id"]}/tasks", new JsonObject { ["title"] = "Mein eigener Eintrag" });

        await anna.PutAsJsonAsync("/api/follow-ups/settings", new { todo = true });
        await anna.PostAsJsonAsync(SummaryUrl, Summary());
        var off = await anna.PutAsJsonAsync("/api/follow-ups/settings", new { todo = false });
        await anna.PostAsJsonAsync(SummaryUrl, Summary("Neuen Plan anrufen und erklären"));

        Assert.False((await off.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("todo").GetBoolean());
        Assert.Equal(2, host.Sandbox.TodoListsOf(Anna).Count(l => (string?)l["displayName"] == "Kundenpflege"));
        var tasks = host.Sandbox.TodoTasksOf(Anna);
        Assert.Equal(3, tasks.Count);
        Assert.Equal("notStarted", (string?)tasks.Single(t => (string?)t["id"] == (string?)ownTask["id"])["status"]);
        var followUps = await anna.GetFromJsonAsync<JsonElement[]>("/api/follow-ups") ?? [];
        Assert.Equal(2, followUps.Length);
        Assert.All(followUps, f => Assert.False(f.TryGetProperty("todoTaskId", out var id) && id.ValueKind == JsonValueKind.String));
    }

    [Fact]
    public async Task AChangedSummaryReplacesTheTasksOfTheFollowUpsItReplaces()
    {
        await using var host = await ToolkitHost.StartAsync();
        var anna = host.ClientFor(Anna);
        await anna.PutAsJsonAsync("/api/follow-ups/settings", new { todo = true });
        await anna.PostAsJsonAsync(SummaryUrl, Summary());

        var changed = await anna.PostAsJsonAsync(SummaryUrl, Summary("Neuen Plan anrufen und erklären"));

        Assert.True(changed.IsSuccessStatusCode);
        var followUps = await anna.GetFromJsonAsync<JsonElement[]>("/api/follow-ups") ?? [];
        var tasks = host.Sandbox.TodoTasksOf(Anna);
        Assert.Equal(2, tasks.Count);
        Assert.Equal(
            followUps.Select(f => f.GetProperty("todoTaskId").GetString()).Order(StringComparer.Ordinal),
            tasks.Select(t => (string?)t["id"]).Order(StringComparer.Ordinal));
        Assert.Contains(tasks, t => (string?)t["title"] == "Neuen Plan anrufen und erklären");
        Assert.DoesNotContain(tasks, t => (string?)t["title"] == "Überarbeiteten Lieferplan schicken");
    }

    [Fact]
    public async Task ErasureWithRemoveTasksDeletesOnlyTheTasksWeCreated()
    {
        await using var host = await ToolkitHost.StartAsync();
        var anna = host.ClientFor(Anna);
        using var annasOwnTodo = SandboxClients.Http(host.Sandbox);
        var (_, ownList) = await annasOwnTodo.SendJsonAsync(HttpMethod.Post, "me/todo/lists", new JsonObject { ["displayName"] = "Privat" });
        var (_, ownTask) = await annasOwnTodo.SendJsonAsync(HttpMethod.Post, $"me/todo/lists/{(string?)ownList["id"]}/tasks", new JsonObject { ["title"] = "Milch kaufen" });
        await anna.PutAsJsonAsync("/api/follow-ups/settings", new { todo = true });
        await anna.PostAsJsonAsync(SummaryUrl, Summary());
        Assert.Equal(3, host.Sandbox.TodoTasksOf(Anna).Count);

        var erased = await anna.DeleteAsync("/api/me?removeTasks=true");

        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        Assert.Equal(2, (await erased.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tasksRemoved").GetInt32());
        Assert.Equal([(string?)ownTask["id"]], host.Sandbox.TodoTasksOf(Anna).Select(t => (string?)t["id"]));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"todo\": null}")]
    [InlineData("{\"todo\": \"yes\"}")]
    public async Task ASettingWithoutTrueOrFalseIsRefusedNamingTodo(string body)
    {
        await using var host = await ToolkitHost.StartAsync();

        var response = await host.ClientFor(Anna).PutAsync("/api/follow-ups/settings", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("todo", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(host.Sandbox.TodoListsOf(Anna));
    }
}

internal static class PostExtensions
{
    public static async Task<T> PostAndReadAsync<T>(this HttpClient client, string url)
    {
        var response = await client.PostAsync(url, null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }
}
