using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using OutlookClientCare.GraphSandbox.Hosting;
using OutlookClientCare.Server.Tests.Graph;
using OutlookClientCare.Server.Tests.Handovers;
using OutlookClientCare.Tests;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Sandbox;

/// <summary>The directory ($search on users, as Graph answers it) and createForward, through HTTP and through the real SDK.</summary>
public sealed class SandboxDirectoryTests
{
    [Fact]
    public async Task SearchingUsersWithoutConsistencyLevelEventualIsRefusedAsGraphRefusesIt()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create(HandoverTests.WithCarla));
        using var client = SandboxClients.Http(host);

        var (refused, error) = await client.GetJsonAsync("users?$search=\"displayName:Carla\"");
        using var request = new HttpRequestMessage(HttpMethod.Get, "users?$search=\"displayName:Carla\"");
        request.Headers.Add("ConsistencyLevel", "eventual");
        var (answered, found) = await SandboxClients.SendJsonAsync(client, request);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("Request_UnsupportedQuery", (string?)error["error"]!["code"]);
        Assert.Contains("ConsistencyLevel: eventual", (string?)error["error"]!["message"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(["Carla Conti"], found["value"]!.AsArray().Select(u => (string?)u!["displayName"]));
    }

    [Fact]
    public async Task FilteringUsersOnAnAliasNeedsConsistencyLevelEventualAndCountAsGraphDoes()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create(HandoverTests.WithCarla));
        using var client = SandboxClients.Http(host);
        const string Filter = $"users?$filter=proxyAddresses/any(x:x eq 'smtp:{HandoverTests.CarlaAlias}')";

        var (withoutHeader, error) = await client.GetJsonAsync(Filter + "&$count=true");
        using var withoutCountRequest = new HttpRequestMessage(HttpMethod.Get, Filter);
        withoutCountRequest.Headers.Add("ConsistencyLevel", "eventual");
        var (withoutCount, _) = await SandboxClients.SendJsonAsync(client, withoutCountRequest);
        using var request = new HttpRequestMessage(HttpMethod.Get, Filter + "&$count=true");
        request.Headers.Add("ConsistencyLevel", "eventual");
        var (answered, found) = await SandboxClients.SendJsonAsync(client, request);

        Assert.Equal(HttpStatusCode.BadRequest, withoutHeader.StatusCode);
        Assert.Equal("Request_UnsupportedQuery", (string?)error["error"]!["code"]);
        Assert.Equal(HttpStatusCode.BadRequest, withoutCount.StatusCode);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal([HandoverTests.CarlaId], found["value"]!.AsArray().Select(u => (string?)u!["id"]));
        Assert.Equal(1, (int?)found["@odata.count"]);
    }

    [Fact]
    public async Task TheGatewaySearchesFindsByAddressAndForwardsThroughTheRealSdk()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create(HandoverTests.WithCarla));
        var gateway = GatewayTestKit.Gateway(host);

        var byName = await gateway.SearchUsersAsync("Wil", 10, CancellationToken.None);
        var byWord = await gateway.SearchUsersAsync("conti", 10, CancellationToken.None);
        var found = await gateway.FindUserAsync(HandoverTests.Carla.ToUpperInvariant(), CancellationToken.None);
        var byAlias = await gateway.FindUserAsync(HandoverTests.CarlaAlias, CancellationToken.None);
        var outside = await gateway.FindUserAsync("carla@elsewhere.example", CancellationToken.None);
        var draft = await gateway.CreateForwardDraftAsync("AAMkMessage24", "Carla Conti", HandoverTests.Carla, "<p>Brief &amp; mehr</p>", CancellationToken.None);

        Assert.Equal([Ben], byName.Select(u => u.Address));
        Assert.Equal("en-US", byName[0].PreferredLanguage);
        Assert.Equal("Support Lead", Assert.Single(byWord).JobTitle);
        Assert.Equal(HandoverTests.CarlaId, found?.Id);
        Assert.Null(found!.PreferredLanguage);
        Assert.Equal(HandoverTests.CarlaId, byAlias?.Id);
        Assert.Null(outside);
        var stored = host.MessagesOf(Anna).Single(m => (string?)m["id"] == draft.Id);
        Assert.Equal("FW: AW: Lieferung verspätet", (string?)stored["subject"]);
        Assert.Equal([HandoverTests.Carla], stored["toRecipients"]!.AsArray().Select(r => (string?)r!["emailAddress"]!["address"]));
        var body = (string)stored["body"]!["content"]!;
        Assert.True(body.IndexOf("Brief &amp; mehr", StringComparison.Ordinal) < body.IndexOf("Nachricht 24", StringComparison.Ordinal));
    }

    [SharedFact("user search answers and forward drafts of the sandbox have Graph's shapes in ../shared/graph/v1.0-Prod.csdl; createForward is an action bound to message")]
    public async Task SearchAnswersAndForwardDraftsHaveGraphsShapes()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create(HandoverTests.WithCarla), new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero)));
        using var client = SandboxClients.Http(host);
        using var search = new HttpRequestMessage(HttpMethod.Get, "users?$search=\"displayName:c\" OR \"mail:c\"&$select=id,displayName,mail,userPrincipalName,jobTitle,preferredLanguage&$top=10");
        search.Headers.Add("ConsistencyLevel", "eventual");
        var (_, found) = await SandboxClients.SendJsonAsync(client, search);
        var (_, all) = await client.GetJsonAsync("users?$filter=mail eq 'carla@contoso.example'");
        var (created, draft) = await client.SendJsonAsync(HttpMethod.Post, "me/messages/AAMkMessage24/createForward", new JsonObject
        {
            ["message"] = new JsonObject { ["toRecipients"] = new JsonArray(Address("Carla Conti", HandoverTests.Carla)) },
        });
        var (both, _) = await client.SendJsonAsync(HttpMethod.Post, "me/messages/AAMkMessage24/createForward", new JsonObject
        {
            ["comment"] = "x",
            ["message"] = new JsonObject { ["body"] = new JsonObject { ["contentType"] = "text", ["content"] = "y" } },
        });

        Assert.True(GraphMetadata.Official.HasBoundOperation("Action", "createForward", "graph.message"));
        Assert.NotEmpty(found["value"]!.AsArray());
        Assert.Empty(GraphMetadata.Official.UnknownProperties(found["value"], "user"));
        Assert.Single(all["value"]!.AsArray());
        Assert.Empty(GraphMetadata.Official.UnknownProperties(all["value"], "user"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Empty(GraphMetadata.Official.UnknownProperties(draft, "message"));
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
    }
}
