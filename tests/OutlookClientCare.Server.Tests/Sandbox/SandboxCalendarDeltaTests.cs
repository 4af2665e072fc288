using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using OutlookClientCare.GraphSandbox.Hosting;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Sandbox;

/// <summary>calendarView/delta as Graph documents it: a window, pages of odata.maxpagesize, then only the changes.</summary>
public sealed class SandboxCalendarDeltaTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
    private const string Window = "startDateTime=2026-11-30T00:00:00Z&endDateTime=2026-12-07T00:00:00Z";

    [Fact]
    public async Task TheFirstRoundPagesTheWindowAndTheDeltaLinkReturnsOnlyWhatChanged()
    {
        var clock = new FakeTimeProvider(Now);
        await using var host = await GraphSandboxHost.StartAsync(Create(SandboxCalendarTests.WithEvents(Anna, Meeting("AAMkOne", 9), Meeting("AAMkTwo", 11), Meeting("AAMkThree", 14))), clock);
        using var client = SandboxClients.Http(host);

        var ids = new List<string>();
        var (response, page) = await Get(client, $"me/calendarView/delta?{Window}", "odata.maxpagesize=2");
        Assert.Equal("odata.maxpagesize=2", response.Headers.GetValues("Preference-Applied").Single());
        var pages = 1;
        ids.AddRange(page["value"]!.AsArray().Select(e => (string)e!["id"]!));
        while (page["@odata.nextLink"] is { } next)
        {
            (_, page) = await Get(client, (string)next!, "odata.maxpagesize=2");
            ids.AddRange(page["value"]!.AsArray().Select(e => (string)e!["id"]!));
            pages++;
        }

        Assert.Contains("AAMkOne", ids);
        Assert.Contains("AAMkThree", ids);
        Assert.Contains("AAMkEventReview", ids);
        Assert.Equal((ids.Count + 1) / 2, pages);
        var deltaLink = (string)page["@odata.deltaLink"]!;
        Assert.Contains("$deltatoken=", Uri.UnescapeDataString(deltaLink), StringComparison.Ordinal);

        var (_, unchanged) = await Get(client, deltaLink);
        Assert.Empty(unchanged["value"]!.AsArray());

        clock.Advance(TimeSpan.FromMinutes(5));
        host.ActAsUserInOutlookMoveEvent(Anna, "AAMkTwo", TimeSpan.FromHours(1));
        host.ActAsUserInOutlookDeleteEvent(Anna, "AAMkThree");
        var (_, changes) = await Get(client, (string)unchanged["@odata.deltaLink"]!);

        var changed = changes["value"]!.AsArray().Select(e => e!.AsObject()).ToList();
        Assert.Equal(2, changed.Count);
        Assert.Equal("2026-12-01T12:00:00.0000000", (string?)changed.Single(e => (string?)e["id"] == "AAMkTwo")["start"]!["dateTime"]);
        Assert.Equal("deleted", (string?)changed.Single(e => (string?)e["id"] == "AAMkThree")["@removed"]!["reason"]);
    }

    [Theory]
    [InlineData("me/calendarView/delta", HttpStatusCode.BadRequest)]
    [InlineData($"me/calendarView/delta?{Window}&$select=subject", HttpStatusCode.BadRequest)]
    [InlineData("me/calendarView/delta?$deltatoken=not-a-token", HttpStatusCode.BadRequest)]
    [InlineData($"me/calendarView/delta?{Window}", HttpStatusCode.OK)]
    public async Task DeltaNeedsAWindowTakesNoSelectAndRefusesAForgedToken(string url, HttpStatusCode expected)
    {
        await using var host = await GraphSandboxHost.StartAsync(Create(), new FakeTimeProvider(Now));
        using var client = SandboxClients.Http(host);

        var (response, _) = await Get(client, url);

        Assert.Equal(expected, response.StatusCode);
    }

    private static async Task<(HttpResponseMessage Response, JsonObject Body)> Get(HttpClient client, string url, string? prefer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (prefer is not null)
        {
            request.Headers.TryAddWithoutValidation("Prefer", prefer);
        }

        return await SandboxClients.SendJsonAsync(client, request);
    }

    private static JsonObject Meeting(string id, int hour) => new()
    {
        ["id"] = id,
        ["subject"] = "Termin " + id,
        ["start"] = new JsonObject { ["dateTime"] = $"2026-12-01T{hour:00}:00:00", ["timeZone"] = "UTC" },
        ["end"] = new JsonObject { ["dateTime"] = $"2026-12-01T{hour + 1:00}:00:00", ["timeZone"] = "UTC" },
    };
}
