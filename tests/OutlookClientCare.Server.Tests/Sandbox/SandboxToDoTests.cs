using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using OutlookClientCare.Graph;
using OutlookClientCare.GraphSandbox.Hosting;
using OutlookClientCare.Server.Tests.Graph;
using OutlookClientCare.Tests;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Sandbox;

/// <summary>Microsoft To Do in the sandbox: lists, tasks with linkedResources, and tasks/delta, through HTTP and the real SDK.</summary>
public sealed class SandboxToDoTests
{
    [Fact]
    public async Task TaskDeltaReturnsEveryTaskFirstThenOnlyWhatChangedAndWhatWasDeletedThroughTheRealSdk()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        var gateway = GatewayTestKit.Gateway(host);
        var list = await gateway.CreateToDoListAsync("Kundenpflege", CancellationToken.None);
        var link = new ToDoLink("https://outlook.example/item", "OutlookClientCare", "Lieferung", "ext-1");
        var first = await gateway.CreateToDoTaskAsync(list.Id, new NewToDoTask("Plan schicken", "Kunde: k", new DateOnly(2026, 12, 4), "W. Europe Standard Time", link), CancellationToken.None);
        var second = await gateway.CreateToDoTaskAsync(list.Id, new NewToDoTask("Anrufen", "Kunde: k", new DateOnly(2026, 12, 7), "W. Europe Standard Time", null), CancellationToken.None);

        var all = await gateway.GetToDoChangesAsync(list.Id, null, CancellationToken.None);
        var none = await gateway.GetToDoChangesAsync(list.Id, all!.DeltaLink, CancellationToken.None);
        host.ActAsUserInToDoUpdateTask(Anna, first, new JsonObject { ["status"] = "completed" });
        await gateway.DeleteToDoTaskAsync(list.Id, second, CancellationToken.None);
        var changed = await gateway.GetToDoChangesAsync(list.Id, none!.DeltaLink, CancellationToken.None);
        var gone = await gateway.FindToDoListAsync("AAMkNoSuchList", CancellationToken.None);

        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), all.Tasks.Select(t => t.Id).Order(StringComparer.Ordinal));
        Assert.All(all.Tasks, t => Assert.False(t.Completed));
        Assert.Empty(none.Tasks);
        Assert.Equal(2, changed!.Tasks.Count);
        var done = Assert.Single(changed.Tasks, t => t.Id == first);
        Assert.True(done.Completed);
        Assert.NotNull(done.CompletedAt);
        Assert.True(Assert.Single(changed.Tasks, t => t.Id == second).Removed);
        Assert.Null(gone);
        Assert.Equal(list.Id, (await gateway.FindToDoListAsync(list.Id, CancellationToken.None))?.Id);
    }

    [Fact]
    public async Task LinkedResourcesComeOnlyWhenExpandedAndUnknownTaskPropertiesAreRefused()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        using var client = SandboxClients.Http(host);
        var (_, list) = await client.SendJsonAsync(HttpMethod.Post, "me/todo/lists", new JsonObject { ["displayName"] = "Client care" });
        var tasks = $"me/todo/lists/{(string?)list["id"]}/tasks";
        var (created, task) = await client.SendJsonAsync(HttpMethod.Post, tasks, new JsonObject
        {
            ["title"] = "Send plan",
            ["linkedResources"] = new JsonArray(new JsonObject { ["webUrl"] = "https://outlook.example/x", ["applicationName"] = "OutlookClientCare", ["externalId"] = "e1" }),
        });
        var (_, plain) = await client.GetJsonAsync($"{tasks}/{(string?)task["id"]}");
        var (_, expanded) = await client.GetJsonAsync($"{tasks}/{(string?)task["id"]}?$expand=linkedResources");
        var (typo, error) = await client.SendJsonAsync(HttpMethod.Post, tasks, new JsonObject { ["title"] = "x", ["dueDate"] = "2026-12-04" });
        var (badStatus, _) = await client.SendJsonAsync(HttpMethod.Patch, $"{tasks}/{(string?)task["id"]}", new JsonObject { ["status"] = "done" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Null(plain["linkedResources"]);
        Assert.Equal("e1", (string?)expanded["linkedResources"]![0]!["externalId"]);
        Assert.Equal(HttpStatusCode.BadRequest, typo.StatusCode);
        Assert.Equal("RequestBodyRead", (string?)error["error"]!["code"]);
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
    }

    [SharedFact("To Do lists, tasks, linkedResources and tasks/delta of the sandbox have Graph's shapes in ../shared/graph/v1.0-Prod.csdl; delta is a function bound to todoTask collections")]
    public async Task ToDoAnswersHaveGraphsShapes()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create(), new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero)));
        using var client = SandboxClients.Http(host);
        var (_, list) = await client.SendJsonAsync(HttpMethod.Post, "me/todo/lists", new JsonObject { ["displayName"] = "Kundenpflege" });
        var tasks = $"me/todo/lists/{(string?)list["id"]}/tasks";
        var (_, task) = await client.SendJsonAsync(HttpMethod.Post, tasks, new JsonObject
        {
            ["title"] = "Plan schicken",
            ["body"] = new JsonObject { ["content"] = "Kunde: k", ["contentType"] = "text" },
            ["dueDateTime"] = new JsonObject { ["dateTime"] = "2026-12-04T00:00:00", ["timeZone"] = "W. Europe Standard Time" },
            ["linkedResources"] = new JsonArray(new JsonObject { ["webUrl"] = "https://outlook.example/x", ["applicationName"] = "OutlookClientCare", ["displayName"] = "Lieferung", ["externalId"] = "e1" }),
        });
        var id = (string?)task["id"];
        var (_, link) = await client.SendJsonAsync(HttpMethod.Post, $"{tasks}/{id}/linkedResources", new JsonObject { ["webUrl"] = "https://outlook.example/y", ["applicationName"] = "OutlookClientCare" });
        var (_, patched) = await client.SendJsonAsync(HttpMethod.Patch, $"{tasks}/{id}", new JsonObject { ["status"] = "completed" });
        var (_, lists) = await client.GetJsonAsync("me/todo/lists");
        var (_, page) = await client.GetJsonAsync($"{tasks}?$expand=linkedResources");
        var (_, links) = await client.GetJsonAsync($"{tasks}/{id}/linkedResources");
        var (_, delta) = await client.GetJsonAsync($"{tasks}/delta()");

        Assert.True(GraphMetadata.Official.HasBoundOperation("Function", "delta", "Collection(graph.todoTask)"));
        Assert.Empty(GraphMetadata.Official.UnknownProperties(list, "todoTaskList"));
        Assert.Empty(GraphMetadata.Official.UnknownProperties(task, "todoTask"));
        Assert.Empty(GraphMetadata.Official.UnknownProperties(link, "linkedResource"));
        Assert.Empty(GraphMetadata.Official.UnknownProperties(patched, "todoTask"));
        Assert.Empty(GraphMetadata.Official.UnknownProperties(lists["value"], "todoTaskList"));
        Assert.Empty(GraphMetadata.Official.UnknownProperties(page["value"], "todoTask"));
        Assert.Empty(GraphMetadata.Official.UnknownProperties(links["value"], "linkedResource"));
        Assert.Empty(GraphMetadata.Official.UnknownProperties(delta["value"], "todoTask"));
        Assert.NotNull(delta["@odata.deltaLink"]);
        Assert.Equal("completed", (string?)patched["status"]);
        Assert.NotNull(patched["completedDateTime"]);
    }
}
