using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookClientCare.GraphSandbox.Faults;
using OutlookClientCare.Server.Tests.Sandbox;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.FollowUps;

/// <summary>
/// The follow-up summary as the pane uses it: the server proposes it (GET …/proposal), one click
/// creates the reply-all draft from that proposal ({}), edited lines rewrite the same draft. Two
/// small threads of Anna's (German, du; English, upset) sit beside the synthetic one of the seed.
/// </summary>
public sealed class FollowUpSummaryTests
{
    private const string Slot = "AAQkADSlot";
    private const string Upset = "AAQkADUpset";
    private const string Tim = "tim@becker-shop.example";
    private const string Maria = "maria.lopez@northwind.example";
    private const string TimsAnswer = "AAMkSlot2";
    private const string PatchRoute = "PATCH /me/messages/{id}";
    private const string CreateRoute = "POST /me/messages/{id}/createReplyAll";

    private static string SummaryUrl(string conversation = Slot) => $"/api/threads/{conversation}/follow-up-summary";

    /// <summary>Anna offers Tim two slots; he takes Thursday 10:00, asks for the invite and promises the texts by Wednesday.</summary>
    private static void AddThreads(JsonObject seed)
    {
        var messages = (JsonArray)seed["users"]![0]!["messages"]!;
        messages.Add(Message("AAMkSlot1", Slot, "2026-11-20T09:00:00Z", ("Anna Albrecht", Anna), ("Tim Becker", Tim), "Relaunch: Termin für die Abstimmung",
            "Hallo Tim,<br><br>für die Abstimmung zum Relaunch kann ich dir zwei Termine anbieten: Donnerstag, 26.11., um 10 Uhr oder Freitag, 27.11., um 14 Uhr.<br><br>Viele Grüße<br>Anna"));
        messages.Add(Message(TimsAnswer, Slot, "2026-11-23T15:00:00Z", ("Tim Becker", Tim), ("Anna Albrecht", Anna), "Re: Relaunch: Termin für die Abstimmung",
            "Hallo Anna,<br><br>Donnerstag, 26.11., um 10 Uhr passt mir gut. Schickst du mir bitte die Einladung?<br>Die Texte für die Startseite schicke ich dir bis Mittwoch.<br><br>Viele Grüße<br>Tim"));
        messages.Add(Message("AAMkUpset1", Upset, "2026-11-23T14:00:00Z", ("Maria Lopez", Maria), ("Anna Albrecht", Anna), "Export failed again",
            "Hi Anna,<br><br>this is the third time this month that the nightly export has failed, and again nobody told us. I am really frustrated. Our finance team cannot close the month without it. I need a working export and an explanation of what went wrong by Friday.<br><br>Maria"));
    }

