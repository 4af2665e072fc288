using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutlookClientCare.GraphSandbox.Data;
using OutlookClientCare.Server.Demo;

namespace OutlookClientCare.Server.Tests.Infrastructure;

/// <summary>
/// The real server in demo mode, in memory, talking over loopback HTTP to a sandbox the test
/// owns (so it can inject faults and look at the sandbox's state), with SQLite in memory on a
/// connection kept open for the app's lifetime. One per test: no shared data between tests.
/// </summary>
public sealed class ClientCareApp(SandboxTenant tenant, string graphBaseUrl, IDictionary<string, string?>? settings = null, TimeProvider? time = null)
    : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Graph:BaseUrl", graphBaseUrl);
        builder.UseSetting("Graph:RetryDelaySeconds", "0");

        // The To Do round runs on the app's clock; tests that want it switch it on.
        builder.UseSetting("ToDo:SyncInBackground", "false");
        foreach (var (key, value) in _database.Settings)
        {
            builder.UseSetting(key, value);
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton(tenant));
            if (time is not null)
            {
                services.Replace(ServiceDescriptor.Singleton(time));
            }
        });
    }

    /// <summary>A client acting as the given sandbox user (demo mode picks users by header).</summary>
    public HttpClient ClientFor(string userPrincipalName)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(DemoAuthenticationHandler.UserHeader, userPrincipalName);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
        }
    }

}
