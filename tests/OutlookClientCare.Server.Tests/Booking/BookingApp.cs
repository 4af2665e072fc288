using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using OutlookClientCare.Graph;
using OutlookClientCare.GraphSandbox.Data;
using OutlookClientCare.GraphSandbox.Hosting;
using OutlookClientCare.Server.Demo;
using OutlookClientCare.Server.Tests.Infrastructure;
using OutlookClientCare.Server.Tests.Sandbox;

namespace OutlookClientCare.Server.Tests.Booking;

/// <summary>
/// The server in demo mode against a sandbox the test owns, on a clock the test owns (the
/// sandbox shares it, so subscription expiries agree), SQLite in memory. With
/// <c>kestrel: true</c> it listens on a real loopback port, which the sandbox needs to deliver
/// change notifications (WebApplicationFactory.UseKestrel, new in .NET 10).
/// </summary>
internal sealed class BookingApp : WebApplicationFactory<Program>
{
    /// <summary>Sunday 2026-11-29 18:00 UTC: the horizon starts on Monday 2026-11-30 for Anna (Berlin) and Ben (New York).</summary>
    public static readonly DateTimeOffset Sunday = new(2026, 11, 29, 18, 0, 0, TimeSpan.Zero);

    private readonly TestDatabase _database;
    private readonly bool _ownsDatabase;
    private readonly SandboxTenant _tenant;
    private readonly string _graphBaseUrl;
    private readonly Dictionary<string, string?> _settings;
    private readonly bool _kestrel;
    private readonly bool _inProcessGraph;

    /// <summary>
    /// <c>inProcessGraph</c>: talk to demo mode's own sandbox under /graph-sandbox/v1.0 (it serves the
    /// same tenant object) instead of the test's host; it needs Kestrel to be reachable.
    /// <c>database</c>: shared with another BookingApp to stand for a second server instance; the caller disposes it.
    /// </summary>
    public BookingApp(GraphSandboxHost sandbox, FakeTimeProvider clock, bool kestrel = false, IDictionary<string, string?>? settings = null, bool inProcessGraph = false, TestDatabase? database = null)
    {
        _inProcessGraph = inProcessGraph;
        Sandbox = sandbox;
        Clock = clock;
        _tenant = sandbox.Tenant;
        _graphBaseUrl = sandbox.BaseUrl;
        _ownsDatabase = database is null;
        _database = database ?? new TestDatabase();
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>(), StringComparer.Ordinal);
        _kestrel = kestrel;
        if (kestrel)
        {
            UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        }
    }

    public GraphSandboxHost Sandbox { get; }

    public FakeTimeProvider Clock { get; }

    public static async Task<(GraphSandboxHost Sandbox, FakeTimeProvider Clock)> StartSandboxAsync(Action<JsonObject>? adjust = null)
    {
        var clock = new FakeTimeProvider(Sunday);
        var sandbox = await GraphSandboxHost.StartAsync(SandboxTestTenant.Create(adjust), clock);
        return (sandbox, clock);
    }


    public HttpClient ClientFor(string userPrincipalName)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(DemoAuthenticationHandler.UserHeader, userPrincipalName);
        return client;
    }

    /// <summary>Anna's or Ben's tagged events as the sandbox stores them.</summary>
    public IReadOnlyList<JsonObject> OurEventsOf(string user) => OurEventsOf(Sandbox, user);

    public static IReadOnlyList<JsonObject> OurEventsOf(GraphSandboxHost sandbox, string user) =>
        [.. sandbox.EventsOf(user).Where(e => e["singleValueExtendedProperties"] is JsonArray p && p.Any(x => (string?)x?["id"] == OurEventTag.PropertyId))];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        if (!_inProcessGraph)
        {
            builder.UseSetting("Graph:BaseUrl", _graphBaseUrl);
        }

        builder.UseSetting("Graph:RetryDelaySeconds", "0");
        foreach (var (key, value) in _database.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Booking:RunInBackground", "false");
        builder.UseSetting("ToDo:SyncInBackground", "false");

        // In memory (TestServer) nothing can reach the app, so Graph could never deliver a notification.
        builder.UseSetting("Booking:ChangeNotifications", _kestrel ? "true" : "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton(_tenant));
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase)
        {
            _database.Dispose();
        }
    }
}
