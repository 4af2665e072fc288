using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookClientCare.GraphSandbox.Faults;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.FollowUps;

public sealed class FollowUpSummaryTests
{
    private const string SummaryUrl = $"/api/threads/{ThreadId}/follow-up-summary";
    private const string PatchRoute = "PATCH /me/messages/{id}";
    private const string LatestClientMessage = "AAMkMessage24";

    private static object Request(string firstPoint = "Die Lieferung kommt in zwei Teilen", string firstStep = "Überarbeiteten Lieferplan schicken") => new
    {
        points = new[] { firstPoint, "Teil 1 wird vorgezogen" },
        nextSteps = new[]
        {
            new { what = "Freigabe des Plans", who = "client", due = "2026-12-07" },
            new { what = firstStep, who = "us", due = "2026-12-04" },
        },
        language = "de",
        form = "sie",
    };

    [Fact]
    public async Task The_summary_becomes_a_reply_all_draft_in_the_thread_and_the_client_message_is_flagged_until_the_first_due_date()
    {
        await using var host = await ToolkitHost.StartAsync();
        var anna = host.ClientFor(Anna);

        var response = await anna.PostAsJsonAsync(SummaryUrl, Request());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        var draftId = result.GetProperty("draftId").GetString();
        Assert.StartsWith("https://outlook.office365.com/owa/", result.GetProperty("webLink").GetString(), StringComparison.Ordinal);
        Assert.Equal(LatestClientMessage, result.GetProperty("repliedToMessageId").GetString());

        var draft = Assert.Single(host.Sandbox.MessagesOf(Anna), m => (bool?)m["isDraft"] == true);
        Assert.Equal(draftId, (string?)draft["id"]);
        Assert.Equal(ThreadId, (string?)draft["conversationId"]);
        Assert.Contains(Client, draft["toRecipients"]!.ToJsonString(), StringComparison.Ordinal);
        var body = (string)draft["body"]!["content"]!;
        var summaryAt = body.IndexOf("Vereinbart", StringComparison.Ordinal);
        Assert.True(summaryAt >= 0, body);
        Assert.True(summaryAt < body.IndexOf("Nachricht 24", StringComparison.Ordinal), "the summary sits above the quoted message");
        Assert.Contains("Die Lieferung kommt in zwei Teilen", body, StringComparison.Ordinal);
        Assert.Contains("Nächste Schritte", body, StringComparison.Ordinal);
        Assert.Contains("Überarbeiteten Lieferplan schicken – <strong>wir</strong>, bis Freitag, 4. Dezember 2026", body, StringComparison.Ordinal);
        Assert.Contains("Freigabe des Plans – <strong>Sie</strong>, bis Montag, 7. Dezember 2026", body, StringComparison.Ordinal);

        var flag = host.Sandbox.MessagesOf(Anna).Single(m => (string?)m["id"] == LatestClientMessage)["flag"]!;
        Assert.Equal("flagged", (string?)flag["flagStatus"]);
        Assert.StartsWith("2026-11-24T08:00:00", (string?)flag["startDateTime"]!["dateTime"], StringComparison.Ordinal);
        Assert.StartsWith("2026-12-04T17:00:00", (string?)flag["dueDateTime"]!["dateTime"], StringComparison.Ordinal);
        Assert.Equal("W. Europe Standard Time", (string?)flag["dueDateTime"]!["timeZone"]);

        var followUps = await anna.GetFromJsonAsync<JsonElement>("/api/follow-ups");
        Assert.Equal(
            [("Überarbeiteten Lieferplan schicken", "us", "2026-12-04", "due"), ("Freigabe des Plans", "client", "2026-12-07", "due")],
            followUps.EnumerateArray().Select(f => (f.GetProperty("what").GetString(), f.GetProperty("who").GetString(), f.GetProperty("due").GetString(), f.GetProperty("state").GetString())));

        var log = await anna.GetFromJsonAsync<JsonElement>($"/api/interactions?conversationId={ThreadId}");
        var drafted = Assert.Single(log.EnumerateArray(), e => e.GetProperty("kind").GetString() == "summary-drafted");
        Assert.Equal("Zusammenfassung erstellt: 2 Punkte, 2 nächste Schritte", drafted.GetProperty("text").GetString());
        Assert.Equal(Client, drafted.GetProperty("client").GetString());
        Assert.Equal(2, log.EnumerateArray().Count(e => e.GetProperty("kind").GetString() == "follow-up-due"));
        Assert.DoesNotContain(log.EnumerateArray(), e => e.GetProperty("text").GetString()!.Contains("Nachricht", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_request_twice_creates_one_draft_and_the_second_answer_comes_without_calling_Graph()
    {
        await using var host = await ToolkitHost.StartAsync();
        var anna = host.ClientFor(Anna);

        var first = await anna.PostAsJsonAsync(SummaryUrl, Request());
        var requestsAfterFirst = host.Sandbox.Counters.Total;
        var sameContentOtherSpacing = new StringContent(
            JsonSerializer.Serialize(Request("  Die Lieferung kommt in zwei Teilen ")), System.Text.Encoding.UTF8, "application/json");
        var second = await anna.PostAsync(SummaryUrl, sameContentOtherSpacing);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var firstResult = await first.Content.ReadFromJsonAsync<JsonElement>();
        var secondResult = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(firstResult.GetProperty("draftId").GetString(), secondResult.GetProperty("draftId").GetString());
        Assert.Equal(firstResult.GetProperty("webLink").GetString(), secondResult.GetProperty("webLink").GetString());
        Assert.True(secondResult.GetProperty("repeated").GetBoolean());
        Assert.Single(host.Sandbox.MessagesOf(Anna), m => (bool?)m["isDraft"] == true);
        Assert.Equal(requestsAfterFirst, host.Sandbox.Counters.Total);
        Assert.Equal(2, (await anna.GetFromJsonAsync<JsonElement>("/api/follow-ups")).GetArrayLength());
    }

    [Fact]
    public async Task A_double_click_sending_the_same_request_twice_at_once_leaves_one_draft()
    {
        await using var host = await ToolkitHost.StartAsync();
        var anna = host.ClientFor(Anna);

        var responses = await Task.WhenAll(anna.PostAsJsonAsync(SummaryUrl, Request()), anna.PostAsJsonAsync(SummaryUrl, Request()));

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, r.StatusCode.ToString()));
        var draftIds = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("draftId").GetString()));
        Assert.Equal(draftIds[0], draftIds[1]);
        var draft = Assert.Single(host.Sandbox.MessagesOf(Anna), m => (bool?)m["isDraft"] == true);
        Assert.Equal(draftIds[0], (string?)draft["id"]);
        Assert.Equal(2, (await anna.GetFromJsonAsync<JsonElement>("/api/follow-ups")).GetArrayLength());
    }

    [Fact]
    public async Task A_different_summary_for_the_same_thread_is_a_new_draft()
    {
        await using var host = await ToolkitHost.StartAsync();
        var anna = host.ClientFor(Anna);

        await anna.PostAsJsonAsync(SummaryUrl, Request());
        var other = await anna.PostAsJsonAsync(SummaryUrl, Request(firstStep: "Neuen Plan anrufen und erklären"));

        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        Assert.Equal(2, host.Sandbox.MessagesOf(Anna).Count(m => (bool?)m["isDraft"] == true));
    }

    [Fact]
    public async Task When_flagging_fails_after_the_draft_was_written_the_draft_is_deleted_and_nothing_is_stored()
    {
        await using var host = await ToolkitHost.StartAsync();
        var anna = host.ClientFor(Anna);

        // The first PATCH (writing the summary into the draft) is held on the fake clock; once it has
        // passed the fault plan, every later PATCH (the flag, with its retries) fails.
        var hold = new FaultRule { Kind = FaultKind.Latency, Route = PatchRoute, Count = 1, LatencyMilliseconds = 60_000 };
        host.Sandbox.Faults.Add(hold);
        var posting = anna.PostAsJsonAsync(SummaryUrl, Request());
        await WaitUntilAsync(() => host.Sandbox.Faults.Rules.Single(r => r.Kind == FaultKind.Latency).Count == 0);
        host.Sandbox.Faults.Add(new FaultRule { Kind = FaultKind.ServiceUnavailable, Route = PatchRoute });
        host.Time.Advance(TimeSpan.FromMinutes(1));
        var response = await posting;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1, host.Sandbox.Counters.Get("POST /me/messages/{id}/createReplyAll", Anna));
        Assert.Equal(1, host.Sandbox.Counters.Get("DELETE /me/messages/{id}", Anna));
        Assert.DoesNotContain(host.Sandbox.MessagesOf(Anna), m => (bool?)m["isDraft"] == true);
        Assert.Null(host.Sandbox.MessagesOf(Anna).Single(m => (string?)m["id"] == LatestClientMessage)["flag"]?["dueDateTime"]);
        host.Sandbox.Faults.Clear();
        Assert.Equal(0, (await anna.GetFromJsonAsync<JsonElement>("/api/follow-ups")).GetArrayLength());
        Assert.Equal(0, (await anna.GetFromJsonAsync<JsonElement>("/api/interactions")).GetArrayLength());
    }

    [Fact]
    public async Task When_the_summary_cannot_be_written_into_the_draft_the_empty_draft_is_removed_and_a_retry_succeeds()
    {
        await using var host = await ToolkitHost.StartAsync();
        var anna = host.ClientFor(Anna);
        host.Sandbox.Faults.Add(new FaultRule { Kind = FaultKind.ServiceUnavailable, Route = PatchRoute });

        var failed = await anna.PostAsJsonAsync(SummaryUrl, Request());
        host.Sandbox.Faults.Clear();
        var retried = await anna.PostAsJsonAsync(SummaryUrl, Request());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Single(host.Sandbox.MessagesOf(Anna), m => (bool?)m["isDraft"] == true);
        Assert.Equal(2, (await anna.GetFromJsonAsync<JsonElement>("/api/follow-ups")).GetArrayLength());
    }

    public static TheoryData<string, string> InvalidRequests => new()
    {
        { """{"points":[],"nextSteps":[{"what":"x","who":"us","due":"2026-12-04"}]}""", "points" },
        { """{"points":["a"],"nextSteps":[]}""", "nextSteps" },
        { """{"points":["a"],"nextSteps":[{"what":"x","who":"them","due":"2026-12-04"}]}""", "nextSteps[0].who" },
        { """{"points":["a"],"nextSteps":[{"what":"x","who":"us","due":"2026-13-01"}]}""", "nextSteps[0].due" },
        { """{"points":["a"],"nextSteps":[{"what":"x","who":"us","due":"2026-11-23"}]}""", "nextSteps[0].due" },
        { """{"points":["a"],"nextSteps":[{"what":"  ","who":"us","due":"2026-12-04"}]}""", "nextSteps[0].what" },
        { """{"points":["a"],"nextSteps":[{"what":"x","who":"us","due":"2026-12-04"}],"form":"ihr"}""", "form" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task Invalid_input_is_a_400_naming_the_field_and_nothing_reaches_Outlook(string body, string field)
    {
        await using var host = await ToolkitHost.StartAsync();

        var response = await host.ClientFor(Anna).PostAsync(SummaryUrl, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(0, host.Sandbox.Counters.Get("POST /me/messages/{id}/createReplyAll", Anna));
    }

    [Fact]
    public async Task Oversized_points_are_refused_with_the_field_named()
    {
        await using var host = await ToolkitHost.StartAsync();

        var response = await host.ClientFor(Anna).PostAsJsonAsync(SummaryUrl, Request(firstPoint: new string('x', 5_000)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("points[0]", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_points_steps_and_client_names_are_escaped_in_the_summary()
    {
        await using var host = await ToolkitHost.StartAsync();
        var anna = host.ClientFor(Anna);
        await anna.PutAsJsonAsync($"/api/clients/{Client}/card", new { displayName = "<script>alert('name')</script>" });

        var response = await anna.PostAsJsonAsync(SummaryUrl, Request("<script>alert(1)</script>", "<img src=x onerror=alert(2)> & mehr"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = (string)host.Sandbox.MessagesOf(Anna).Single(m => (bool?)m["isDraft"] == true)["body"]!["content"]!;
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", body, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt; &amp; mehr", body, StringComparison.Ordinal);
        Assert.Contains("Guten Tag &lt;script&gt;", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_English_summary_uses_English_headings_and_dates_in_the_US_culture_when_asked()
    {
        await using var host = await ToolkitHost.StartAsync();

        var response = await host.ClientFor(Anna).PostAsJsonAsync(SummaryUrl, new
        {
            points = new[] { "Delivery in two parts" },
            nextSteps = new[] { new { what = "Send the revised plan", who = "us", due = "2026-12-04" } },
            language = "en",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = (string)host.Sandbox.MessagesOf(Anna).Single(m => (bool?)m["isDraft"] == true)["body"]!["content"]!;
        Assert.Contains("<strong>Agreed</strong>", body, StringComparison.Ordinal);
        Assert.Contains("<strong>Next steps</strong>", body, StringComparison.Ordinal);
        Assert.Contains("Send the revised plan – <strong>us</strong>, by Friday, December 4, 2026", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_conversation_that_does_not_exist_is_a_404_and_Ben_cannot_summarise_Annas_thread()
    {
        await using var host = await ToolkitHost.StartAsync();

        var missing = await host.ClientFor(Anna).PostAsJsonAsync("/api/threads/AAQkNoSuchThread/follow-up-summary", Request());
        var bens = await host.ClientFor(Ben).PostAsJsonAsync(SummaryUrl, Request());

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, bens.StatusCode);
        Assert.DoesNotContain(host.Sandbox.MessagesOf(Anna), m => (bool?)m["isDraft"] == true);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the sandbox");
            await Task.Delay(10);
        }
    }
}
