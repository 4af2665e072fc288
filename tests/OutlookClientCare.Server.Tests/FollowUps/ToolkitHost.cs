using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using OutlookClientCare.GraphSandbox.Hosting;
using OutlookClientCare.Server.Demo;
using OutlookClientCare.Server.Tests.Infrastructure;
using OutlookClientCare.Server.Tests.Sandbox;

namespace OutlookClientCare.Server.Tests.FollowUps;

/// <summary>
/// The server against its own sandbox (small seed: Anna and Ben), both on one fake clock that starts
/// on Tuesday 2026-11-24 09:00 UTC (10:00 in Berlin), the day after the client's latest message.
/// </summary>
internal sealed class ToolkitHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private readonly ClientCareApp _app;
    private readonly WebApplicationFactory<Program> _factory;

    private ToolkitHost(FakeTimeProvider time, GraphSandboxHost sandbox)
    {
        Time = time;
        Sandbox = sandbox;
        _app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl);
        _factory = _app.WithWebHostBuilder(b => b.ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(time))));
    }

    public FakeTimeProvider Time { get; }

    public GraphSandboxHost Sandbox { get; }

    public IServiceProvider Services => _factory.Services;

    public static async Task<ToolkitHost> StartAsync(Action<JsonObject>? adjust = null)
    {
        var time = new FakeTimeProvider(Start);
        var sandbox = await GraphSandboxHost.StartAsync(SandboxTestTenant.Create(adjust), time);
        return new ToolkitHost(time, sandbox);
    }

    public HttpClient ClientFor(string userPrincipalName)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add(DemoAuthenticationHandler.UserHeader, userPrincipalName);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _app.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}
