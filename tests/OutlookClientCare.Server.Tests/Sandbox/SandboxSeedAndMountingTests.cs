using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;
using OutlookClientCare.GraphSandbox.Data;
using OutlookClientCare.GraphSandbox.Hosting;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Sandbox;

public sealed class SandboxSeedAndMountingTests
{
    [Fact]
    public void ShiftingTheSeedMovesMessagesByWholeWeeksAndKeepsMeetingsAtTheirLocalTimeAcrossDst()
    {
        // 2027-03-31 is a Wednesday: the anchor Monday 2026-11-30 moves 17 weeks to Monday 2027-03-29,
        // the day after Berlin switched to summer time.
        var tenant = SandboxTenant.FromJson(SandboxTestTenant.Json(), new DateTimeOffset(2027, 3, 31, 15, 0, 0, TimeSpan.Zero));

        var anna = tenant.User(Anna);
        Assert.Equal(new DateOnly(2027, 3, 29), tenant.Anchor);
        Assert.Equal("2027-03-19T08:00:00Z", (string?)anna.SnapshotMessages().Single(m => (string?)m["id"] == "AAMkMessage00")["receivedDateTime"]);
        var review = anna.SnapshotEvents().Single(e => (string?)e["id"] == "AAMkEventReview");
        Assert.Equal("2027-03-30T10:00:00.0000000", (string?)review["start"]!["dateTime"]);
        Assert.Equal("Europe/Berlin", (string?)review["start"]!["timeZone"]);
    }

    [Fact]
    public void ShiftingMovesRecurrenceRangesAndCancelledOccurrencesWithTheSeries()
    {
        var series = SandboxCalendarTests.Series("AAMkSeries", "2026-12-01T09:00:00", "2026-12-01T09:30:00", "Europe/Berlin", new JsonObject
        {
            ["pattern"] = new JsonObject { ["type"] = "daily", ["interval"] = 1 },
            ["range"] = new JsonObject { ["type"] = "endDate", ["startDate"] = "2026-12-01", ["endDate"] = "2026-12-10" },
        });
        series["cancelledOccurrences"] = new JsonArray("OID.AAMkSeries.2026-12-03");

        var tenant = SandboxTenant.FromJson(SandboxTestTenant.Json(SandboxCalendarTests.WithEvents(Anna, series)), new DateTimeOffset(2026, 12, 9, 0, 0, 0, TimeSpan.Zero));

        var shifted = tenant.User(Anna).SnapshotEvents().Single(e => (string?)e["id"] == "AAMkSeries");
        Assert.Equal("2026-12-08", (string?)shifted["recurrence"]!["range"]!["startDate"]);
        Assert.Equal("2026-12-17", (string?)shifted["recurrence"]!["range"]!["endDate"]);
        Assert.Equal("OID.AAMkSeries.2026-12-10", (string?)shifted["cancelledOccurrences"]![0]);
    }

    [Theory]
    [InlineData("{\"users\": []}", "anchor")]
    [InlineData("{\"anchor\": \"2026-11-30\"}", "users")]
    [InlineData("{\"anchor\": \"2026-11-30\", \"users\": [{\"userPrincipalName\": \"a@x\"}, {\"userPrincipalName\": \"A@x\"}]}", "twice")]
    [InlineData("not json", "not valid JSON")]
    public void ABrokenSeedFailsWithAMessageThatSaysWhat(string json, string expected)
    {
        var error = Assert.Throws<FormatException>(() => SandboxTenant.FromJson(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GeneratedTenantsAreTheSameForTheSameSeedAndHaveWorkingHoursAndMeetings()
    {
        var tenant = SandboxTenant.Generate(1000, seed: 3);
        var again = SandboxTenant.Generate(1000, seed: 3);
        var other = SandboxTenant.Generate(1000, seed: 4);

        Assert.Equal(1000, tenant.Users.Select(u => u.UserPrincipalName).Distinct().Count());
        Assert.All(tenant.Users, u => Assert.NotNull(u.SnapshotMailboxSettings()["workingHours"]));
        Assert.All(tenant.Users, u => Assert.Equal(7, u.SnapshotEvents().Count));
        Assert.Equal(Times(tenant.Users[500]), Times(again.Users[500]));
        Assert.NotEqual(Times(tenant.Users[500]), Times(other.Users[500]));

        static string Times(SandboxUser user) => string.Join(",", user.SnapshotEvents().Select(e => (string?)e["start"]!["dateTime"]));
    }

    [Fact]
    public void TheDemoSeedLoadsIntoTheCurrentWeekOrItsAbsenceIsNamed()
    {
        var now = new DateTimeOffset(2027, 2, 10, 12, 0, 0, TimeSpan.Zero);
        var error = Record.Exception(() => SandboxTenant.LoadDemo(new FakeTimeProvider(now)));

        if (error is null)
        {
            Assert.Equal(new DateOnly(2027, 2, 8), SandboxTenant.LoadDemo(new FakeTimeProvider(now)).Anchor);
        }
        else
        {
            Assert.IsType<InvalidOperationException>(error);
            Assert.Contains("Seed/demo-tenant.json", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheSandboxMountsInAnExistingAppUnderItsBasePathWithAdminRoutesBeside()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddGraphSandbox(_ => Create());
        await using var app = builder.Build();
        app.MapGraphSandbox("/graph-sandbox/v1.0");
        await app.StartAsync();
        using var client = app.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "sandbox:" + Anna);

        var (me, body) = await client.GetJsonAsync("/graph-sandbox/v1.0/me");
        var (page, messages) = await client.GetJsonAsync("/graph-sandbox/v1.0/me/messages");
        var (counters, _) = await client.GetJsonAsync("/graph-sandbox/_sandbox/counters");

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(AnnaId, (string?)body["id"]);
        Assert.StartsWith("http://localhost/graph-sandbox/v1.0/me/messages?", (string?)messages["@odata.nextLink"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, counters.StatusCode);
    }
}