    private static JsonObject Message(string id, string conversation, string sent, (string Name, string Address) from, (string Name, string Address) to, string subject, string html) => new()
    {
        ["id"] = id,
        ["conversationId"] = conversation,
        ["subject"] = subject,
        ["from"] = Address(from.Name, from.Address),
        ["toRecipients"] = new JsonArray(Address(to.Name, to.Address)),
        ["sentDateTime"] = sent,
        ["receivedDateTime"] = sent,
        ["parentFolderId"] = from.Address == Anna ? "sentitems" : "inbox",
        ["isRead"] = true,
        ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = $"<html><body><p>{html}</p></body></html>" },
    };

    private static Task<ToolkitHost> StartAsync() => ToolkitHost.StartAsync(AddThreads);

    private static IReadOnlyList<JsonObject> Drafts(ToolkitHost host) => [.. host.Sandbox.MessagesOf(Anna).Where(m => (bool?)m["isDraft"] == true)];

    private static string DraftBody(ToolkitHost host) => (string)Assert.Single(Drafts(host))["body"]!["content"]!;

    [Fact]
    public async Task The_proposal_states_the_accepted_slot_as_agreed_with_steps_by_name_and_date_in_the_clients_register_and_creates_nothing()
    {
        await using var host = await StartAsync();

        var proposal = await host.ClientFor(Anna).GetFromJsonAsync<JsonElement>(SummaryUrl() + "/proposal");

        Assert.Equal("agreed", proposal.GetProperty("form").GetString());
        Assert.Equal("de", proposal.GetProperty("language").GetString());
        Assert.Equal("du", proposal.GetProperty("formOfAddress").GetString());
        Assert.Equal("Hallo Tim", proposal.GetProperty("salutation").GetString());
        var agreed = Assert.Single(proposal.GetProperty("agreed").EnumerateArray()).GetString()!;
        Assert.True(agreed.Contains("26.", StringComparison.Ordinal), agreed);
        Assert.Contains("10", agreed, StringComparison.Ordinal);
        Assert.DoesNotContain("passt", agreed, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("27.11.", agreed, StringComparison.Ordinal);
        var steps = proposal.GetProperty("nextSteps").EnumerateArray()
            .Select(s => (What: s.GetProperty("what").GetString()!, Owner: s.GetProperty("owner").GetString()!, Due: s.GetProperty("due").GetString()))
            .ToList();
        Assert.Contains(steps, s => s.Owner == "Anna" && s.What.Contains("Einladung", StringComparison.Ordinal) && s.Due == "2026-11-24");
        Assert.Contains(steps, s => s.Owner == "Tim" && s.What.Contains("Texte", StringComparison.Ordinal) && s.Due == "2026-11-25");
        Assert.All(steps, s => Assert.True(s.Due is null || string.CompareOrdinal(s.Due, "2026-11-24") >= 0, $"{s.What} is due {s.Due}, before today"));
        Assert.DoesNotContain(steps, s => s.What.Contains("anbieten", StringComparison.Ordinal));
        Assert.DoesNotContain(steps, s => s.What.Contains("Ihnen", StringComparison.Ordinal));
        Assert.False(string.IsNullOrWhiteSpace(proposal.GetProperty("formReason").GetString()));
        Assert.Empty(Drafts(host));
        Assert.Equal(0, host.Sandbox.Counters.Get(CreateRoute, Anna));
    }

    [Fact]
    public async Task An_upset_client_with_nothing_agreed_gets_the_what_i_hear_form_and_the_pane_is_told_why()
    {
        await using var host = await StartAsync();

        var proposal = await host.ClientFor(Anna).GetFromJsonAsync<JsonElement>(SummaryUrl(Upset) + "/proposal");

        Assert.Equal("what-i-hear", proposal.GetProperty("form").GetString());
        Assert.Equal("en", proposal.GetProperty("language").GetString());
        Assert.Equal("Hi Maria", proposal.GetProperty("salutation").GetString());
        Assert.Empty(proposal.GetProperty("agreed").EnumerateArray());
        Assert.NotEmpty(proposal.GetProperty("asks").EnumerateArray());
        Assert.Contains("noch nichts vereinbart", proposal.GetProperty("formReason").GetString(), StringComparison.Ordinal);

        // A step the e-mail says already with its point ("… – on it by Friday") is marked, so the pane can say so beside it.
        var asks = proposal.GetProperty("asks").EnumerateArray().Select(a => a.GetString()!).ToList();
        var steps = proposal.GetProperty("nextSteps").EnumerateArray().ToList();
        Assert.Contains(steps, s => !s.GetProperty("inEmail").GetBoolean());
        Assert.All(steps.Where(s => !s.GetProperty("inEmail").GetBoolean()), s => Assert.Contains(asks, a => a.StartsWith(s.GetProperty("what").GetString()!, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task One_click_creates_a_reply_all_draft_from_the_proposal_flags_the_clients_message_and_records_the_steps()
    {
        await using var host = await StartAsync();
        var anna = host.ClientFor(Anna);

        var response = await anna.PostAsJsonAsync(SummaryUrl(), new { });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(result.GetProperty("repeated").GetBoolean());
        Assert.Equal(TimsAnswer, result.GetProperty("repliedToMessageId").GetString());
        var draft = Assert.Single(Drafts(host));
        Assert.Equal(result.GetProperty("draftId").GetString(), (string?)draft["id"]);
        Assert.Equal(Slot, (string?)draft["conversationId"]);
        Assert.Contains(Tim, draft["toRecipients"]!.ToJsonString(), StringComparison.Ordinal);
        var body = WebUtility.HtmlDecode((string)draft["body"]!["content"]!);
        var greeting = body.IndexOf("Hallo Tim,", StringComparison.Ordinal);
        Assert.True(greeting >= 0, body);
        Assert.True(greeting < body.IndexOf("passt mir gut", StringComparison.Ordinal), "the summary sits above the quoted message");
        Assert.Contains("<b>Vereinbart:</b>", body, StringComparison.Ordinal);
        Assert.Contains("<b>Nächste Schritte:</b>", body, StringComparison.Ordinal);
        Assert.Contains("Viele Grüße", body, StringComparison.Ordinal);
        foreach (var label in new[] { "Eskalieren", "Zuhören", "Lösung vorschlagen", "escalate", "listen" })
        {
            Assert.DoesNotContain(label, body[..body.IndexOf("passt mir gut", StringComparison.Ordinal)], StringComparison.OrdinalIgnoreCase);
        }

        var flag = host.Sandbox.MessagesOf(Anna).Single(m => (string?)m["id"] == TimsAnswer)["flag"]!;
        Assert.Equal("flagged", (string?)flag["flagStatus"]);
        Assert.StartsWith("2026-11-24T08:00:00", (string?)flag["startDateTime"]!["dateTime"], StringComparison.Ordinal);
        Assert.StartsWith("2026-11-24T17:00:00", (string?)flag["dueDateTime"]!["dateTime"], StringComparison.Ordinal);

        var followUps = (await anna.GetFromJsonAsync<JsonElement>($"/api/follow-ups?conversationId={Slot}")).EnumerateArray().ToList();
        Assert.Contains(followUps, f => f.GetProperty("who").GetString() == "us" && f.GetProperty("what").GetString()!.Contains("Einladung", StringComparison.Ordinal) && f.GetProperty("due").GetString() == "2026-11-24");
        Assert.Contains(followUps, f => f.GetProperty("who").GetString() == "client" && f.GetProperty("what").GetString()!.Contains("Texte", StringComparison.Ordinal) && f.GetProperty("due").GetString() == "2026-11-25");
        Assert.Equal(result.GetProperty("followUps").GetArrayLength(), followUps.Count);

        var log = await anna.GetFromJsonAsync<JsonElement>($"/api/interactions?conversationId={Slot}");
        var drafted = Assert.Single(log.EnumerateArray(), e => e.GetProperty("kind").GetString() == "summary-drafted");
        Assert.StartsWith("Zusammenfassung erstellt:", drafted.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(Tim, drafted.GetProperty("client").GetString());
        Assert.DoesNotContain(log.EnumerateArray(), e => e.GetProperty("text").GetString()!.Contains("passt mir gut", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_click_twice_keeps_one_draft_and_the_second_answer_comes_without_writing_to_Outlook()
    {
        await using var host = await StartAsync();
        var anna = host.ClientFor(Anna);

        var first = await anna.PostAsJsonAsync(SummaryUrl(), new { });
        var writes = host.Sandbox.Counters.Get(CreateRoute, Anna) + host.Sandbox.Counters.Get(PatchRoute, Anna);
        var second = await anna.PostAsJsonAsync(SummaryUrl(), new { });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var firstResult = await first.Content.ReadFromJsonAsync<JsonElement>();
        var secondResult = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(firstResult.GetProperty("draftId").GetString(), secondResult.GetProperty("draftId").GetString());
        Assert.True(secondResult.GetProperty("repeated").GetBoolean());
        Assert.Single(Drafts(host));
        Assert.Equal(writes, host.Sandbox.Counters.Get(CreateRoute, Anna) + host.Sandbox.Counters.Get(PatchRoute, Anna));
        Assert.Equal(firstResult.GetProperty("followUps").GetArrayLength(), (await anna.GetFromJsonAsync<JsonElement>("/api/follow-ups")).GetArrayLength());
    }

    [Fact]
    public async Task A_double_click_sending_the_same_request_twice_at_once_leaves_one_draft()
    {
        await using var host = await StartAsync();
        var anna = host.ClientFor(Anna);

        var responses = await Task.WhenAll(anna.PostAsJsonAsync(SummaryUrl(), new { }), anna.PostAsJsonAsync(SummaryUrl(), new { }));

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, r.StatusCode.ToString()));
        var draftIds = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("draftId").GetString()));
        Assert.Equal(draftIds[0], draftIds[1]);
        Assert.Equal(draftIds[0], (string?)Assert.Single(Drafts(host))["id"]);
    }

    [Fact]
    public async Task Edited_lines_rewrite_the_summary_in_the_same_draft_and_keep_what_the_user_wrote_below_it()
    {
        await using var host = await StartAsync();
        var anna = host.ClientFor(Anna);
        var first = await (await anna.PostAsJsonAsync(SummaryUrl(), new { })).Content.ReadFromJsonAsync<JsonElement>();
        var draftId = first.GetProperty("draftId").GetString()!;

        // In Outlook, Anna adds a line of her own under the summary.
        using var outlook = SandboxClients.Http(host.Sandbox);
        var written = DraftBody(host);
        var withHers = written.Replace("</div>", "</div><p>PS: Die Agenda hänge ich an.</p>", StringComparison.Ordinal);
        await outlook.SendJsonAsync(HttpMethod.Patch, $"me/messages/{draftId}", new JsonObject { ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = withHers } });

        var edited = await anna.PostAsJsonAsync(SummaryUrl(), new
        {
            salutation = "Hallo Tim",
            agreed = new[] { "Abstimmungstermin: Donnerstag, 26.11., 10:00 Uhr, bei euch im Laden" },
            nextSteps = new object[]
            {
                new { what = "Einladung mit Agenda schicken", owner = "Anna", due = "2026-11-24" },
                new { what = "Texte für die Startseite schicken", owner = "Tim", due = "2026-11-25" },
                new { what = "Bildauswahl vorbereiten", owner = "Jonas", due = (string?)null },
            },
        });

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var result = await edited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(draftId, result.GetProperty("draftId").GetString());
        Assert.True(result.GetProperty("repeated").GetBoolean());
        var body = DraftBody(host);
        Assert.Contains("bei euch im Laden", body, StringComparison.Ordinal);
        Assert.Contains("Einladung mit Agenda schicken – Anna", body, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(body, "Vereinbart:"));
        Assert.Contains("PS: Die Agenda hänge ich an.", body, StringComparison.Ordinal);
        Assert.Contains("passt mir gut", body, StringComparison.Ordinal);

        var followUps = (await anna.GetFromJsonAsync<JsonElement>($"/api/follow-ups?conversationId={Slot}")).EnumerateArray()
            .Select(f => (What: f.GetProperty("what").GetString(), Who: f.GetProperty("who").GetString(), Due: f.GetProperty("due").GetString()))
            .OrderBy(f => f.Due, StringComparer.Ordinal).ThenBy(f => f.What, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(
            [("Bildauswahl vorbereiten", "us", "2026-11-24"), ("Einladung mit Agenda schicken", "us", "2026-11-24"), ("Texte für die Startseite schicken", "client", "2026-11-25")],
            followUps);
        var log = await anna.GetFromJsonAsync<JsonElement>($"/api/interactions?conversationId={Slot}");
        Assert.Contains(log.EnumerateArray(), e => e.GetProperty("text").GetString()!.StartsWith("Zusammenfassung aktualisiert:", StringComparison.Ordinal) && e.GetProperty("text").GetString()!.EndsWith("3 nächste Schritte", StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_the_first_draft_is_gone_a_changed_summary_becomes_a_new_draft()
    {
        await using var host = await StartAsync();
        var anna = host.ClientFor(Anna);
        var first = await (await anna.PostAsJsonAsync(SummaryUrl(), new { })).Content.ReadFromJsonAsync<JsonElement>();
        using var outlook = SandboxClients.Http(host.Sandbox);
        await outlook.DeleteAsync(new Uri($"me/messages/{first.GetProperty("draftId").GetString()}", UriKind.Relative));

        var again = await anna.PostAsJsonAsync(SummaryUrl(), new { agreed = new[] { "Termin am 26.11. um 10 Uhr" } });

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        var draft = Assert.Single(Drafts(host));
        Assert.NotEqual(first.GetProperty("draftId").GetString(), (string?)draft["id"]);
        Assert.Contains("Termin am 26.11. um 10 Uhr", (string)draft["body"]!["content"]!, StringComparison.Ordinal);
        Assert.Equal(first.GetProperty("followUps").GetArrayLength(), (await anna.GetFromJsonAsync<JsonElement>($"/api/follow-ups?conversationId={Slot}")).GetArrayLength());
    }

    [Fact]
    public async Task When_flagging_fails_after_the_draft_was_written_the_draft_is_deleted_and_nothing_is_stored()
    {
        await using var host = await StartAsync();
        var anna = host.ClientFor(Anna);

        // The first PATCH (writing the summary into the draft) is held on the fake clock; once it has
        // passed the fault plan, every later PATCH (the flag, with its retries) fails.
        var hold = new FaultRule { Kind = FaultKind.Latency, Route = PatchRoute, Count = 1, LatencyMilliseconds = 60_000 };
        host.Sandbox.Faults.Add(hold);
        var posting = anna.PostAsJsonAsync(SummaryUrl(), new { });
        await WaitUntilAsync(() => host.Sandbox.Faults.Rules.Single(r => r.Kind == FaultKind.Latency).Count == 0);
        host.Sandbox.Faults.Add(new FaultRule { Kind = FaultKind.ServiceUnavailable, Route = PatchRoute });
        host.Time.Advance(TimeSpan.FromMinutes(1));
        var response = await posting;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1, host.Sandbox.Counters.Get(CreateRoute, Anna));
        Assert.Equal(1, host.Sandbox.Counters.Get("DELETE /me/messages/{id}", Anna));
        Assert.Empty(Drafts(host));
        Assert.Null(host.Sandbox.MessagesOf(Anna).Single(m => (string?)m["id"] == TimsAnswer)["flag"]?["dueDateTime"]);
        host.Sandbox.Faults.Clear();
        Assert.Equal(0, (await anna.GetFromJsonAsync<JsonElement>("/api/follow-ups")).GetArrayLength());
        Assert.Equal(0, (await anna.GetFromJsonAsync<JsonElement>("/api/interactions")).GetArrayLength());
    }

    [Fact]
    public async Task When_the_summary_cannot_be_written_into_the_draft_the_empty_draft_is_removed_and_a_retry_succeeds()
    {
        await using var host = await StartAsync();
        var anna = host.ClientFor(Anna);
        host.Sandbox.Faults.Add(new FaultRule { Kind = FaultKind.ServiceUnavailable, Route = PatchRoute });

        var failed = await anna.PostAsJsonAsync(SummaryUrl(), new { });
        host.Sandbox.Faults.Clear();
        var retried = await anna.PostAsJsonAsync(SummaryUrl(), new { });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Single(Drafts(host));
    }

    public static TheoryData<string, string> InvalidRequests => new()
    {
        { """{"salutation":"  "}""", "salutation" },
        { $$"""{"closing":"{{new string('x', 201)}}"}""", "closing" },
        { """{"agreed":["Termin steht"," "]}""", "agreed[1]" },
        { $$"""{"asks":["{{new string('x', 501)}}"]}""", "asks[0]" },
        { """{"nextSteps":[{"what":" ","owner":"Anna","due":"2026-11-25"}]}""", "nextSteps[0].what" },
        { """{"nextSteps":[{"what":"Einladung","owner":"","due":"2026-11-25"}]}""", "nextSteps[0].owner" },
        { """{"nextSteps":[{"what":"Einladung","owner":"Anna","due":"25.11.2026"}]}""", "nextSteps[0].due" },
        { """{"nextSteps":[{"what":"Einladung","owner":"Anna","due":"2026-11-23"}]}""", "nextSteps[0].due" },
        { """{"agreed":[],"asks":[],"nextSteps":[]}""", "agreed" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task Invalid_lines_are_a_400_naming_the_field_and_nothing_reaches_Outlook(string body, string field)
    {
        await using var host = await StartAsync();

        var response = await host.ClientFor(Anna).PostAsync(SummaryUrl(), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(0, host.Sandbox.Counters.Get(CreateRoute, Anna));
        Assert.Empty(Drafts(host));
    }

    [Fact]
    public async Task Hostile_lines_are_escaped_in_the_draft()
    {
        await using var host = await StartAsync();

        var response = await host.ClientFor(Anna).PostAsJsonAsync(SummaryUrl(), new
        {
            salutation = "Hallo <script>alert('name')</script>",
            agreed = new[] { "<img src=x onerror=alert(2)> & mehr" },
            nextSteps = new[] { new { what = "<b>fett</b>", owner = "<i>Anna</i>", due = "2026-11-25" } },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = DraftBody(host);
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<i>Anna", body, StringComparison.Ordinal);
        Assert.Contains("Hallo &lt;script&gt;", body, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt; &amp; mehr", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_English_thread_gets_English_headings_and_dates_in_the_US_culture()
    {
        await using var host = await StartAsync();

        var response = await host.ClientFor(Anna).PostAsJsonAsync(SummaryUrl(Upset), new
        {
            nextSteps = new[] { new { what = "Send the root-cause report", owner = "Anna", due = "2026-11-27" } },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = DraftBody(host);
        Assert.Contains("Hi Maria,", body, StringComparison.Ordinal);
        Assert.Contains("<b>What I hear from you:</b>", body, StringComparison.Ordinal);
        Assert.Contains("<b>Next steps:</b>", body, StringComparison.Ordinal);
        Assert.Contains("Send the root-cause report – Anna, Friday, November 27", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_conversation_that_does_not_exist_is_a_404_and_Ben_can_neither_preview_nor_summarise_Annas_thread()
    {
        await using var host = await StartAsync();

        var missing = await host.ClientFor(Anna).PostAsJsonAsync("/api/threads/AAQkNoSuchThread/follow-up-summary", new { });
        var bensPreview = await host.ClientFor(Ben).GetAsync(new Uri(SummaryUrl() + "/proposal", UriKind.Relative));
        var bens = await host.ClientFor(Ben).PostAsJsonAsync(SummaryUrl(), new { });

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, bensPreview.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, bens.StatusCode);
        Assert.Empty(Drafts(host));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
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
