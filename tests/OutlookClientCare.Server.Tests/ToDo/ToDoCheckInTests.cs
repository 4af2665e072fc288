using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookClientCare.Server.Tests.FollowUps;
using OutlookClientCare.Server.ToDo;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.ToDo;

/// <summary>
/// With To Do on, a check-in that falls due (the client card's cadence) becomes one task in our list,
/// once per due day; ticking it off in To Do logs the check-in, so it is no longer due.
/// </summary>
public sealed class ToDoCheckInTests
{
    private static async Task<HttpClient> AnnaWithAWeeklyCheckInAsync(ToolkitHost host, bool todo)
    {
        var anna = host.ClientFor(Anna);
        Assert.Equal(HttpStatusCode.OK, (await anna.PutAsJsonAsync($"/api/clients/{Client}/card", new { displayName = "Karl Kunde", checkInEveryDays = 7 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anna.PutAsJsonAsync("/api/follow-ups/settings", new { todo })).StatusCode);
        return anna;
    }

    [Fact]
    public async Task ADueCheckInBecomesOneTaskOncePerDueDayAndTickingItOffInToDoRecordsTheCheckIn()
    {
        await using var host = await ToolkitHost.StartAsync();
        var anna = await AnnaWithAWeeklyCheckInAsync(host, todo: true);
        Assert.Equal(0, (await anna.GetFromJsonAsync<JsonElement>("/api/follow-ups/check-ins")).GetArrayLength());
        Assert.Empty(host.Sandbox.TodoTasksOf(Anna));

        host.Time.Advance(TimeSpan.FromDays(7));
        var due = await anna.GetFromJsonAsync<JsonElement>("/api/follow-ups/check-ins");
        await anna.GetFromJsonAsync<JsonElement>("/api/follow-ups/check-ins");
        host.Time.Advance(TimeSpan.FromDays(1));
        await anna.GetFromJsonAsync<JsonElement>("/api/follow-ups/check-ins");

        var dueOn = Assert.Single(due.EnumerateArray()).GetProperty("dueOn").GetString();
        var task = Assert.Single(host.Sandbox.TodoTasksOf(Anna));
        Assert.Contains("Karl Kunde", (string?)task["title"], StringComparison.Ordinal);
        Assert.StartsWith(dueOn + "T00:00:00", (string?)task["dueDateTime"]!["dateTime"], StringComparison.Ordinal);

        host.Sandbox.ActAsUserInToDoUpdateTask(Anna, (string)task["id"]!, new JsonObject { ["status"] = "completed" });
        var synced = await anna.PostAndReadAsync<ToDoMirror.SyncResult>("/api/follow-ups/todo/sync");

        Assert.Equal(1, synced.Completed);
        Assert.Equal(0, (await anna.GetFromJsonAsync<JsonElement>("/api/follow-ups/check-ins")).GetArrayLength());
        var log = await anna.GetFromJsonAsync<JsonElement>($"/api/interactions?client={Client}");
        Assert.Contains(log.EnumerateArray(), e => e.GetProperty("kind").GetString() == "note" && e.GetProperty("text").GetString()!.Contains("Check-in", StringComparison.Ordinal));

        // The next check-in, a week after that contact, is a new task.
        host.Time.Advance(TimeSpan.FromDays(7));
        Assert.Single((await anna.GetFromJsonAsync<JsonElement>("/api/follow-ups/check-ins")).EnumerateArray());
        Assert.Equal(2, host.Sandbox.TodoTasksOf(Anna).Count);
    }

    [Fact]
    public async Task WithToDoOffADueCheckInCreatesNoTask()
    {
        await using var host = await ToolkitHost.StartAsync();
        var anna = await AnnaWithAWeeklyCheckInAsync(host, todo: false);

        host.Time.Advance(TimeSpan.FromDays(7));
        var due = await anna.GetFromJsonAsync<JsonElement>("/api/follow-ups/check-ins");

        Assert.Single(due.EnumerateArray());
        Assert.Empty(host.Sandbox.TodoTasksOf(Anna));
        Assert.Empty(host.Sandbox.TodoListsOf(Anna));
    }
}
