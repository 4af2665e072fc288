using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using OutlookClientCare.GraphSandbox.Faults;
using OutlookClientCare.GraphSandbox.Hosting;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Sandbox;

public sealed class SandboxBatchTests
{
    private const string Window = "startDateTime=2026-11-30T00:00:00Z&endDateTime=2026-12-07T00:00:00Z";

    [Fact]
    public async Task TheSdksBatchReachesTwoUsersCalendarsInOneRequest()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        var graph = SandboxClients.Graph(host);
        var batch = new BatchRequestContentCollection(graph);
        var annaStep = await batch.AddBatchRequestStepAsync(graph.Users[Anna].CalendarView.ToGetRequestInformation(r =>
        {
            r.QueryParameters.StartDateTime = "2026-11-30T00:00:00Z";
            r.QueryParameters.EndDateTime = "2026-12-07T00:00:00Z";
        }));
        var benStep = await batch.AddBatchRequestStepAsync(graph.Users[BenId].MailboxSettings.ToGetRequestInformation());

        var response = await graph.Batch.PostAsync(batch);
        var annaView = await response.GetResponseByIdAsync<EventCollectionResponse>(annaStep);
        var benSettings = await response.GetResponseByIdAsync<MailboxSettings>(benStep);

        Assert.Equal(["Review mit Kunde"], annaView.Value!.Select(e => e.Subject));
        Assert.Equal("Eastern Standard Time", benSettings.TimeZone);
        Assert.Equal(1, host.Counters.Get("POST /$batch"));
        Assert.Equal(1, host.Counters.Get("GET /me/calendarView", Anna));
        Assert.Equal(1, host.Counters.Get("GET /me/mailboxSettings", Ben));
    }

    [Fact]
    public async Task MoreThanTwentyStepsAre400()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        using var client = SandboxClients.Http(host);

        var (response, body) = await client.SendJsonAsync(HttpMethod.Post, "$batch", Batch([.. Enumerable.Range(1, 21).Select(i => Step(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "GET", "/me"))]));
        var (twenty, _) = await client.SendJsonAsync(HttpMethod.Post, "$batch", Batch([.. Enumerable.Range(1, 20).Select(i => Step(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "GET", "/me"))]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadRequest", (string?)body["error"]!["code"]);
        Assert.Equal(HttpStatusCode.OK, twenty.StatusCode);
        Assert.Equal(20, host.Counters.Get("GET /me"));
    }

    [Fact]
    public async Task DuplicateStepIdsAre400AndNothingRuns()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        using var client = SandboxClients.Http(host);

        var (response, _) = await client.SendJsonAsync(HttpMethod.Post, "$batch", Batch(Step("1", "GET", "/me"), Step("1", "GET", "/me/mailboxSettings")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, host.Counters.Get("GET /me"));
    }

    [Fact]
    public async Task DependsOnRunsStepsInOrderAndAFailedDependencyGives424()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        using var client = SandboxClients.Http(host);
        var create = Step("create", "POST", "/me/events", EventBody("Kundenzeit", "Europe/Berlin"));
        var read = Step("read", "GET", "/me/calendarView?" + Window, dependsOn: "create");
        var badCreate = Step("bad", "POST", "/me/events", EventBody("x", "Mars/Olympus"));
        var afterBad = Step("after-bad", "GET", "/me", dependsOn: "bad");

        // Listed before its dependency on purpose: the sandbox must still run "create" first.
        var (response, body) = await client.SendJsonAsync(HttpMethod.Post, "$batch", Batch(read, create, afterBad, badCreate));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var steps = body["responses"]!.AsArray().ToDictionary(r => (string)r!["id"]!, r => r!.AsObject());
        Assert.Equal(201, (int)steps["create"]["status"]!);
        Assert.Equal(200, (int)steps["read"]["status"]!);
        Assert.Contains(steps["read"]["body"]!["value"]!.AsArray(), e => (string?)e!["subject"] == "Kundenzeit");
        Assert.Equal(400, (int)steps["bad"]["status"]!);
        Assert.Equal(424, (int)steps["after-bad"]["status"]!);
        Assert.Equal(0, host.Counters.Get("GET /me"));
    }

    [Fact]
    public async Task AThrottledStepIs429WithRetryAfterInsideAnOuter200()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        host.Faults.Add(new FaultRule { Kind = FaultKind.TooManyRequests, Route = "GET /me/calendarView", User = Ben, Count = 1, RetryAfterSeconds = 7 });
        using var client = SandboxClients.Http(host);

        var (response, body) = await client.SendJsonAsync(HttpMethod.Post, "$batch", Batch(
            Step("anna", "GET", $"/users/{AnnaId}/calendarView?{Window}"),
            Step("ben", "GET", $"/users/{Ben}/calendarView?{Window}")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var steps = body["responses"]!.AsArray().ToDictionary(r => (string)r!["id"]!, r => r!.AsObject());
        Assert.Equal(200, (int)steps["anna"]["status"]!);
        Assert.Equal(429, (int)steps["ben"]["status"]!);
        Assert.Equal("7", (string?)steps["ben"]["headers"]!["Retry-After"]);
        Assert.Equal("TooManyRequests", (string?)steps["ben"]["body"]!["error"]!["code"]);
    }

    private static JsonObject Batch(params JsonObject[] steps) => new() { ["requests"] = new JsonArray(steps) };

    private static JsonObject Step(string id, string method, string url, JsonObject? body = null, string? dependsOn = null)
    {
        var step = new JsonObject { ["id"] = id, ["method"] = method, ["url"] = url };
        if (body is not null)
        {
            step["body"] = body;
            step["headers"] = new JsonObject { ["Content-Type"] = "application/json" };
        }

        if (dependsOn is not null)
        {
            step["dependsOn"] = new JsonArray(dependsOn);
        }

        return step;
    }

    private static JsonObject EventBody(string subject, string zone) => new()
    {
        ["subject"] = subject,
        ["start"] = new JsonObject { ["dateTime"] = "2026-12-02T09:00:00", ["timeZone"] = zone },
        ["end"] = new JsonObject { ["dateTime"] = "2026-12-02T10:00:00", ["timeZone"] = zone },
    };
}
