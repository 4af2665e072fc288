using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OutlookClientCare.Server.Tests.Booking;
using OutlookClientCare.Server.ToDo;
using static OutlookClientCare.Server.Tests.Booking.BookingTestKit;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.ToDo;

/// <summary>
/// Without the pane open: the background round reads, every ToDo:SyncInterval, what changed in the
/// To Do list of each user who switched To Do on (one tasks/delta request each) and completes the
/// follow-ups whose tasks were ticked off there. Users with To Do off cost no request.
/// </summary>
public sealed class ToDoBackgroundSyncTests
{
    private const string Delta = "GET /me/todo/lists/{id}/tasks/delta";
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    private static object Summary() => new
    {
        agreed = new[] { "Die Lieferung kommt in zwei Teilen" },
        nextSteps = new[]
        {
            new { what = "Freigabe des Plans", owner = "Karl", due = "2026-12-07" },
            new { what = "Überarbeiteten Lieferplan schicken", owner = "Anna", due = "2026-12-04" },
        },
    };

    [Fact]
    public async Task ATaskTickedOffInToDoCompletesTheFollowUpAfterTheIntervalWithOneDeltaRequestPerToDoUser()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock, settings: new Dictionary<string, string?>
        {
            ["ToDo:SyncInBackground"] = "true",
            ["ToDo:SyncInterval"] = "00:10:00",
        });
        var anna = app.ClientFor(Anna);
        Assert.Equal(HttpStatusCode.OK, (await anna.PutAsJsonAsync("/api/follow-ups/settings", new { todo = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await anna.PostAsJsonAsync($"/api/threads/{ThreadId}/follow-up-summary", Summary())).StatusCode);
        var followUps = await anna.GetFromJsonAsync<JsonElement[]>("/api/follow-ups") ?? [];
        var theirs = followUps.Single(f => f.GetProperty("who").GetString() == "client");
        using var admin = new HttpClient();
        var ticked = await admin.PatchAsJsonAsync($"{sandbox.AdminUrl}/users/{Anna}/todo/tasks/{theirs.GetProperty("todoTaskId").GetString()}", new { status = "completed" });
        Assert.Equal(HttpStatusCode.OK, ticked.StatusCode);
        sandbox.Counters.Reset();

        clock.Advance(Interval - TimeSpan.FromMinutes(1));
        await Task.Delay(300);
        Assert.Equal(0, sandbox.Counters.Get(Delta, Anna));
        clock.Advance(TimeSpan.FromMinutes(1));
        await EventuallyAsync(async () => (await anna.GetFromJsonAsync<JsonElement[]>("/api/follow-ups?state=done") ?? []).Length == 1, "the round completed Anna's follow-up");

        var done = Assert.Single(await anna.GetFromJsonAsync<JsonElement[]>("/api/follow-ups?state=done") ?? []);
        Assert.Equal(theirs.GetProperty("id").GetString(), done.GetProperty("id").GetString());
        var log = await anna.GetFromJsonAsync<JsonElement>($"/api/interactions?conversationId={ThreadId}");
        Assert.Contains(log.EnumerateArray(), e => e.GetProperty("kind").GetString() == "follow-up-done");
        Assert.Equal(1, sandbox.Counters.Get(Delta, Anna));
        Assert.DoesNotContain(sandbox.Counters.Snapshot(), c => c.User == Ben);

        // Ben switches To Do on: the next round reads both lists once each, and nothing else of theirs.
        Assert.Equal(HttpStatusCode.OK, (await app.ClientFor(Ben).PutAsJsonAsync("/api/follow-ups/settings", new { todo = true })).StatusCode);
        sandbox.Counters.Reset();
        clock.Advance(Interval);
        await EventuallyAsync(() => Task.FromResult(sandbox.Counters.Get(Delta, Anna) == 1 && sandbox.Counters.Get(Delta, Ben) == 1), "the second round read both lists");
        await Task.Delay(300);

        Assert.Equal(1, sandbox.Counters.Get(Delta, Anna));
        Assert.Equal(1, sandbox.Counters.Get(Delta, Ben));
        Assert.All(sandbox.Counters.Snapshot(), c => Assert.Equal(Delta, c.Route));
        Assert.Single(await anna.GetFromJsonAsync<JsonElement[]>("/api/follow-ups?state=done") ?? []);
    }

    [Fact]
    public async Task NobodyWithToDoOnMeansARoundWithoutAnyGraphRequest()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock);
        var anna = app.ClientFor(Anna);
        await anna.PostAsJsonAsync($"/api/threads/{ThreadId}/follow-up-summary", Summary());
        await anna.PutAsJsonAsync("/api/follow-ups/settings", new { todo = true });
        await anna.PutAsJsonAsync("/api/follow-ups/settings", new { todo = false });
        sandbox.Counters.Reset();

        var round = await RunOnceAsync(app);

        Assert.Equal(new ToDoSyncRun.Round(0, 0, 0, 0, 0), round);
        Assert.DoesNotContain(sandbox.Counters.Snapshot(), c => c.Count > 0);
    }

    [Fact]
    public async Task AUserTheRoundJustReadIsNotReadAgainByAnOverlappingRound()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock);
        await app.ClientFor(Anna).PutAsJsonAsync("/api/follow-ups/settings", new { todo = true });
        sandbox.Counters.Reset();

        var first = await RunOnceAsync(app);
        var overlapping = await RunOnceAsync(app);
        clock.Advance(TimeSpan.FromMinutes(5));
        var next = await RunOnceAsync(app);

        Assert.Equal(1, first.Users);
        Assert.Equal(0, overlapping.Users);
        Assert.Equal(1, next.Users);
        Assert.Equal(2, sandbox.Counters.Get(Delta, Anna));
    }

    private static async Task<ToDoSyncRun.Round> RunOnceAsync(BookingApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ToDoSyncRun>().RunAsync(CancellationToken.None);
    }
}
