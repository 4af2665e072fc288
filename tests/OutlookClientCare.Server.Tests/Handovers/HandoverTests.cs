using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookClientCare.Server.Tests.FollowUps;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Handovers;

/// <summary>
/// Anna hands Karl Kunde's thread to a colleague: a forward draft in her mailbox (never sent) with the
/// brief on top in the colleague's language, the hand-over in her log and on the client's card, the
/// thread marked in her waiting list, and the brief in the colleague's pane.
/// </summary>
public sealed class HandoverTests
{
    public const string Carla = "carla@contoso.example";
    public const string CarlaId = "2a3b4c5d-6e7f-4809-9a1b-2c3d4e5f6a7b";

    /// <summary>Another address of Carla's (an alias in proxyAddresses), neither her mail nor her user principal name.</summary>
    public const string CarlaAlias = "c.conti@contoso.example";

    private static readonly string HandoverUrl = $"/api/threads/{ThreadId}/handover";

    /// <summary>Carla: a colleague whose preferred language the directory does not know.</summary>
    internal static void WithCarla(JsonObject seed) =>
        seed["colleagues"] = new JsonArray(new JsonObject
        {
            ["id"] = CarlaId,
            ["userPrincipalName"] = Carla,
            ["displayName"] = "Carla Conti",
            ["mail"] = Carla,
            ["jobTitle"] = "Support Lead",
            ["proxyAddresses"] = new JsonArray("SMTP:" + Carla, "smtp:" + CarlaAlias),
        });

