using System.Net;
using System.Text;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookClientCare.GraphSandbox.Hosting;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Mailbox;
using OutlookClientCare.Server.Storage;
using OutlookClientCare.Server.Tests.Infrastructure;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Security;

/// <summary>
/// Microsoft.Identity.Web's real on-behalf-of flow and token cache, with only Entra ID's token
/// endpoint faked: one instance's Graph token serves the others when the cache is distributed.
/// </summary>
public sealed class SharedTokenCacheTests
{
    private const string OnBehalfOf = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    [Fact]
    public async Task TheUsersApiTokenIsExchangedOnceAndTheGraphTokenReused()
    {
        using var tokens = new TestTokens();
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        var entra = new FakeEntraId();
        await using var app = new TenantModeApp(sandbox.Tenant, sandbox.BaseUrl, tokens) { Entra = entra };
        var client = app.ClientWith(tokens.Create(AnnaId, Anna));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/waiting")).StatusCode);

        Assert.Equal([OnBehalfOf], entra.Grants);
        Assert.True(sandbox.Counters.Get("GET /me", Anna) > 0, "Graph was called with the token Entra ID issued for Anna.");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task WithADistributedCacheASecondInstanceUsesTheTokenTheFirstObtained(bool keyCertificate)
    {
        using var tokens = new TestTokens();
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        using var database = new TestDatabase();
        using var certificate = keyCertificate ? new TemporaryPfx() : null;
        var entra = new FakeEntraId();
        await using var first = Instance("distributed");
        await using var second = Instance("distributed");
        var annasToken = tokens.Create(AnnaId, Anna);

        Assert.Equal(HttpStatusCode.OK, (await first.ClientWith(annasToken).GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.ClientWith(annasToken).GetAsync("/api/me")).StatusCode);

        Assert.Equal([OnBehalfOf], entra.Grants);
        await using var scope = second.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClientCareDb>();
        var key = Assert.Single(await db.Set<DataProtectionKey>().ToListAsync());
        Assert.Equal(keyCertificate, key.Xml!.Contains("<encryptedSecret", StringComparison.Ordinal));
        var stored = await db.Set<TokenCacheEntry>().ToListAsync();
        Assert.NotEmpty(stored);
        Assert.All(stored, entry => Assert.All(entra.IssuedAccessTokens.Concat(entra.IssuedRefreshTokens), token =>
            Assert.DoesNotContain(token, Encoding.UTF8.GetString(entry.Value), StringComparison.Ordinal)));

        TenantModeApp Instance(string provider)
        {
            var settings = Settings(provider, database);
            settings[TokenCacheSetup.CertificatePathSetting] = certificate?.Path;
            settings[TokenCacheSetup.CertificatePasswordSetting] = certificate?.Password;
            return new(sandbox.Tenant, sandbox.BaseUrl, tokens, settings) { Entra = entra };
        }
    }

    [Fact]
    public async Task WithInMemoryCachesEachInstanceExchangesTheTokenItself()
    {
        using var tokens = new TestTokens();
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        using var database = new TestDatabase();
        var entra = new FakeEntraId();
        await using var first = new TenantModeApp(sandbox.Tenant, sandbox.BaseUrl, tokens, Settings("memory", database)) { Entra = entra };
        await using var second = new TenantModeApp(sandbox.Tenant, sandbox.BaseUrl, tokens, Settings("memory", database)) { Entra = entra };
        var annasToken = tokens.Create(AnnaId, Anna);

        await first.ClientWith(annasToken).GetAsync("/api/me");
        await second.ClientWith(annasToken).GetAsync("/api/me");

        Assert.Equal([OnBehalfOf, OnBehalfOf], entra.Grants);
    }

    [Fact]
    public async Task ErasingMyDataEndsMyBackgroundSession()
    {
        using var tokens = new TestTokens();
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        using var database = new TestDatabase();
        var settings = Settings("distributed", database);
        settings["Booking:LongRunningObo"] = "true";
        await using var app = new TenantModeApp(sandbox.Tenant, sandbox.BaseUrl, tokens, settings) { Entra = new FakeEntraId() };
        var client = app.ClientWith(tokens.Create(AnnaId, Anna));
        var sessionKey = $"occ-lro.{TestTokens.HomeTenant}.{AnnaId}";
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
        Assert.True(await SessionStoredAsync(), "Identity.Web kept Anna's long-running session under our session key.");

        Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync("/api/me")).StatusCode);

        Assert.False(await SessionStoredAsync(), "After erasure no refresh token of Anna's is left for background work.");

        async Task<bool> SessionStoredAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ClientCareDb>().Set<TokenCacheEntry>().AnyAsync(e => e.Key == sessionKey);
        }
    }

    [Fact]
    public async Task ErasingMyDataOnOneInstanceEndsMyBackgroundSessionOnAllOfThem()
    {
        using var tokens = new TestTokens();
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        using var database = new TestDatabase();
        var entra = new FakeEntraId();
        var settings = Settings("distributed", database);
        settings["Booking:LongRunningObo"] = "true";
        await using var first = new TenantModeApp(sandbox.Tenant, sandbox.BaseUrl, tokens, settings) { Entra = entra };
        await using var second = new TenantModeApp(sandbox.Tenant, sandbox.BaseUrl, tokens, settings) { Entra = entra };
        var annasToken = tokens.Create(AnnaId, Anna);
        var anna = new AppUser(TestTokens.HomeTenant, AnnaId, Anna);
        Assert.Equal(HttpStatusCode.OK, (await first.ClientWith(annasToken).GetAsync("/api/me")).StatusCode);
        await BackgroundRequestAsync(first);

        Assert.Equal(HttpStatusCode.OK, (await second.ClientWith(annasToken).DeleteAsync("/api/me")).StatusCode);

        await Assert.ThrowsAnyAsync<Exception>(() => BackgroundRequestAsync(first));

        // What background booking does for Anna on an instance: a Graph request with her session's token.
        async Task BackgroundRequestAsync(TenantModeApp instance)
        {
            var credentials = instance.Services.GetRequiredService<IGraphCredentials>().ForBackground(anna) ?? throw new InvalidOperationException("No background identity.");
            await credentials.AuthorizationHeaderAsync(CancellationToken.None);
        }
    }

    private static Dictionary<string, string?> Settings(string tokenCache, TestDatabase database)
    {
        var settings = TenantModeApp.SingleTenant();
        settings[TokenCacheSetup.ProviderSetting] = tokenCache;
        foreach (var (key, value) in database.Settings)
        {
            settings[key] = value;
        }

        return settings;
    }
}
