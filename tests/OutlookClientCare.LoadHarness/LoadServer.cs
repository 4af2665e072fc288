using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using OutlookClientCare.GraphSandbox.Data;

namespace OutlookClientCare.LoadHarness;

/// <summary>
/// One server instance exactly as Program composes it (demo mode: requests pick their user with
/// X-Demo-User), talking to a sandbox on loopback, with the settings and clock a scenario gives it.
/// Benchmarks use it too, so they can never again miss a service the server registers.
/// </summary>
public sealed class LoadServer : WebApplicationFactory<Program>
{
    private readonly SandboxTenant _tenant;
    private readonly TimeProvider _clock;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    /// <summary><paramref name="kestrel"/>: listen on a loopback port (load from other clients, Graph's change notifications).</summary>
    public LoadServer(SandboxTenant tenant, string graphBaseUrl, TimeProvider clock, IReadOnlyDictionary<string, string?> settings, bool kestrel = false)
    {
        // WebApplicationFactory looks for the server's source folder as its content root; the
        // built output beside this harness has everything the server reads (wwwroot, appsettings).
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_OUTLOOKCLIENTCARE_SERVER", AppContext.BaseDirectory);
        _tenant = tenant;
        _clock = clock;
        _settings = new Dictionary<string, string?>(settings, StringComparer.Ordinal)
        {
            ["Graph:BaseUrl"] = graphBaseUrl,
            ["Booking:RunInBackground"] = settings.GetValueOrDefault("Booking:RunInBackground") ?? "false",
        };
        if (kestrel)
        {
            UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        }
    }

    /// <summary>Where a Kestrel instance listens (starts it).</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.First()
                ?? throw new InvalidOperationException("The server has no address: start it with kestrel: true.");
            return new Uri(address);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton(_tenant));
            services.Replace(ServiceDescriptor.Singleton(_clock));
        });
    }
}
