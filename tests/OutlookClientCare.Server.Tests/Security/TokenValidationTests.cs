using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookClientCare.GraphSandbox.Hosting;
using OutlookClientCare.Server.Tests.Infrastructure;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Security;

/// <summary>The token matrix: only a genuine, current, correctly addressed token with our scope from an allowed tenant gets data.</summary>
public sealed class TokenValidationTests
{
    public static TheoryData<string> RejectedTokens() =>
    [
        "no token",
        "wrong audience",
        "wrong issuer",
        "expired",
        "not yet valid",
        "bad signature",
        "alg none",
        "no scope at all",
        "another scope",
        "tenant not allowed",
        "garbage",
    ];

    [Fact]
    public async Task AGenuineTokenForOurApiGetsTheUsersData()
    {
        using var tokens = new TestTokens();
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new TenantModeApp(sandbox.Tenant, sandbox.BaseUrl, tokens);

        var response = await app.ClientWith(tokens.Create(AnnaId, Anna)).GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Anna Albrecht", me.GetProperty("displayName").GetString());
        Assert.NotEmpty(app.Headers.Calls);
        Assert.All(app.Headers.Calls, call => Assert.True(call.HadPrincipal));
        Assert.All(app.Headers.Calls, call => Assert.Contains("https://graph.microsoft.com/Calendars.ReadWrite", call.Scopes));
        Assert.All(app.Headers.Calls, call => Assert.Null(call.SessionKey));
    }

    [Theory]
    [MemberData(nameof(RejectedTokens))]
    public async Task EveryOtherTokenIsRefusedWithoutTouchingTheMailbox(string kind)
    {
        using var tokens = new TestTokens();
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new TenantModeApp(sandbox.Tenant, sandbox.BaseUrl, tokens);
        var now = DateTime.UtcNow;
        var token = kind switch
        {
            "no token" => null,
            "wrong audience" => tokens.Create(AnnaId, Anna, audience: "api://someone-else"),
            "wrong issuer" => tokens.Create(AnnaId, Anna, issuer: "https://evil.example/" + TestTokens.HomeTenant + "/v2.0"),
            "expired" => tokens.Create(AnnaId, Anna, notBefore: now.AddHours(-2), expires: now.AddMinutes(-10)),
            "not yet valid" => tokens.Create(AnnaId, Anna, notBefore: now.AddMinutes(30), expires: now.AddHours(2)),
            "bad signature" => tokens.Create(AnnaId, Anna, signWithOtherKey: true),
            "alg none" => TestTokens.Unsigned(AnnaId, Anna),
            "no scope at all" => tokens.Create(AnnaId, Anna, scope: null),
            "another scope" => tokens.Create(AnnaId, Anna, scope: "Files.Read"),
            "tenant not allowed" => tokens.Create(AnnaId, Anna, tenant: TestTokens.ForeignTenant),
            "garbage" => "not.a.jwt",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        var response = await app.ClientWith(token).GetAsync("/api/me");

        Assert.True(
            response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden,
            $"{kind}: expected 401/403, got {(int)response.StatusCode}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Anna Albrecht", body, StringComparison.Ordinal);
        Assert.DoesNotContain("W. Europe", body, StringComparison.Ordinal);
        Assert.Empty(app.Headers.Calls);
        Assert.Equal(0, sandbox.Counters.Get("GET /me", Anna));
    }

    [Fact]
    public async Task ATokenWithoutOurScopeIsForbiddenNotUnauthenticated()
    {
        using var tokens = new TestTokens();
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new TenantModeApp(sandbox.Tenant, sandbox.BaseUrl, tokens);

        var response = await app.ClientWith(tokens.Create(AnnaId, Anna, scope: "Files.Read User.Read")).GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task MultiTenantAcceptsListedTenantsAndForbidsOthers()
    {
        using var tokens = new TestTokens();
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new TenantModeApp(sandbox.Tenant, sandbox.BaseUrl, tokens, TenantModeApp.MultiTenant());

        var guest = await app.ClientWith(tokens.Create(BenId, Ben, tenant: TestTokens.GuestTenant)).GetAsync("/api/me");
        var foreign = await app.ClientWith(tokens.Create(AnnaId, Anna, tenant: TestTokens.ForeignTenant)).GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.OK, guest.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.DoesNotContain("Anna Albrecht", await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, sandbox.Counters.Get("GET /me", Anna));
    }
}