    [Fact]
    public async Task AnnaHandsTheThreadToBenAsAForwardDraftWithAnEnglishBriefThatIsNeverSent()
    {
        await using var host = await ToolkitHost.StartAsync(WithCarla);
        var anna = host.ClientFor(Anna);
        var before = host.Sandbox.MessagesOf(Anna).Count;

        var response = await anna.PostAsJsonAsync(HandoverUrl, new { to = Ben, note = "Bitte <b>heute</b> anrufen" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        var draftId = answer.GetProperty("draftId").GetString();
        Assert.False(string.IsNullOrEmpty(answer.GetProperty("webLink").GetString()));
        var draft = host.Sandbox.MessagesOf(Anna).Single(m => (string?)m["id"] == draftId);
        Assert.Equal(before + 1, host.Sandbox.MessagesOf(Anna).Count);
        Assert.True((bool?)draft["isDraft"]);
        Assert.StartsWith("FW: ", (string?)draft["subject"], StringComparison.Ordinal);
        Assert.Equal([Ben], draft["toRecipients"]!.AsArray().Select(r => (string?)r!["emailAddress"]!["address"]));
        Assert.Empty(draft["ccRecipients"]!.AsArray());
        var body = (string)draft["body"]!["content"]!;
        Assert.Contains("Hand-over", body, StringComparison.Ordinal);
        Assert.Contains("Karl Kunde", body, StringComparison.Ordinal);
        Assert.Contains("Real issue", body, StringComparison.Ordinal);
        Assert.Contains("Recommended next step", body, StringComparison.Ordinal);
        Assert.Contains("Bitte &lt;b&gt;heute&lt;/b&gt; anrufen", body, StringComparison.Ordinal);
        Assert.True(body.IndexOf("Hand-over", StringComparison.Ordinal) < body.IndexOf("Nachricht 24", StringComparison.Ordinal), "the brief sits above the forwarded thread");
        Assert.Empty(host.Sandbox.MessagesOf(Ben));

        var log = await anna.GetFromJsonAsync<JsonElement>($"/api/interactions?conversationId={ThreadId}");
        var entry = Assert.Single(log.EnumerateArray(), e => e.GetProperty("kind").GetString() == "handed-over");
        Assert.Contains(Ben, entry.GetProperty("text").GetString(), StringComparison.Ordinal);

        var card = await anna.GetFromJsonAsync<JsonElement>($"/api/clients/match?address={Client}");
        Assert.Equal(Ben, card.GetProperty("owner").GetProperty("address").GetString());

        var waiting = await anna.GetFromJsonAsync<JsonElement>("/api/waiting");
        var thread = Assert.Single(waiting.GetProperty("threads").EnumerateArray(), t => t.GetProperty("conversationId").GetString() == ThreadId);
        Assert.Equal(Ben, thread.GetProperty("handedOver").GetProperty("address").GetString());
        Assert.Equal(waiting.GetProperty("threads").GetArrayLength() - 1, waiting.GetProperty("mine").GetInt32());

        var incoming = await host.ClientFor(Ben).GetFromJsonAsync<JsonElement>("/api/handovers");
        var handover = Assert.Single(incoming.EnumerateArray());
        Assert.Equal(Anna, handover.GetProperty("from").GetProperty("address").GetString());
        Assert.Equal(Client, handover.GetProperty("client").GetProperty("address").GetString());
        var brief = handover.GetProperty("brief");
        Assert.Equal("en", brief.GetProperty("language").GetString());
        Assert.Equal("Bitte <b>heute</b> anrufen", brief.GetProperty("note").GetString());
        Assert.Empty(await host.ClientFor(Carla).GetFromJsonAsync<JsonElement[]>("/api/handovers") ?? []);
    }

    [Fact]
    public async Task TheSameRequestTwiceGivesOneDraft()
    {
        await using var host = await ToolkitHost.StartAsync(WithCarla);
        var anna = host.ClientFor(Anna);

        var first = await anna.PostAsJsonAsync(HandoverUrl, new { to = Ben, note = "Danke!" });
        var second = await anna.PostAsJsonAsync(HandoverUrl, new { to = Ben.ToUpperInvariant(), note = "Danke!" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var firstId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("draftId").GetString();
        Assert.Equal(firstId, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("draftId").GetString());
        Assert.Single(host.Sandbox.MessagesOf(Anna), m => ((string?)m["subject"])?.StartsWith("FW:", StringComparison.Ordinal) == true);
        Assert.Single((await host.ClientFor(Ben).GetFromJsonAsync<JsonElement>("/api/handovers")).EnumerateArray());
        var log = await anna.GetFromJsonAsync<JsonElement>($"/api/interactions?conversationId={ThreadId}");
        Assert.Single(log.EnumerateArray(), e => e.GetProperty("kind").GetString() == "handed-over");
    }

    [Theory]
    [InlineData(Ben, "en")]
    [InlineData(Carla, "de")]
    public async Task TheBriefIsInTheColleaguesLanguageWhenGraphKnowsItElseInTheUsers(string colleague, string language)
    {
        await using var host = await ToolkitHost.StartAsync(WithCarla);

        var preview = await host.ClientFor(Anna).GetFromJsonAsync<JsonElement>($"{HandoverUrl}/preview?to={colleague}");

        Assert.Equal(language, preview.GetProperty("language").GetString());
        Assert.Contains(language == "de" ? "Eigentliches Thema" : "Real issue", preview.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Equal(colleague, preview.GetProperty("brief").GetProperty("to").GetProperty("address").GetString());
        Assert.DoesNotContain(host.Sandbox.MessagesOf(Anna), m => ((string?)m["subject"])?.StartsWith("FW:", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task HandingOverToAColleaguesAliasReachesThatColleagueAtTheirAddress()
    {
        await using var host = await ToolkitHost.StartAsync(WithCarla);
        var anna = host.ClientFor(Anna);

        var response = await anna.PostAsJsonAsync(HandoverUrl, new { to = CarlaAlias.ToUpperInvariant(), note = "" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var draftId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("draftId").GetString();
        var draft = host.Sandbox.MessagesOf(Anna).Single(m => (string?)m["id"] == draftId);
        Assert.Equal([Carla], draft["toRecipients"]!.AsArray().Select(r => (string?)r!["emailAddress"]!["address"]));
        var handovers = await host.ClientFor(Carla).GetFromJsonAsync<JsonElement>("/api/handovers");
        Assert.Single(handovers.EnumerateArray());
    }

    [Theory]
    [InlineData(Anna, "to")]
    [InlineData("ANNA@contoso.example", "to")]
    [InlineData("someone@elsewhere.example", "to")]
    [InlineData("not an address", "to")]
    [InlineData("", "to")]
    public async Task HandingOverToYourselfOrOutsideTheOrganisationIsRefusedNamingTheField(string to, string field)
    {
        await using var host = await ToolkitHost.StartAsync(WithCarla);
        var before = host.Sandbox.MessagesOf(Anna).Count;

        var response = await host.ClientFor(Anna).PostAsJsonAsync(HandoverUrl, new { to, note = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(before, host.Sandbox.MessagesOf(Anna).Count);
        Assert.Empty((await host.ClientFor(Ben).GetFromJsonAsync<JsonElement>("/api/handovers")).EnumerateArray());
    }

    [Fact]
    public async Task AThreadThatDoesNotExistIsNotFoundAndATooLongNoteNamesTheNote()
    {
        await using var host = await ToolkitHost.StartAsync(WithCarla);
        var anna = host.ClientFor(Anna);

        var missing = await anna.PostAsJsonAsync("/api/threads/AAQkNoSuchThread/handover", new { to = Ben });
        var longNote = await anna.PostAsJsonAsync(HandoverUrl, new { to = Ben, note = new string('x', 1001) });

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, longNote.StatusCode);
        Assert.True((await longNote.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("note", out _));
        Assert.DoesNotContain(host.Sandbox.MessagesOf(Anna), m => ((string?)m["subject"])?.StartsWith("FW:", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task ColleagueSearchFindsPeopleOfTheOrganisationByNameButNeverTheUserOrTheWholeDirectory()
    {
        await using var host = await ToolkitHost.StartAsync(seed =>
        {
            WithCarla(seed);
            foreach (var n in Enumerable.Range(1, 14))
            {
                seed["colleagues"]!.AsArray().Add(new JsonObject { ["userPrincipalName"] = $"team{n}@contoso.example", ["displayName"] = $"Team Member {n}" });
            }
        });
        var anna = host.ClientFor(Anna);

        var carla = await anna.GetFromJsonAsync<JsonElement>("/api/colleagues?q=Conti");
        var byAddress = await anna.GetFromJsonAsync<JsonElement>("/api/colleagues?q=ben");
        var self = await anna.GetFromJsonAsync<JsonElement>("/api/colleagues?q=Anna");
        var team = await anna.GetFromJsonAsync<JsonElement>("/api/colleagues?q=team");

        var found = Assert.Single(carla.EnumerateArray());
        Assert.Equal("Carla Conti", found.GetProperty("name").GetString());
        Assert.Equal(Carla, found.GetProperty("mail").GetString());
        Assert.Equal("Support Lead", found.GetProperty("jobTitle").GetString());
        Assert.Equal(Ben, Assert.Single(byAddress.EnumerateArray()).GetProperty("mail").GetString());
        Assert.Empty(self.EnumerateArray());
        Assert.Equal(10, team.GetArrayLength());
    }

    [Theory]
    [InlineData("")]
    [InlineData("?q=")]
    [InlineData("?q=a")]
    [InlineData("?q=%20%20")]
    [InlineData("?q=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task AColleagueSearchWithoutTwoToSixtyFourCharactersIsRefusedNamingQ(string query)
    {
        await using var host = await ToolkitHost.StartAsync();

        var response = await host.ClientFor(Anna).GetAsync("/api/colleagues" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("q", out _));
    }

    [Fact]
    public async Task QuotesInTheSearchCannotChangeTheDirectorySearch()
    {
        await using var host = await ToolkitHost.StartAsync(WithCarla);

        var response = await host.ClientFor(Anna).GetAsync("/api/colleagues?q=" + Uri.EscapeDataString("x\" OR \"displayName:C"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
    }

    [Fact]
    public async Task WhatWeStoreAboutAHandoverHoldsNoSentenceOfTheClientsMail()
    {
        await using var host = await ToolkitHost.StartAsync(WithCarla);
        var anna = host.ClientFor(Anna);
        var preview = await anna.GetFromJsonAsync<JsonElement>($"{HandoverUrl}/preview?to={Ben}");
        var asks = preview.GetProperty("brief").GetProperty("openAsks").EnumerateArray().Select(a => a.GetString()!).ToList();

        Assert.Equal(HttpStatusCode.Created, (await anna.PostAsJsonAsync(HandoverUrl, new { to = Ben })).StatusCode);
        var export = (await anna.GetFromJsonAsync<JsonElement>("/api/me/export")).GetProperty("tables").GetRawText();
        var incoming = await host.ClientFor(Ben).GetStringAsync("/api/handovers");

        Assert.NotEmpty(asks);
        Assert.Contains("\"handovers\":[{", export, StringComparison.OrdinalIgnoreCase);
        foreach (var text in asks.Append("Nachricht").Append("Zitat der vorigen"))
        {
            Assert.DoesNotContain(text, export, StringComparison.Ordinal);
            Assert.DoesNotContain(text, incoming, StringComparison.Ordinal);
        }
    }
}
