using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookClientCare.GraphSandbox.Hosting;
using OutlookClientCare.Server.Tests.Infrastructure;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Threads;

public sealed class ThreadsApiTests
{
    private const string AngryThread = "AAQkAngry";

    [Fact]
    public async Task TheSituationOfAnOpenThreadShowsTheClientsAsksMoodAndWhoOwesAReply()
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create(WithAngryThread));
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl);

        var card = await app.ClientFor(Anna).GetFromJsonAsync<JsonElement>($"/api/threads/{AngryThread}/situation");

        Assert.Equal("de", card.GetProperty("language").GetString());
        Assert.Equal(2, card.GetProperty("messageCount").GetInt32());
        Assert.Equal("delay", card.GetProperty("mainIssue").GetString());
        Assert.Contains(card.GetProperty("mood").GetProperty("level").GetString(), new[] { "frustrated", "angry" });
        Assert.Equal("us", card.GetProperty("waiting").GetProperty("replyOwedBy").GetString());
        Assert.Contains(card.GetProperty("asks").EnumerateArray(), a => a.GetProperty("text").GetString()!.Contains("Liefertermin", StringComparison.Ordinal));
        Assert.DoesNotContain("Zitat", card.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpeningAThreadAgainCostsOneGraphRequest()
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create(WithAngryThread));
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl);
        var client = app.ClientFor(Anna);
        await client.GetFromJsonAsync<JsonElement>($"/api/threads/{ThreadId}/situation");
        var before = sandbox.Counters.Total;

        await client.GetFromJsonAsync<JsonElement>($"/api/threads/{AngryThread}/situation");

        Assert.Equal(1, sandbox.Counters.Total - before);
    }

    [Fact]
    public async Task AnUnknownConversationIsA404Problem()
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl);

        var response = await app.ClientFor(Anna).GetAsync("/api/threads/AAQkNoSuchThing/situation");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnotherUsersThreadIsNotVisible()
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create(WithAngryThread));
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl);

        var response = await app.ClientFor(Ben).GetAsync($"/api/threads/{AngryThread}/situation");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task APostedGraphThreadIsAnalysedInTheUsersTimeZone()
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl);
        var thread = new JsonObject { ["value"] = AngryMessages() };

        var response = await app.ClientFor(Anna).PostAsync("/api/analysis", new StringContent(thread.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("delay", card.GetProperty("mainIssue").GetString());
        Assert.Contains(card.GetProperty("dates").EnumerateArray(), d => d.GetProperty("date").GetString() == "2026-11-27");
    }

    [Theory]
    [InlineData("{\"value\":[", "not valid JSON")]
    [InlineData("{\"value\":[]}", "no messages")]
    [InlineData("{\"messages\":[]}", "\"value\" array")]
    [InlineData("{\"value\":[{\"id\":\"m1\",\"sentDateTime\":\"2026-11-20T08:00:00Z\"}]}", "value[0].from is missing")]
    [InlineData("{\"value\":[{\"id\":\"m1\",\"from\":{\"emailAddress\":{\"address\":\"a@b.example\"}},\"sentDateTime\":\"gestern\"}]}", "value[0].sentDateTime")]
    public async Task ABrokenThreadIsA400ThatNamesTheProblem(string body, string expected)
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl);

        var response = await app.ClientFor(Anna).PostAsync("/api/analysis", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(expected, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static void WithAngryThread(JsonObject seed)
    {
        var anna = seed["users"]!.AsArray().Single(u => (string?)u!["userPrincipalName"] == Anna)!.AsObject();
        foreach (var message in AngryMessages())
        {
            anna["messages"]!.AsArray().Add(message!.DeepClone());
        }
    }

    private static JsonArray AngryMessages() =>
    [
        Message("AAMkAngry1", Client, "2026-11-24T09:00:00Z",
            "<p>Guten Tag Frau Albrecht,</p><p>die Lieferung der Broschüren ist seit einer Woche überfällig. Wann kommt sie?</p><p>Gruß, Karl Kunde</p>"),
        Message("AAMkAngry2", Client, "2026-11-26T08:30:00Z",
            "<p>Frau Albrecht,</p><p>ich frage jetzt zum dritten Mal. Wir sind äußerst verärgert, die Messe ist am Freitag. Nennen Sie mir bitte heute einen verbindlichen Liefertermin.</p><p>Karl Kunde</p><blockquote>Zitat: die Lieferung ist überfällig</blockquote>"),
    ];

    private static JsonObject Message(string id, string from, string sent, string html) => new()
    {
        ["id"] = id,
        ["conversationId"] = AngryThread,
        ["subject"] = "Broschüren",
        ["from"] = Address("Karl Kunde", from),
        ["toRecipients"] = new JsonArray(Address("Anna Albrecht", Anna)),
        ["sentDateTime"] = sent,
        ["receivedDateTime"] = sent,
        ["parentFolderId"] = "inbox",
        ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = html },
    };
}
