using System.Net;
using Microsoft.Extensions.Options;
using OutlookClientCare.Graph;
using OutlookClientCare.GraphSandbox.Data;
using OutlookClientCare.GraphSandbox.Hosting;
using OutlookClientCare.Server.Hosting;
using OutlookClientCare.Server.Mailbox;
using OutlookClientCare.Server.Settings;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.Demo;

/// <summary>
/// With no Entra ID configuration the server runs as a self-contained demo: the Graph sandbox,
/// seeded with a demo tenant, is mounted in this process and the gateway talks to it over HTTP;
/// requests act as a demo user; the server listens on loopback only.
/// </summary>
public static class DemoMode
{
    public const string SandboxPath = "/graph-sandbox/v1.0";
    public const string DefaultUrl = "http://127.0.0.1:5180";

    public static WebApplicationBuilder AddDemoMode(this WebApplicationBuilder builder)
    {
        EnsureNoTenantConfiguration(builder.Configuration);
        var urls = builder.Configuration["urls"];
        if (string.IsNullOrWhiteSpace(urls))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        else
        {
            EnsureLoopbackOnly(urls);
        }

        builder.Services.AddSingleton(provider => SandboxTenant.LoadDemo(provider.GetRequiredService<TimeProvider>()));
        builder.Services.AddGraphSandbox(provider => provider.GetRequiredService<SandboxTenant>());
        builder.Services.AddSingleton<IGraphCredentials, SandboxCredentials>();
        builder.Services.AddAuthentication(DemoAuthenticationHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, DemoAuthenticationHandler>(DemoAuthenticationHandler.SchemeName, null);
        return builder;
    }

    public static WebApplication MapDemoMode(this WebApplication app)
    {
        app.MapGraphSandbox(SandboxPath).AllowAnonymous();

        // Graph-like: 4 requests at once and 10,000 per 10 minutes per mailbox, 429 + Retry-After beyond.
        app.Services.GetRequiredService<GraphSandbox.GraphSandboxEngine>().Limits.Enabled = true;
        app.Lifetime.ApplicationStarted.Register(() => OnStarted(app));
        return app;
    }

    /// <summary>
    /// Demo mode means no sign-in. A configuration that names a tenant but lost its ClientId (a typo,
    /// a missing secret store) must not silently become a server that lets anyone in.
    /// </summary>
    internal static void EnsureNoTenantConfiguration(IConfiguration config)
    {
        string[] tenantSettings = ["AzureAd:TenantId", "AzureAd:Audience", "AzureAd:ClientSecret", "AzureAd:ClientCredentials", "AzureAd:AllowedTenants", "Booking:AppOnly:Credential"];
        var present = tenantSettings.Where(key => !string.IsNullOrWhiteSpace(config[key]) || config.GetSection(key).GetChildren().Any()).ToList();
        if (present.Count > 0)
        {
            throw new InvalidSettingException(
                $"AzureAd:ClientId is missing, which means demo mode without sign-in, but {string.Join(", ", present)} configure a real tenant; allowed: set AzureAd:ClientId to run against the tenant, or remove those settings for the demo.");
        }

        if (Uri.TryCreate(config["Graph:BaseUrl"], UriKind.Absolute, out var graph) && graph.Host.EndsWith("graph.microsoft.com", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidSettingException(InvalidSettingException.Describe("Graph:BaseUrl", graph.ToString(), "in demo mode (AzureAd:ClientId empty) only a Graph sandbox, never Microsoft Graph"));
        }
    }

    /// <summary>"http://0.0.0.0:5000", "http://*:80" or a LAN address would expose a mailbox without sign-in.</summary>
    internal static void EnsureLoopbackOnly(string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var host = url.Split("://", 2)[^1].Split('/')[0];
            host = host.StartsWith('[') ? host[1..host.IndexOf(']', StringComparison.Ordinal)] : host.Split(':')[0];
            var loopback = string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
                || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
            if (!loopback)
            {
                throw new InvalidSettingException(InvalidSettingException.Describe(
                    "urls", url, "in demo mode loopback only, http://127.0.0.1:PORT or http://localhost:PORT (or configure a real tenant with AzureAd:ClientId)"));
            }
        }
    }

    private static void OnStarted(WebApplication app)
    {
        var address = app.Services.GetRequiredService<PublicAddress>();
        var root = address.OwnRoot;
        var https = address.Configured?.Value ?? address.ForManifest(new DefaultHttpContext().Request)?.Value;
        var manifest = https is null
            ? "Outlook sideloads over https only: run 'dotnet dev-certs https --trust', then start with --urls \"http://127.0.0.1:5180;https://localhost:5181\""
            : https + "/manifest.xml";
        if (root is null)
        {
            return;
        }

        app.Services.GetRequiredService<GraphBaseUrl>().SetIfUnknown(root + SandboxPath);
        var storage = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var database = storage.ConnectionString is null ? storage.ResolveSqlitePath() : "(from Storage:ConnectionString)";
        var tenant = app.Services.GetRequiredService<SandboxTenant>();
        Console.WriteLine($"""

            OutlookClientCare is running in demo mode (no Entra ID configuration, no sign-in, loopback only).
              Try it here      {root}{DemoPageApi.Path}   (the demo mailbox with the task pane beside it)
              Task pane        {root}/pane/taskpane.html
              API description  {root}/openapi/v1.json
              Health           {root}/healthz
              Add-in manifest  {manifest}
              Graph sandbox    {root}{SandboxPath}/users   (bearer token "sandbox:<userPrincipalName>")
              Demo users       {string.Join(", ", tenant.Users.Select(u => u.UserPrincipalName))}
              Database         {database}
            Press Ctrl+C to stop.

            """);
    }
}
