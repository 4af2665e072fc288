using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookClientCare.GraphSandbox.Faults;
using OutlookClientCare.GraphSandbox.Hosting;
using OutlookClientCare.Server.Tests.Infrastructure;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Me;

public sealed class MeApiTests
{
    [Fact]
    public async Task EachDemoUserSeesTheirOwnMailboxSettings()
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl);

        var anna = await app.ClientFor(Anna).GetFromJsonAsync<JsonElement>("/api/me");
        var ben = await app.ClientFor(Ben).GetFromJsonAsync<JsonElement>("/api/me");

        Assert.Equal("Anna Albrecht", anna.GetProperty("displayName").GetString());
        Assert.Equal("W. Europe Standard Time", anna.GetProperty("timeZone").GetString());
        Assert.Equal("08:00:00", anna.GetProperty("workingHours").GetProperty("startTime").GetString());
        Assert.Equal("Ben Wilson", ben.GetProperty("displayName").GetString());
        Assert.Equal("Eastern Standard Time", ben.GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task GraphUnavailableThreeTimesBecomesA503ProblemWithRetryAfter()
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        sandbox.Faults.Add(new FaultRule { Kind = FaultKind.ServiceUnavailable, Route = "GET /me", Count = 3 });
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl);

        var response = await app.ClientFor(Anna).GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Outlook is busy right now.", problem.GetProperty("title").GetString());
        Assert.Contains("try again", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(3, sandbox.Counters.Get("GET /me", Anna));
    }

    [Fact]
    public async Task AnUnknownDemoUserIsRefused()
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl);

        var response = await app.ClientFor("mallory@evil.example").GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TheApiIsDescribedAsOpenApi()
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl);

        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/me", out _));
    }
}
