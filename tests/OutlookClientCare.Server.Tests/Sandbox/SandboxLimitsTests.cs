using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using OutlookClientCare.GraphSandbox.Faults;
using OutlookClientCare.GraphSandbox.Hosting;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Sandbox;

/// <summary>
/// The sandbox throttles like Outlook on Graph: per mailbox at most 4 requests at once and 10,000
/// per 10 minutes, then 429 with Retry-After; each $batch step counts; and it can be switched off.
/// </summary>
public sealed class SandboxLimitsTests
{
    [Fact]
    public async Task AFifthConcurrentRequestToOneMailboxIsThrottledWhileAnotherMailboxIsNot()
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        sandbox.Limits.Enabled = true;
        sandbox.Faults.Add(new FaultRule { Kind = FaultKind.Latency, User = Anna, LatencyMilliseconds = 1_000 });
        using var anna = SandboxClients.Http(sandbox, Anna);
        using var ben = SandboxClients.Http(sandbox, Ben);

        var annas = Enumerable.Range(0, 6).Select(_ => anna.GetAsync("me/mailboxSettings")).ToList();
        await Task.Delay(300);
        var bens = await ben.GetAsync("me/mailboxSettings");
        var answers = await Task.WhenAll(annas);

        Assert.Equal(4, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        var throttled = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.Equal(2, throttled.Count);
        Assert.All(throttled, t => Assert.True(t.Headers.RetryAfter?.Delta > TimeSpan.Zero));
        Assert.Contains("ApplicationThrottled", await throttled[0].Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, bens.StatusCode);
        Assert.Equal(2, sandbox.Limits.ThrottledForConcurrency);
    }

    [Fact]
    public async Task EveryBatchStepCountsAgainstItsMailboxAndTheWindowSlidesOnWithTheClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
        await using var sandbox = await GraphSandboxHost.StartAsync(Create(), clock);
        sandbox.Limits.Enabled = true;
        sandbox.Limits.MaxPerWindow = 5;
        using var anna = SandboxClients.Http(sandbox, Anna);
        var batch = new JsonObject
        {
            ["requests"] = new JsonArray([.. Enumerable.Range(1, 6).Select(i => (JsonNode)new JsonObject { ["id"] = $"{i}", ["method"] = "GET", ["url"] = "/me/mailboxSettings" })]),
        };

        var (outer, body) = await anna.SendJsonAsync(HttpMethod.Post, "$batch", batch);

        Assert.Equal(HttpStatusCode.OK, outer.StatusCode);
        // The steps run four at a time, so which one comes sixth to the limit is not fixed (nor is it in Graph).
        var statuses = body["responses"]!.AsArray().Select(r => (int)r!["status"]!).ToList();
        Assert.Equal(5, statuses.Count(s => s == 200));
        var throttled = Assert.Single(body["responses"]!.AsArray(), r => (int)r!["status"]! == 429);
        var retryAfter = int.Parse((string)throttled!["headers"]!["Retry-After"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 600);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await anna.GetAsync("me/mailboxSettings")).StatusCode);

        clock.Advance(TimeSpan.FromSeconds(retryAfter));

        Assert.Equal(HttpStatusCode.OK, (await anna.GetAsync("me/mailboxSettings")).StatusCode);
    }

    [Fact]
    public async Task SwitchedOffNothingIsThrottled()
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        sandbox.Faults.Add(new FaultRule { Kind = FaultKind.Latency, LatencyMilliseconds = 300 });
        using var anna = SandboxClients.Http(sandbox, Anna);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => anna.GetAsync("me/mailboxSettings")));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
    }
}
