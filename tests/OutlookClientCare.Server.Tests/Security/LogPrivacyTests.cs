using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OutlookClientCare.GraphSandbox.Hosting;
using OutlookClientCare.Server.Tests.Infrastructure;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Security;

/// <summary>
/// Everything logged at every level during real requests, through the real on-behalf-of exchange and
/// the shared token cache: no bearer token, no Graph token, no client secret, no e-mail text.
/// </summary>
public sealed class LogPrivacyTests
{
    private const string SecretBody = "Vertraulicher Vertragsentwurf 4711 fuer Kunde Zeppelin";

    [Fact]
    public async Task NeitherTokensNorMailTextReachTheLogsEvenAtTraceLevel()
    {
        using var tokens = new TestTokens();
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        var settings = TenantModeApp.SingleTenant();
        // Every category appsettings.json quietens, too: a more specific category wins over "Default".
        foreach (var category in new[] { "Default", "Microsoft", "System", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Microsoft.Identity", "System.Net.Http.HttpClient" })
        {
            settings[$"Logging:LogLevel:{category}"] = "Trace";
        }

        settings["TokenCache:Provider"] = "distributed";
        var entra = new FakeEntraId();
        await using var tenantApp = new TenantModeApp(sandbox.Tenant, sandbox.BaseUrl, tokens, settings) { Entra = entra };
        var logs = new CapturingLoggerProvider();
        await using var app = tenantApp.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(logs)));
        var good = tokens.Create(AnnaId, Anna);
        var forged = tokens.Create(AnnaId, Anna, signWithOtherKey: true);
        var thread = "{\"value\":[{\"id\":\"m1\",\"subject\":\"Vertrag\",\"body\":{\"contentType\":\"text\",\"content\":\"" + SecretBody + "\"},\"from\":{\"emailAddress\":{\"address\":\"kunde@client.example\"}},\"receivedDateTime\":\"2026-11-20T08:00:00Z\"}]}";

        var client = app.CreateClient(new() { BaseAddress = new Uri("https://care.contoso.example") });
        Assert.Equal(HttpStatusCode.OK, (await Send(client, HttpMethod.Get, "/api/me", good)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(client, HttpMethod.Post, "/api/analysis", good, thread)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Send(client, HttpMethod.Post, "/api/analysis", good, "{\"value\":[\"" + SecretBody)).StatusCode);
        var draft = "{\"conversationId\":\"" + ThreadId + "\",\"to\":[\"" + Client + "\"],\"cc\":[],\"subject\":\"Vertrag\",\"body\":\"" + SecretBody + "\",\"bodyType\":\"text\"}";
        Assert.Equal(HttpStatusCode.OK, (await Send(client, HttpMethod.Post, "/api/drafts/send-check", good, draft)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(client, HttpMethod.Get, "/api/me", forged)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(client, HttpMethod.Post, "/api/analysis", forged, thread)).StatusCode);

        var all = logs.Entries.ToList();
        Assert.NotEmpty(all);
        Assert.Contains(all, e => e.Contains("/api/analysis", StringComparison.Ordinal));
        Assert.Contains(all, e => e.Contains("/api/drafts/send-check", StringComparison.Ordinal));
        Assert.NotEmpty(entra.IssuedAccessTokens);
        Assert.Contains(all, e => e.StartsWith("Debug Microsoft.Identity.Web.TokenCacheProviders.Distributed.", StringComparison.Ordinal));
        Assert.Contains(all, e => e.StartsWith("Debug Microsoft.EntityFrameworkCore.Database.Command", StringComparison.Ordinal));
        string[] secrets =
        [
            good, forged, good.Split('.')[2], forged.Split('.')[2], good.Split('.')[1], SecretBody, "Zeppelin",
            settings["AzureAd:ClientSecret"]!, .. entra.IssuedAccessTokens, .. entra.IssuedRefreshTokens,
        ];
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(all, e => e.Contains(secret, StringComparison.Ordinal));
        }
    }

    private static async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, string token, string? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new("Bearer", token);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request);
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull
            {
                entries.Enqueue($"{category} scope: {state}");
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var structured = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
                entries.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {structured} {exception}");
            }
        }
    }
}
