using System.Net.Http.Json;
using System.Text.Json;
using OutlookClientCare.Server.Tests.Booking;
using Xunit.Abstractions;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Graph;

/// <summary>
/// Graph requests per user-facing operation, counted by the sandbox (a $batch counts once as
/// "POST /$batch" and once per step). The budgets are what the operations cost once the Graph
/// boundary and the mailbox service were in (before: 3, 3, 3, 6, 3, 3, 9 and 2 requests; the
/// daily run now reads Outlook's settings once a day inside its batch, so changed working hours
/// reach the plan); an operation that needs more fails here first.
/// </summary>
public sealed class GraphRequestBudgetTests(ITestOutputHelper output)
{
    [Fact]
    public async Task EveryOperationStaysWithinItsGraphRequestBudget()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock);
        var anna = app.ClientFor(Anna);
        var measured = new List<(string Operation, long Steps, long Batches)>();

        async Task MeasureAsync(string operation, Func<Task> run)
        {
            sandbox.Counters.Reset();
            await run();
            var batches = sandbox.Counters.Get("POST /$batch");
            measured.Add((operation, sandbox.Counters.Total - batches, batches));
        }

        await MeasureAsync("open a thread (first in a session)", () => anna.GetFromJsonAsync<JsonElement>($"/api/threads/{ThreadId}/situation"));
        await MeasureAsync("open a thread (again)", () => anna.GetFromJsonAsync<JsonElement>($"/api/threads/{ThreadId}/situation"));
        await MeasureAsync("coach a draft with its thread", async () => Ok(await anna.PostAsJsonAsync("/api/drafts/coach", new { text = "Danke, wir melden uns.", language = "de", conversationId = ThreadId })));
        await MeasureAsync("follow-up summary", async () => Ok(await anna.PostAsJsonAsync($"/api/threads/{ThreadId}/follow-up-summary", new
        {
            agreed = new[] { "Die Lieferung kommt in zwei Teilen" },
            nextSteps = new[] { new { what = "Lieferplan schicken", owner = "Anna", due = "2026-12-04" } },
        })));
        await MeasureAsync("who is waiting", () => anna.GetFromJsonAsync<JsonElement>("/api/waiting"));
        await MeasureAsync("week picture", () => anna.GetFromJsonAsync<JsonElement>("/api/pane/week"));
        await BookingTestKit.PutSettingsAsync(anna, s => s["autoBooking"] = true);
        await MeasureAsync("booking, first run", () => BookingDatabase.RunOnceAsync(app));
        clock.Advance(TimeSpan.FromDays(1));
        await MeasureAsync("booking, daily run", () => BookingDatabase.RunOnceAsync(app));

        foreach (var (operation, steps, batches) in measured)
        {
            output.WriteLine($"{operation}: {steps} requests ({batches} $batch)");
        }

        // The profile with aliases and Outlook settings is one request, then cached.
        Assert.Equal(
            [
                ("open a thread (first in a session)", 2L, 0L),
                ("open a thread (again)", 1L, 0L),
                ("coach a draft with its thread", 1L, 0L),
                ("follow-up summary", 4L, 0L),
                ("who is waiting", 1L, 0L),
                ("week picture", 1L, 0L),
                ("booking, first run", 9L, 2L),
                ("booking, daily run", 3L, 2L), // + Outlook's settings once a day in the same batch, for hours that follow Outlook
            ],
            measured);
    }

    private static void Ok(HttpResponseMessage response) =>
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {response.Content.ReadAsStringAsync().Result}");
}
