using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutlookClientCare.GraphSandbox.Data;
using OutlookClientCare.GraphSandbox.Faults;
using OutlookClientCare.GraphSandbox.Hosting;
using OutlookClientCare.Server.Demo;

namespace OutlookClientCare.Benchmarks.SendChecks;

/// <summary>
/// The target: POST /api/drafts/send-check answers in under 300 ms at the 95th percentile for
/// a reply in a 20-message thread. The whole request through the real server (routing, validation,
/// the cached mailbox profile, the thread read through the Microsoft Graph SDK over loopback HTTP to
/// the sandbox, a calendar read for the promised day, analysis, coach), one request per sample.
/// GraphLatencyMs adds a delay to every Graph request, as real Microsoft Graph has.
/// Measured 2026-12-04 on the shared 2-core machine at a load average of about 22: p95 180 ms (median
/// 91 ms) with the sandbox on loopback, p95 262 ms (median 191 ms) with 150 ms on every Graph request.
/// dotnet run -c Release --project tests/OutlookClientCare.Benchmarks -- --filter '*SendCheck*'
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 10, iterationCount: 100, invocationCount: 1)]
[Config(typeof(Percentiles))]
public class SendCheckBenchmarks
{
    private const string Me = "anna@agentur.example";
    private const string Client = "k.mahler@kunde.example";
    private const string Conversation = "AAQkBenchThread20";

    private const string Draft =
        "<p>Sehr geehrte Frau Mahler,</p><p>danke für Ihre Geduld, und es tut mir leid, dass Sie so lange auf eine klare Antwort warten mussten. "
        + "Der Go-Live verschiebt sich, weil die Anbindung an Ihren Händler-Login noch nicht stabil läuft. Wir haben den Fehler gefunden und testen die Korrektur gerade.</p>"
        + "<p>Ich schicke Ihnen bis Donnerstag einen verbindlichen Termin für den Launch, damit Sie die Anzeigen für die Weihnachtsaktion planen können. "
        + "Die Newsletter-Ankündigung stimmen wir gern vorher mit Ihnen ab.</p><p>Viele Grüße<br>Anna Keller</p>"
        + "<blockquote><p>Ich frage jetzt zum dritten Mal nach dem Go-Live-Termin. Unsere Weihnachtsaktion hängt komplett an der neuen Seite.</p></blockquote>";

    private GraphSandboxHost _sandbox = null!;
    private WebApplicationFactory<Program> _server = null!;
    private HttpClient _client = null!;
    private string _data = "";

    [Params(0, 150)]
    public int GraphLatencyMs { get; set; }

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _sandbox = await GraphSandboxHost.StartAsync(SandboxTenant.FromJson(Tenant()));
        _data = Directory.CreateTempSubdirectory("occ-send-check-bench-").FullName;
        var tenant = _sandbox.Tenant;
        _server = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.UseSetting("Graph:BaseUrl", _sandbox.BaseUrl);
            b.UseSetting("Storage:DataFolder", _data);
            b.UseSetting("Logging:LogLevel:Default", "Warning");
            b.ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton(tenant)));
        });
        _client = _server.CreateClient();
        _client.DefaultRequestHeaders.Add(DemoAuthenticationHandler.UserHeader, Me);
        if (GraphLatencyMs > 0)
        {
            _sandbox.Faults.Add(new FaultRule { Kind = FaultKind.Latency, LatencyMilliseconds = GraphLatencyMs });
        }

        var first = await CheckAsync();
        Console.WriteLine($"// first answer: {first}");
    }

    [Benchmark(Description = "send-check, 20-message thread")]
    public Task<string> SendCheck() => CheckAsync();

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
        await _sandbox.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    private async Task<string> CheckAsync()
    {
        using var response = await _client.PostAsJsonAsync("/api/drafts/send-check", new
        {
            conversationId = Conversation,
            to = new[] { Client },
            cc = Array.Empty<string>(),
            subject = "AW: Go-Live neue Website",
            body = Draft,
            bodyType = "html",
        });
        return await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync();
    }

    /// <summary>Anna and a 20-message thread with a German client, as Graph serves it (HTML bodies with quoted history).</summary>
    private static string Tenant()
    {
        var messages = new JsonArray();
        var thread = Threads.ThreadBenchmarks.BuildThread(20, targetChars: 30_000);
        foreach (var (message, n) in thread.Select((m, i) => (m, i)))
        {
            var ours = n % 2 == 1;
            var html = "<html><body>" + string.Concat(message.Text.Split("\n\n").Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p) + "</p>")) + "</body></html>";
            messages.Add(new JsonObject
            {
                ["id"] = string.Create(CultureInfo.InvariantCulture, $"AAMkBench{n:00}"),
                ["conversationId"] = Conversation,
                ["subject"] = message.Subject,
                ["from"] = Address(ours ? Me : Client),
                ["toRecipients"] = new JsonArray(Address(ours ? Client : Me)),
                ["receivedDateTime"] = message.SentDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["sentDateTime"] = message.SentDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["parentFolderId"] = ours ? "sentitems" : "inbox",
                ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = html },
                ["uniqueBody"] = new JsonObject { ["contentType"] = "html", ["content"] = html },
            });
        }

        return new JsonObject
        {
            ["anchor"] = "2026-11-30",
            ["tenantId"] = "0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f",
            ["users"] = new JsonArray(new JsonObject
            {
                ["id"] = "6f1a7c2e-0d4b-4a59-9a34-1d2e3f405161",
                ["userPrincipalName"] = Me,
                ["displayName"] = "Anna Keller",
                ["mail"] = Me,
                ["mailboxSettings"] = new JsonObject { ["timeZone"] = "W. Europe Standard Time", ["language"] = new JsonObject { ["locale"] = "de-DE" } },
                ["messages"] = messages,
                ["events"] = new JsonArray(),
            }),
        }.ToJsonString();
    }

    private static JsonObject Address(string address) => new() { ["emailAddress"] = new JsonObject { ["address"] = address } };

    private sealed class Percentiles : ManualConfig
    {
        public Percentiles() => AddColumn(StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.Max);
    }
}
