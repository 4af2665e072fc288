using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net.Http.Headers;
using OutlookClientCare.GraphSandbox.Faults;
using OutlookClientCare.GraphSandbox.Hosting;
using OutlookClientCare.Server.Demo;
using OutlookClientCare.Server.Telemetry;

namespace OutlookClientCare.LoadHarness;

/// <summary>
/// Pane load: N simulated pane users open situation cards (GET /api/threads/{id}/situation over
/// loopback HTTP, 1-3 s between cards) for M minutes against the sandbox with 50 ms latency and
/// Graph's limits. Then the card throughput at saturation against a raw Graph thread read of the
/// same conversations, and where a card's time goes (from the server's own metrics).
/// </summary>
public static class PaneScenario
{
    public static async Task RunAsync(int users, int minutes, Report report, CancellationToken ct)
    {
        var clock = TimeProvider.System;
        var tenant = PaneTenant.Create(users, clock);
        await using var sandbox = await GraphSandboxHost.StartAsync(tenant, clock, ct);
        sandbox.Limits.Enabled = true;
        sandbox.Faults.Add(new FaultRule { Kind = FaultKind.Latency, LatencyMilliseconds = 50 });
        await using var server = new LoadServer(tenant, sandbox.BaseUrl, clock, new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "sqlite",
            ["Storage:ConnectionString"] = FleetStorage.SqliteFile().ConnectionString,
            ["Booking:ChangeNotifications"] = "false",
            ["Hardening:RequestsPerMinute"] = "100000",
        }, kestrel: true);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1000 }) { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
        var conversations = tenant.Users.ToDictionary(u => u.UserPrincipalName, PaneTenant.Conversations, StringComparer.Ordinal);
        using var timings = new ServerTimings();
        report.Line($"pane: {users} users opening cards for {minutes} min, 1-3 s apart; sandbox latency 50 ms, limits on");

        var latencies = new List<double>();
        var timeline = new List<(TimeSpan At, double Milliseconds)>();
        var errors = 0L;
        var memory = new List<(TimeSpan At, long WorkingSet, long Heap)>();
        var runtime = RuntimeFigures.Start();
        var watch = Stopwatch.StartNew();
        var end = TimeSpan.FromMinutes(minutes);
        var sampler = Task.Run(async () =>
        {
            while (watch.Elapsed < end)
            {
                using var self = Process.GetCurrentProcess();
                memory.Add((watch.Elapsed, self.WorkingSet64, GC.GetTotalMemory(false)));
                await Task.Delay(TimeSpan.FromSeconds(10), ct);
            }
        }, ct);
        await Task.WhenAll(tenant.Users.Select((user, i) => Task.Run(async () =>
        {
            var random = new Random(i);
            var mine = conversations[user.UserPrincipalName];
            while (watch.Elapsed < end)
            {
                await Task.Delay(random.Next(1_000, 3_000), ct);
                var started = Stopwatch.GetTimestamp();
                using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/threads/{Uri.EscapeDataString(mine[random.Next(mine.Count)])}/situation");
                request.Headers.Add(DemoAuthenticationHandler.UserHeader, user.UserPrincipalName);
                try
                {
                    using var response = await http.SendAsync(request, ct);
                    await response.Content.ReadAsByteArrayAsync(ct);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }

                lock (latencies)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    timeline.Add((watch.Elapsed, latencies[^1]));
                }
            }
        }, ct)));
        await sampler;

        latencies.Sort();
        double P(double q) => latencies[(int)Math.Min(latencies.Count - 1, q * latencies.Count)];
        var p99 = P(0.99);
        report.Line(string.Create(CultureInfo.InvariantCulture,
            $"  cards: {latencies.Count} in {end.TotalMinutes:0} min ({latencies.Count / end.TotalSeconds:0.0}/s), p50 {P(0.5):0} ms, p95 {P(0.95):0} ms, p99 {p99:0} ms, max {latencies[^1]:0} ms, {errors} errors, {sandbox.Limits.ThrottledForConcurrency + sandbox.Limits.ThrottledForRate} Graph 429s"));
        report.Line(runtime.Describe());
        report.Line("  p99 by minute: " + string.Join(" ", timeline.GroupBy(t => (int)t.At.TotalMinutes).OrderBy(g => g.Key).Select(g =>
        {
            var minute = g.Select(t => t.Milliseconds).Order().ToList();
            return string.Create(CultureInfo.InvariantCulture, $"{minute[(int)Math.Min(minute.Count - 1, 0.99 * minute.Count)]:0}");
        })) + " ms");
        report.Check("p99 under 200 ms", p99 < 200, string.Create(CultureInfo.InvariantCulture, $"p99 {p99:0} ms"));
        report.Check("0 errors", errors == 0, $"{errors} errors");
        var lastFive = memory.Where(m => m.At >= end - TimeSpan.FromMinutes(5)).ToList();
        if (lastFive.Count >= 4)
        {
            var firstMinute = lastFive.Take(lastFive.Count / 5).Average(m => (double)m.WorkingSet);
            var lastMinute = lastFive.Skip(lastFive.Count - (lastFive.Count / 5)).Average(m => (double)m.WorkingSet);
            var growth = (lastMinute - firstMinute) / firstMinute;
            report.Line(string.Create(CultureInfo.InvariantCulture,
                $"  working set (harness process: server, sandbox and clients): {string.Join(" ", memory.Select(m => $"{m.WorkingSet / 1_048_576}"))} MB every 10 s; managed heap at end {memory[^1].Heap / 1_048_576} MB"));
            report.Check("working set steady over the last 5 minutes (growth under 5 %)", growth < 0.05, string.Create(CultureInfo.InvariantCulture, $"{growth:P1}"));
        }

        report.Line(timings.Describe());
        await RatioAsync(http, sandbox, tenant, conversations, report, ct);
    }

    /// <summary>Saturated throughput, no latency and no limits: cards per second against raw Graph thread reads per second.</summary>
    private static async Task RatioAsync(HttpClient http, GraphSandboxHost sandbox, GraphSandbox.Data.SandboxTenant tenant, Dictionary<string, IReadOnlyList<string>> conversations, Report report, CancellationToken ct)
    {
        sandbox.Faults.Clear();
        sandbox.Limits.Enabled = false;
        using var graph = new HttpClient { BaseAddress = new Uri(sandbox.BaseUrl + "/") };
        var select = "id,conversationId,subject,from,sender,toRecipients,ccRecipients,sentDateTime,receivedDateTime,isDraft,isRead,body,uniqueBody,webLink,flag";
        var raw = await SaturateAsync(tenant, conversations, (user, conversation) =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"users/{user}/messages?$filter=conversationId eq '{conversation}'&$select={select}&$top=50");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "sandbox:" + user);
            request.Headers.Add("Prefer", "outlook.body-content-type=\"html\"");
            return graph.SendAsync(request, ct);
        }, ct);
        var cards = await SaturateAsync(tenant, conversations, (user, conversation) =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/api/threads/{Uri.EscapeDataString(conversation)}/situation");
            request.Headers.Add(DemoAuthenticationHandler.UserHeader, user);
            return http.SendAsync(request, ct);
        }, ct);
        report.Line(string.Create(CultureInfo.InvariantCulture,
            $"  saturated, 16 clients, no latency: raw Graph thread read {raw:0}/s, card {cards:0}/s, ratio 1:{raw / cards:0.0}"));
    }

    private static async Task<double> SaturateAsync(GraphSandbox.Data.SandboxTenant tenant, Dictionary<string, IReadOnlyList<string>> conversations, Func<string, string, Task<HttpResponseMessage>> send, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var done = 0L;
        await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            var random = new Random(i);
            while (watch.Elapsed < TimeSpan.FromSeconds(20))
            {
                var user = tenant.Users[random.Next(tenant.Users.Count)].UserPrincipalName;
                var mine = conversations[user];
                using var response = await send(user, mine[random.Next(mine.Count)]);
                await response.Content.ReadAsByteArrayAsync(ct);
                response.EnsureSuccessStatusCode();
                Interlocked.Increment(ref done);
            }
        }, ct)));
        return done / watch.Elapsed.TotalSeconds;
    }

    /// <summary>The server's own card and Graph timings, read from its meter in this process.</summary>
    private sealed class ServerTimings : IDisposable
    {
        private readonly MeterListener _listener = new();
        private double _cardSeconds;
        private long _cards;
        private double _graphSeconds;
        private long _graphCalls;

        public ServerTimings()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == ClientCareMetrics.MeterName && instrument.Name is "occ.card.duration" or "occ.graph.duration")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) =>
            {
                lock (this)
                {
                    if (instrument.Name == "occ.card.duration")
                    {
                        _cardSeconds += value;
                        _cards++;
                    }
                    else
                    {
                        _graphSeconds += value;
                        _graphCalls++;
                    }
                }
            });
            _listener.Start();
        }

        public string Describe()
        {
            lock (this)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"  where a card's time goes (server side): {_cardSeconds * 1000 / Math.Max(1, _cards):0.0} ms per card, of which Graph HTTP {_graphSeconds * 1000 / Math.Max(1, _graphCalls):0.0} ms per call x {(double)_graphCalls / Math.Max(1, _cards):0.00} calls per card");
            }
        }

        public void Dispose() => _listener.Dispose();
    }
}
