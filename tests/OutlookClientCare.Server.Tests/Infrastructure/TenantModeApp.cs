using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Abstractions;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using OutlookClientCare.GraphSandbox.Data;

namespace OutlookClientCare.Server.Tests.Infrastructure;

/// <summary>
/// The real server in tenant mode: Microsoft.Identity.Web configured from an "AzureAd" section,
/// JwtBearer validating tokens offline against <see cref="TestTokens"/>' key. Graph is a sandbox; the
/// only stand-in is the on-behalf-of token exchange, the one part that needs Entra ID: by default
/// <see cref="SandboxHeaderProvider"/> replaces Identity.Web's token acquisition; with
/// <see cref="Entra"/> set, Identity.Web and MSAL run for real and only their HTTP calls reach
/// <see cref="FakeEntraId"/>.
/// </summary>
public sealed class TenantModeApp(SandboxTenant tenant, string graphBaseUrl, TestTokens tokens, IDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    private TestDatabase? _database;

    public SandboxHeaderProvider Headers { get; } = new();

    /// <summary>When set, the real token acquisition and token cache run against this token endpoint.</summary>
    public FakeEntraId? Entra { get; init; }

    public static Dictionary<string, string?> SingleTenant() => new()
    {
        ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
        ["AzureAd:TenantId"] = TestTokens.HomeTenant,
        ["AzureAd:ClientId"] = TestTokens.ClientId,
        ["AzureAd:Audience"] = TestTokens.Audience,
        ["AzureAd:ClientSecret"] = "never-sent-anywhere-in-tests",
    };

    public static Dictionary<string, string?> MultiTenant()
    {
        var config = SingleTenant();
        config["AzureAd:TenantId"] = "organizations";
        config["AzureAd:AllowedTenants:0"] = TestTokens.HomeTenant;
        config["AzureAd:AllowedTenants:1"] = TestTokens.GuestTenant;
        return config;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var config = settings ?? SingleTenant();
        foreach (var (key, value) in config)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Graph:BaseUrl", graphBaseUrl);
        builder.UseSetting("Graph:RetryDelaySeconds", "0");
        if (!config.ContainsKey("Storage:ConnectionString"))
        {
            _database ??= new TestDatabase();
            foreach (var (key, value) in _database.Settings)
            {
                builder.UseSetting(key, value);
            }
        }

        builder.ConfigureTestServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton(tenant));
            if (Entra is null)
            {
                services.RemoveAll<IAuthorizationHeaderProvider>();
                services.AddSingleton<IAuthorizationHeaderProvider>(Headers);
            }
            else
            {
                // MSAL's HTTP goes through the unnamed HttpClient (Identity.Web's MsalMtlsHttpClientFactory).
                services.AddHttpClient(Options.DefaultName).ConfigurePrimaryHttpMessageHandler(Entra.CreateHandler);
            }

            string[] issuers = [TestTokens.IssuerOf(TestTokens.HomeTenant), TestTokens.IssuerOf(TestTokens.GuestTenant), TestTokens.IssuerOf(TestTokens.ForeignTenant)];
            var multiTenant = config.TryGetValue("AzureAd:TenantId", out var t) && t == "organizations";
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
            {
                jwt.Authority = null;
                jwt.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(new OpenIdConnectConfiguration
                {
                    Issuer = issuers[0],
                    SigningKeys = { tokens.SigningKey },
                });
                jwt.TokenValidationParameters.ValidIssuer = multiTenant ? null : issuers[0];
                jwt.TokenValidationParameters.ValidIssuers = multiTenant ? issuers : null;
                jwt.TokenValidationParameters.ValidAudience = TestTokens.Audience;
            });
        });
    }

    /// <summary>A client that sends the given bearer token (none when null).</summary>
    public HttpClient ClientWith(string? token)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://care.contoso.example") });
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database?.Dispose();
        }
    }

}

/// <summary>
/// Stands in for Entra ID's on-behalf-of exchange: answers the sandbox's bearer token for the user
/// in the principal, or throws what Identity.Web throws when consent is missing.
/// </summary>
public sealed class SandboxHeaderProvider : IAuthorizationHeaderProvider
{
    public Exception? Failure { get; set; }

    /// <summary>Graph permissions the user has not consented to: a request that asks for one is challenged, as Entra ID does.</summary>
    public HashSet<string> NotConsented { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<(IReadOnlyList<string> Scopes, string? SessionKey, bool HadPrincipal)> Calls { get; } = [];

    public Task<string> CreateAuthorizationHeaderForUserAsync(IEnumerable<string> scopes, AuthorizationHeaderProviderOptions? authorizationHeaderProviderOptions = null, ClaimsPrincipal? claimsPrincipal = null, CancellationToken cancellationToken = default)
    {
        lock (Calls)
        {
            Calls.Add(([.. scopes], authorizationHeaderProviderOptions?.AcquireTokenOptions?.LongRunningWebApiSessionKey, claimsPrincipal is not null));
        }

        if (Failure is not null)
        {
            throw Failure;
        }

        if (scopes.Any(NotConsented.Contains))
        {
            throw new Microsoft.Identity.Web.MicrosoftIdentityWebChallengeUserException(
                new Microsoft.Identity.Client.MsalUiRequiredException("invalid_grant", "AADSTS65001: The user or administrator has not consented."), [.. scopes]);
        }

        if (claimsPrincipal is null && authorizationHeaderProviderOptions?.AcquireTokenOptions?.LongRunningWebApiSessionKey is { } session)
        {
            return Task.FromResult("Bearer session:" + session);
        }

        var upn = claimsPrincipal?.FindFirst("preferred_username")?.Value ?? throw new InvalidOperationException("The test double needs the caller's principal.");
        return Task.FromResult("Bearer sandbox:" + upn);
    }

    public Task<string> CreateAuthorizationHeaderForAppAsync(string scopes, AuthorizationHeaderProviderOptions? downstreamApiOptions = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("OutlookClientCare never asks for app tokens through Identity.Web.");

    public Task<string> CreateAuthorizationHeaderAsync(IEnumerable<string> scopes, AuthorizationHeaderProviderOptions? options = null, ClaimsPrincipal? claimsPrincipal = null, CancellationToken cancellationToken = default) =>
        CreateAuthorizationHeaderForUserAsync(scopes, options, claimsPrincipal, cancellationToken);
}
