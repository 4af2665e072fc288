using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using OutlookClientCare.GraphSandbox.Faults;
using OutlookClientCare.GraphSandbox.Hosting;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Sandbox;

public sealed class SandboxFaultTests
{
    [Fact]
    public async Task TheNextThreeRequestsAre429WithRetryAfterThenTheRouteWorksAgain()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        host.Faults.Add(new FaultRule { Kind = FaultKind.TooManyRequests, Route = "GET /me", Count = 3, RetryAfterSeconds = 2 });
        using var client = SandboxClients.Http(host);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var (response, body) = await client.GetJsonAsync("me");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal(TimeSpan.FromSeconds(2), response.Headers.RetryAfter!.Delta);
                Assert.Equal("TooManyRequests", (string?)body["error"]!["code"]);
            }
        }

        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.OK], statuses);
        Assert.Equal(4, host.Counters.Get("GET /me", Anna));
    }

    [Fact]
    public async Task TheSdkRetryHandlerWaitsOutA429AndSucceeds()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        host.Faults.Add(new FaultRule { Kind = FaultKind.TooManyRequests, Route = "GET /me/mailboxSettings", Count = 1, RetryAfterSeconds = 1 });
        var graph = SandboxClients.Graph(host);

        var settings = await graph.Me.MailboxSettings.GetAsync();

        Assert.Equal("W. Europe Standard Time", settings!.TimeZone);
        Assert.Equal(2, host.Counters.Get("GET /me/mailboxSettings", Anna));
    }

    [Theory]
    [InlineData(FaultKind.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, "ServiceUnavailable")]
    [InlineData(FaultKind.GatewayTimeout, HttpStatusCode.GatewayTimeout, "GatewayTimeout")]
    public async Task ServerFaultsAnswerInGraphsErrorShape(FaultKind kind, HttpStatusCode status, string code)
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        host.Faults.Add(new FaultRule { Kind = kind, Count = 1 });
        using var client = SandboxClients.Http(host);

        var (response, body) = await client.GetJsonAsync("me/mailboxSettings");

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, (string?)body["error"]!["code"]);
        Assert.NotNull(body["error"]!["innerError"]!["request-id"]);
    }

    [Fact]
    public async Task FaultsForOneUserLeaveOtherUsersAlone()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        host.Faults.Add(new FaultRule { Kind = FaultKind.ServiceUnavailable, User = Ben });
        using var anna = SandboxClients.Http(host, Anna);
        using var ben = SandboxClients.Http(host, Ben);

        var (annaResponse, _) = await anna.GetJsonAsync("me/mailboxSettings");
        var (benResponse, _) = await ben.GetJsonAsync("me/mailboxSettings");
        var (annaAboutBen, _) = await anna.GetJsonAsync($"users/{BenId}/mailboxSettings");

        Assert.Equal(HttpStatusCode.OK, annaResponse.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, benResponse.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, annaAboutBen.StatusCode);
    }

    [Fact]
    public async Task ProbabilisticFaultsAreTheSameForTheSameSeedAndDifferForAnother()
    {
        static async Task<string> RunAsync(int seed)
        {
            await using var host = await GraphSandboxHost.StartAsync(Create());
            host.Faults.Set(seed, [new FaultRule { Kind = FaultKind.TooManyRequests, Route = "GET /me/*", Probability = 0.3 }]);
            using var client = SandboxClients.Http(host);
            var pattern = new System.Text.StringBuilder();
            for (var i = 0; i < 60; i++)
            {
                var (response, _) = await client.GetJsonAsync("me/mailboxSettings");
                pattern.Append(response.StatusCode == HttpStatusCode.OK ? '.' : 'x');
            }

            return pattern.ToString();
        }

        var first = await RunAsync(seed: 42);
        var again = await RunAsync(seed: 42);
        var other = await RunAsync(seed: 7);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.InRange(first.Count(c => c == 'x'), 6, 30);
    }

    [Fact]
    public async Task LatencyDelaysTheAnswerWithoutFailingIt()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        host.Faults.Add(new FaultRule { Kind = FaultKind.Latency, LatencyMilliseconds = 300, Count = 1 });
        using var client = SandboxClients.Http(host);

        var watch = Stopwatch.StartNew();
        var (slow, _) = await client.GetJsonAsync("me");
        var slowTime = watch.Elapsed;

        Assert.Equal(HttpStatusCode.OK, slow.StatusCode);
        Assert.True(slowTime >= TimeSpan.FromMilliseconds(290), $"took {slowTime}");
    }

    [Fact]
    public async Task ADroppedConnectionReachesTheClientAsANetworkError()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        host.Faults.Add(new FaultRule { Kind = FaultKind.DropConnection, Count = 1 });
        using var client = SandboxClients.Http(host);

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetJsonAsync("me"));
        var (after, _) = await client.GetJsonAsync("me");

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task FaultsAndCountersCanBeSetReadAndResetOverHttp()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        using var admin = new HttpClient { BaseAddress = new Uri(host.AdminUrl + "/") };
        using var client = SandboxClients.Http(host);

        var (put, _) = await admin.SendJsonAsync(HttpMethod.Put, "faults", JsonNode.Parse("""
            {"seed": 5, "rules": [{"kind": "service-unavailable", "route": "GET /me/messages", "user": "anna@contoso.example", "count": 1, "retryAfterSeconds": 3}]}
            """));
        var (failed, _) = await client.GetJsonAsync("me/messages");
        var (ok, _) = await client.GetJsonAsync("me/messages");
        var (_, counters) = await admin.GetJsonAsync("counters");
        using var reset = await admin.PostAsync("reset", null);
        var (_, afterReset) = await admin.GetJsonAsync("counters");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), failed.Headers.RetryAfter!.Delta);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var entry = counters["counters"]!.AsArray().Single()!;
        Assert.Equal("GET /me/messages", (string?)entry["route"]);
        Assert.Equal(Anna, (string?)entry["user"]);
        Assert.Equal(2, (int)entry["count"]!);
        Assert.Equal(0, (int)afterReset["total"]!);
        Assert.Empty(host.Faults.Rules);
    }
}
