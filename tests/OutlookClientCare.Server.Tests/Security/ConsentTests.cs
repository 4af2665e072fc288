using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web;
using OutlookClientCare.GraphSandbox.Hosting;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Tests.Infrastructure;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Security;

public sealed class ConsentTests
{
    [Fact]
    public async Task WhenGraphNeedsMoreConsentThePaneIsToldWhichScopesToAskFor()
    {
        using var tokens = new TestTokens();
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new TenantModeApp(sandbox.Tenant, sandbox.BaseUrl, tokens);
        app.Headers.Failure = new MicrosoftIdentityWebChallengeUserException(
            new MsalUiRequiredException("invalid_grant", "AADSTS65001: The user or administrator has not consented."),
            ["https://graph.microsoft.com/Calendars.ReadWrite"]);

        var response = await app.ClientWith(tokens.Create(AnnaId, Anna)).GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("https://outlookclientcare.example/problems/consent-required", problem.GetProperty("type").GetString());
        Assert.Equal("https://graph.microsoft.com/Calendars.ReadWrite", problem.GetProperty("scopes")[0].GetString());
        Assert.DoesNotContain("AADSTS", problem.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, sandbox.Counters.Get("GET /me", Anna));
    }

    [Fact]
    public async Task WithLongRunningSessionsOnEveryRequestKeepsTheUsersSessionForBackgroundWork()
    {
        using var tokens = new TestTokens();
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        var settings = TenantModeApp.SingleTenant();
        settings["Booking:LongRunningObo"] = "true";
        await using var app = new TenantModeApp(sandbox.Tenant, sandbox.BaseUrl, tokens, settings);

        var response = await app.ClientWith(tokens.Create(AnnaId, Anna)).GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(app.Headers.Calls, call => Assert.Equal($"occ-lro.{TestTokens.HomeTenant}.{AnnaId}", call.SessionKey));
    }

    [Fact]
    public async Task WhenConditionalAccessWantsASecondFactorThePaneGetsTheClaimsToSignInWith()
    {
        using var tokens = new TestTokens();
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        const string challenge = "{\"access_token\":{\"capolids\":{\"essential\":true,\"values\":[\"c1a2b3\"]}}}";
        var entra = new FakeEntraId { ClaimsChallenge = challenge };
        await using var app = new TenantModeApp(sandbox.Tenant, sandbox.BaseUrl, tokens) { Entra = entra };

        var response = await app.ClientWith(tokens.Create(AnnaId, Anna)).GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("https://outlookclientcare.example/problems/consent-required", problem.GetProperty("type").GetString());
        Assert.Equal(challenge, problem.GetProperty("claims").GetString());
        Assert.DoesNotContain("AADSTS", problem.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, sandbox.Counters.Get("GET /me", Anna));
    }

    [Fact]
    public async Task ThePaneIsToldWhichGraphPermissionsItMayEverAskConsentFor()
    {
        using var tokens = new TestTokens();
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new TenantModeApp(sandbox.Tenant, sandbox.BaseUrl, tokens);

        var config = await app.ClientWith(null).GetFromJsonAsync<JsonElement>("/pane/config.json");

        Assert.Equal([.. EntraIdSetup.GraphScopes, .. EntraIdSetup.WhenFirstUsedScopes], config.GetProperty("graphScopes").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task ColleagueSearchAndToDoAskForTheirPermissionOnlyWhenFirstUsed()
    {
        using var tokens = new TestTokens();
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new TenantModeApp(sandbox.Tenant, sandbox.BaseUrl, tokens);
        app.Headers.NotConsented.UnionWith(EntraIdSetup.WhenFirstUsedScopes);
        var anna = app.ClientWith(tokens.Create(AnnaId, Anna));

        var me = await anna.GetAsync("/api/me");
        var callsForMe = app.Headers.Calls.ToList();
        var search = await anna.GetAsync("/api/colleagues?q=ben");
        var todo = await anna.PutAsJsonAsync("/api/follow-ups/settings", new { todo = true });
        var settings = await anna.GetFromJsonAsync<JsonElement>("/api/follow-ups/settings");
        app.Headers.NotConsented.Clear();
        var afterConsent = await anna.GetAsync("/api/colleagues?q=ben");

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, search.StatusCode);
        Assert.Contains(EntraIdSetup.DirectoryScope, (await search.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, todo.StatusCode);
        Assert.Contains(EntraIdSetup.TasksScope, (await todo.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.False(settings.GetProperty("todo").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, afterConsent.StatusCode);
        Assert.NotEmpty(callsForMe);
        Assert.DoesNotContain(callsForMe, call => call.Scopes.Intersect(EntraIdSetup.WhenFirstUsedScopes).Any());
    }
}
