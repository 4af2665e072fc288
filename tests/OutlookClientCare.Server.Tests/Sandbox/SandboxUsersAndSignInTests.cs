using System.Net;
using System.Text.Json.Nodes;
using OutlookClientCare.GraphSandbox.Hosting;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Sandbox;

public sealed class SandboxUsersAndSignInTests
{
    [Fact]
    public async Task AnyCallerCanListTheSeededUsersToFindTheirSignInNames()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        using var anonymous = SandboxClients.Http(host, user: null);

        var (response, body) = await anonymous.GetJsonAsync("users");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([Anna, Ben], body["value"]!.AsArray().Select(u => (string?)u!["userPrincipalName"]));
    }

    [Fact]
    public async Task MeIsTheUserNamedInTheSandboxToken()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        var graph = SandboxClients.Graph(host, Ben);

        var me = await graph.Me.GetAsync();

        Assert.Equal(BenId, me!.Id);
        Assert.Equal("Ben Wilson", me.DisplayName);
        Assert.Equal(Ben, me.Mail);
    }

    [Theory]
    [InlineData(BenId)]
    [InlineData(Ben)]
    [InlineData("BEN@contoso.example")]
    public async Task AUserCanBeAddressedByObjectIdOrUserPrincipalName(string key)
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        var graph = SandboxClients.Graph(host, Anna);

        var user = await graph.Users[key].GetAsync();

        Assert.Equal(BenId, user!.Id);
    }

    [Theory]
    [InlineData(null, "Access token is empty.")]
    [InlineData("Bearer eyJ0eXAiOiJKV1QifQ.e30.x", "Access token validation failure")]
    [InlineData("Bearer sandbox:nobody@contoso.example", "Access token validation failure")]
    public async Task RequestsWithoutASandboxTokenOfASeededUserAre401InGraphsErrorShape(string? authorization, string messageStart)
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        using var client = SandboxClients.Http(host, user: null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "me/messages");
        request.Headers.TryAddWithoutValidation("client-request-id", "my-client-request");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        var (response, body) = await SandboxClients.SendJsonAsync(client, request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = body["error"]!.AsObject();
        Assert.Equal(["code", "message", "innerError"], error.Select(p => p.Key));
        Assert.Equal("InvalidAuthenticationToken", (string?)error["code"]);
        Assert.Equal(response.Headers.GetValues("request-id").Single(), (string?)error["innerError"]!["request-id"]);
        Assert.StartsWith(messageStart, (string?)error["message"], StringComparison.Ordinal);
        Assert.Equal(["date", "request-id", "client-request-id"], error["innerError"]!.AsObject().Select(p => p.Key));
        Assert.Equal("my-client-request", (string?)error["innerError"]!["client-request-id"]);
    }

    [Fact]
    public async Task AnUnknownUserIs404AndAnUnknownSegmentIs400()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        using var client = SandboxClients.Http(host);

        var (unknownUser, userError) = await client.GetJsonAsync("users/nobody@contoso.example/messages");
        var (unknownSegment, segmentError) = await client.GetJsonAsync("me/tasks");

        Assert.Equal(HttpStatusCode.NotFound, unknownUser.StatusCode);
        Assert.Equal("Request_ResourceNotFound", (string?)userError["error"]!["code"]);
        Assert.Equal(HttpStatusCode.BadRequest, unknownSegment.StatusCode);
        Assert.Equal("Resource not found for the segment 'tasks'.", (string?)segmentError["error"]!["message"]);
    }

    [Fact]
    public async Task MailboxSettingsCarryTheSeededTimeZoneAndWorkingHoursAndCanBePatched()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        var graph = SandboxClients.Graph(host, Anna);

        var settings = await graph.Me.MailboxSettings.GetAsync();
        await graph.Me.MailboxSettings.PatchAsync(new Microsoft.Graph.Models.MailboxSettings { TimeZone = "Europe/Vienna" });
        var patched = await graph.Me.MailboxSettings.GetAsync();

        Assert.Equal("W. Europe Standard Time", settings!.TimeZone);
        Assert.Equal("de-DE", settings.Language!.Locale);
        Assert.Equal("08:00:00", settings.WorkingHours!.StartTime!.Value.ToString());
        Assert.Equal("Europe/Vienna", patched!.TimeZone);
        Assert.Equal(settings.WorkingHours.DaysOfWeek, patched.WorkingHours!.DaysOfWeek);
    }

    [Fact]
    public async Task AMailboxSettingsPatchWithAnUnknownTimeZoneIsRefusedAndChangesNothing()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        using var client = SandboxClients.Http(host);

        var (response, _) = await client.SendJsonAsync(HttpMethod.Patch, "me/mailboxSettings", new JsonObject { ["timeZone"] = "Mars/Olympus" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("W. Europe Standard Time", (string?)host.Tenant.User(Anna).SnapshotMailboxSettings()["timeZone"]);
    }
}
