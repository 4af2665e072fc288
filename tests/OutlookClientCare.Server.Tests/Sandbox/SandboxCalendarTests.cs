using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using OutlookClientCare.GraphSandbox.Hosting;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Sandbox;

public sealed class SandboxCalendarTests
{
    // EU clocks go back on 2026-10-25, US clocks on 2026-11-01.
    private static readonly JsonObject BerlinStandUp = Series("AAMkBerlinStandUp", "2026-10-19T09:00:00", "2026-10-19T09:30:00", "Europe/Berlin", new JsonObject
    {
        ["pattern"] = new JsonObject { ["type"] = "weekly", ["interval"] = 1, ["daysOfWeek"] = new JsonArray("monday", "thursday"), ["firstDayOfWeek"] = "monday" },
        ["range"] = new JsonObject { ["type"] = "endDate", ["startDate"] = "2026-10-19", ["endDate"] = "2026-11-05" },
    });

    private static readonly JsonObject NewYorkDaily = Series("AAMkNewYorkDaily", "2026-10-29T09:00:00", "2026-10-29T10:00:00", "Eastern Standard Time", new JsonObject
    {
        ["pattern"] = new JsonObject { ["type"] = "daily", ["interval"] = 1 },
        ["range"] = new JsonObject { ["type"] = "numbered", ["startDate"] = "2026-10-29", ["numberOfOccurrences"] = 6 },
    });

    [Fact]
    public async Task AWeeklyBerlinSeriesStaysAtNineLocalAcrossTheDstChangeAndMovesInUtc()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create(WithEvents(Anna, BerlinStandUp)));
        using var client = SandboxClients.Http(host);
        const string Window = "me/calendarView?startDateTime=2026-10-19T00:00:00Z&endDateTime=2026-11-09T00:00:00Z&$top=50";

        var (berlinResponse, berlin) = await client.GetJsonAsync(Window, "outlook.timezone=\"Europe/Berlin\"");
        var (_, utc) = await client.GetJsonAsync(Window);

        Assert.Equal("outlook.timezone=\"Europe/Berlin\"", berlinResponse.Headers.GetValues("Preference-Applied").Single());
        Assert.Equal(
            ["2026-10-19T09:00:00.0000000", "2026-10-22T09:00:00.0000000", "2026-10-26T09:00:00.0000000", "2026-10-29T09:00:00.0000000", "2026-11-02T09:00:00.0000000", "2026-11-05T09:00:00.0000000"],
            Starts(berlin));
        Assert.All(berlin["value"]!.AsArray(), e => Assert.Equal("Europe/Berlin", (string?)e!["start"]!["timeZone"]));
        Assert.Equal(
            ["2026-10-19T07:00:00.0000000", "2026-10-22T07:00:00.0000000", "2026-10-26T08:00:00.0000000", "2026-10-29T08:00:00.0000000", "2026-11-02T08:00:00.0000000", "2026-11-05T08:00:00.0000000"],
            Starts(utc));
        Assert.All(utc["value"]!.AsArray(), e => Assert.Equal("UTC", (string?)e!["start"]!["timeZone"]));
    }

    [Fact]
    public async Task ANewYorkSeriesSeenFromBerlinShiftsByAnHourOnlyBetweenTheTwoDstChanges()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create(WithEvents(Anna, NewYorkDaily)));
        var graph = SandboxClients.Graph(host);

        var inNewYork = await CalendarView(graph, "America/New_York", "2026-10-28T00:00:00Z", "2026-11-06T00:00:00Z");
        var inBerlin = await CalendarView(graph, "W. Europe Standard Time", "2026-10-28T00:00:00Z", "2026-11-06T00:00:00Z");

        Assert.Equal(6, inNewYork.Count);
        Assert.All(inNewYork, e => Assert.EndsWith("T09:00:00.0000000", e.Start!.DateTime, StringComparison.Ordinal));
        Assert.All(inNewYork, e => Assert.Equal("America/New_York", e.Start!.TimeZone));
        // 09:00 New York is 15:00 Berlin, except in the week the EU is already on winter time and the US is not.
        Assert.Equal(["14:00", "14:00", "14:00", "15:00", "15:00", "15:00"], inBerlin.Select(e => e.Start!.DateTime![11..16]));
        Assert.Equal("W. Europe Standard Time", inBerlin[0].Start!.TimeZone);
    }

    [Fact]
    public async Task OccurrencesCarryTheirSeriesAndCancelledOnesAreLeftOut()
    {
        var series = (JsonObject)BerlinStandUp.DeepClone();
        series["cancelledOccurrences"] = new JsonArray("OID.AAMkBerlinStandUp.2026-10-22");
        await using var host = await GraphSandboxHost.StartAsync(Create(WithEvents(Anna, series)));
        var graph = SandboxClients.Graph(host);

        var view = await CalendarView(graph, "Europe/Berlin", "2026-10-19T00:00:00Z", "2026-10-27T00:00:00Z");

        Assert.Equal(["2026-10-19", "2026-10-26"], view.Select(e => e.Start!.DateTime![..10]));
        Assert.All(view, e =>
        {
            Assert.Equal(EventType.Occurrence, e.Type);
            Assert.Equal("AAMkBerlinStandUp", e.SeriesMasterId);
            Assert.Null(e.Recurrence);
        });
        var fetched = await graph.Me.Events[view[1].Id].GetAsync();
        Assert.Equal(view[1].Start!.DateTime, (await graph.Me.Events[view[1].Id].GetAsync(r => r.Headers.Add("Prefer", "outlook.timezone=\"Europe/Berlin\"")))!.Start!.DateTime);
        Assert.Equal(EventType.Occurrence, fetched!.Type);
    }

    [Fact]
    public async Task MonthlyAndIntervalPatternsExpandOnTheirDays()
    {
        var monthly = Series("AAMkMonthly", "2026-09-15T14:00:00", "2026-09-15T15:00:00", "Europe/Berlin", new JsonObject
        {
            ["pattern"] = new JsonObject { ["type"] = "absoluteMonthly", ["interval"] = 1, ["dayOfMonth"] = 15 },
            ["range"] = new JsonObject { ["type"] = "noEnd", ["startDate"] = "2026-09-15" },
        });
        var everyOtherWeek = Series("AAMkBiweekly", "2026-11-02T16:00:00", "2026-11-02T16:30:00", "Europe/Berlin", new JsonObject
        {
            ["pattern"] = new JsonObject { ["type"] = "weekly", ["interval"] = 2, ["daysOfWeek"] = new JsonArray("monday") },
            ["range"] = new JsonObject { ["type"] = "noEnd", ["startDate"] = "2026-11-02" },
        });
        await using var host = await GraphSandboxHost.StartAsync(Create(WithEvents(Anna, monthly, everyOtherWeek)));
        var graph = SandboxClients.Graph(host);

        var view = await CalendarView(graph, "Europe/Berlin", "2026-11-01T00:00:00Z", "2027-01-01T00:00:00Z");

        Assert.Equal(
            ["2026-11-02 AAMkBiweekly", "2026-11-15 AAMkMonthly", "2026-11-16 AAMkBiweekly", "2026-11-30 AAMkBiweekly", "2026-12-01 AAMkEventReview", "2026-12-14 AAMkBiweekly", "2026-12-15 AAMkMonthly", "2026-12-28 AAMkBiweekly"],
            view.Select(e => $"{e.Start!.DateTime![..10]} {e.SeriesMasterId ?? e.Id}"));
    }

    [Fact]
    public async Task CalendarViewPagesAndSelectsLikeTheOtherCollections()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create(WithEvents(Anna, NewYorkDaily)));
        using var client = SandboxClients.Http(host);

        var (_, first) = await client.GetJsonAsync("me/calendarView?startDateTime=2026-10-01T00:00:00Z&endDateTime=2026-12-31T00:00:00Z&$top=4&$select=subject,start,end,showAs");
        var (_, second) = await client.GetJsonAsync((string)first["@odata.nextLink"]!);

        Assert.Equal(4, first["value"]!.AsArray().Count);
        Assert.Equal(3, second["value"]!.AsArray().Count);
        Assert.False(second.ContainsKey("@odata.nextLink"));
        Assert.Equal(["@odata.etag", "end", "id", "showAs", "start", "subject"], first["value"]![0]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CalendarViewWithoutATimeWindowIs400()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        using var client = SandboxClients.Http(host);

        var (response, body) = await client.GetJsonAsync("me/calendarView?startDateTime=2026-10-01T00:00:00Z");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("ErrorInvalidParameter", (string?)body["error"]!["code"]);
    }

    [Fact]
    public async Task ASecondPostWithTheSameTransactionIdReturnsTheFirstEventInsteadOfADuplicate()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        var graph = SandboxClients.Graph(host);

        var first = await graph.Me.Events.PostAsync(Block("tx-2026-12-02"));
        var retry = await graph.Me.Events.PostAsync(Block("tx-2026-12-02"));
        var other = await graph.Me.Events.PostAsync(Block("tx-2026-12-03"));

        using var client = SandboxClients.Http(host);
        var (rawRetry, rawBody) = await client.SendJsonAsync(HttpMethod.Post, "me/events", new JsonObject
        {
            ["subject"] = "Kundenzeit",
            ["transactionId"] = "tx-2026-12-02",
            ["start"] = new JsonObject { ["dateTime"] = "2026-12-02T09:00:00", ["timeZone"] = "Europe/Berlin" },
            ["end"] = new JsonObject { ["dateTime"] = "2026-12-02T10:00:00", ["timeZone"] = "Europe/Berlin" },
        });

        Assert.Equal(HttpStatusCode.Created, rawRetry.StatusCode);
        Assert.Equal(first!.Id, (string?)rawBody["id"]);
        Assert.Equal(first.Id, retry!.Id);
        Assert.NotEqual(first.Id, other!.Id);
        Assert.Equal(1, host.EventsOf(Anna).Count(e => (string?)e["transactionId"] == "tx-2026-12-02"));
        Assert.Equal(BodyType.Html, first.Body!.ContentType);
        Assert.Equal(FreeBusyStatus.Busy, first.ShowAs);
        Assert.Equal(["Kundenzeit"], first.Categories);
    }

    [Fact]
    public async Task ExtendedPropertiesComeBackOnlyWhenExpandedAndCanBeFilteredOn()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        var graph = SandboxClients.Graph(host);
        var ours = await graph.Me.Events.PostAsync(Block("tx-1"));

        var plain = await graph.Me.Events[ours!.Id].GetAsync();
        var expanded = await graph.Me.Events[ours.Id].GetAsync(r => r.QueryParameters.Expand = [$"singleValueExtendedProperties($filter=id eq '{OurTag}')"]);
        var tagged = await graph.Me.Events.GetAsync(r => r.QueryParameters.Filter = $"singleValueExtendedProperties/Any(ep: ep/id eq '{OurTag}' and ep/value eq 'block')");
        var wrongValue = await graph.Me.Events.GetAsync(r => r.QueryParameters.Filter = $"singleValueExtendedProperties/Any(ep: ep/id eq '{OurTag}' and ep/value eq 'other')");

        Assert.Null(plain!.SingleValueExtendedProperties);
        Assert.Equal("block", Assert.Single(expanded!.SingleValueExtendedProperties!).Value);
        Assert.Equal([ours.Id], tagged!.Value!.Select(e => e.Id));
        Assert.Empty(wrongValue!.Value!);
        Assert.Equal(2, host.EventsOf(Anna).Count);
    }

    [Fact]
    public async Task AnEventCanBeMovedAndDeletedAndAMissingOneIs404()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        var graph = SandboxClients.Graph(host);
        var block = await graph.Me.Events.PostAsync(Block("tx-move"));

        var moved = await graph.Me.Events[block!.Id].PatchAsync(new Event
        {
            Start = new DateTimeTimeZone { DateTime = "2026-12-02T13:00:00", TimeZone = "Europe/Berlin" },
            End = new DateTimeTimeZone { DateTime = "2026-12-02T14:00:00", TimeZone = "Europe/Berlin" },
        }, r => r.Headers.Add("Prefer", "outlook.timezone=\"Europe/Berlin\""));
        await graph.Me.Events[block.Id].DeleteAsync();
        var gone = await Assert.ThrowsAsync<ODataError>(() => graph.Me.Events[block.Id].GetAsync());

        Assert.Equal("2026-12-02T13:00:00.0000000", moved!.Start!.DateTime);
        Assert.Equal(404, gone.ResponseStatusCode);
        Assert.Equal("ErrorItemNotFound", gone.Error!.Code);
    }

    [Fact]
    public async Task AllDayAndCancelledEventsKeepTheirFlagsAndAllDayStaysMidnightInAnyZone()
    {
        var holiday = new JsonObject
        {
            ["id"] = "AAMkHoliday",
            ["subject"] = "Feiertag",
            ["isAllDay"] = true,
            ["showAs"] = "free",
            ["start"] = new JsonObject { ["dateTime"] = "2026-12-08T00:00:00", ["timeZone"] = "Europe/Berlin" },
            ["end"] = new JsonObject { ["dateTime"] = "2026-12-09T00:00:00", ["timeZone"] = "Europe/Berlin" },
        };
        var cancelled = new JsonObject
        {
            ["id"] = "AAMkCancelled",
            ["subject"] = "Abgesagt: Jour fixe",
            ["isCancelled"] = true,
            ["start"] = new JsonObject { ["dateTime"] = "2026-12-08T10:00:00", ["timeZone"] = "Europe/Berlin" },
            ["end"] = new JsonObject { ["dateTime"] = "2026-12-08T11:00:00", ["timeZone"] = "Europe/Berlin" },
        };
        await using var host = await GraphSandboxHost.StartAsync(Create(WithEvents(Anna, holiday, cancelled)));
        var graph = SandboxClients.Graph(host);

        var view = await CalendarView(graph, "America/New_York", "2026-12-08T05:00:00Z", "2026-12-09T05:00:00Z");

        var allDay = view.Single(e => e.Id == "AAMkHoliday");
        Assert.True(allDay.IsAllDay);
        Assert.Equal(FreeBusyStatus.Free, allDay.ShowAs);
        Assert.Equal("2026-12-08T00:00:00.0000000", allDay.Start!.DateTime);
        Assert.True(view.Single(e => e.Id == "AAMkCancelled").IsCancelled);
    }

    [Fact]
    public async Task AnEventInAnUnknownTimeZoneIsRefused()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        using var client = SandboxClients.Http(host);

        var (response, body) = await client.SendJsonAsync(HttpMethod.Post, "me/events", new JsonObject
        {
            ["subject"] = "x",
            ["start"] = new JsonObject { ["dateTime"] = "2026-12-02T09:00:00", ["timeZone"] = "Mars/Olympus" },
            ["end"] = new JsonObject { ["dateTime"] = "2026-12-02T10:00:00", ["timeZone"] = "Mars/Olympus" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("TimeZoneNotSupportedException", (string?)body["error"]!["code"]);
    }

    [Fact]
    public async Task APropertyGraphDoesNotKnowIsRefusedLikeGraphRefusesIt()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        using var client = SandboxClients.Http(host);

        var (response, body) = await client.SendJsonAsync(HttpMethod.Post, "me/events", new JsonObject
        {
            ["subject"] = "x",
            ["showAS"] = "busy",
            ["start"] = new JsonObject { ["dateTime"] = "2026-12-02T09:00:00", ["timeZone"] = "UTC" },
            ["end"] = new JsonObject { ["dateTime"] = "2026-12-02T10:00:00", ["timeZone"] = "UTC" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("RequestBodyRead", (string?)body["error"]!["code"]);
        Assert.Contains("'showAS'", (string?)body["error"]!["message"], StringComparison.Ordinal);
        Assert.Single(host.EventsOf(Anna));
    }

    [Fact]
    public async Task AnotherUsersCalendarIsReachedThroughUsersIdAndCountedForThatUser()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create(WithEvents(Ben, NewYorkDaily)));
        var graph = SandboxClients.Graph(host, Anna);

        var view = await graph.Users[BenId].CalendarView.GetAsync(r =>
        {
            r.QueryParameters.StartDateTime = "2026-10-28T00:00:00Z";
            r.QueryParameters.EndDateTime = "2026-11-06T00:00:00Z";
        });

        Assert.Equal(6, view!.Value!.Count);
        Assert.Equal(1, host.Counters.Get("GET /me/calendarView", Ben));
        Assert.Equal(0, host.Counters.Get("GET /me/calendarView", Anna));
    }

    internal static JsonObject Series(string id, string start, string end, string zone, JsonObject recurrence) => new()
    {
        ["id"] = id,
        ["subject"] = "Serie " + id,
        ["start"] = new JsonObject { ["dateTime"] = start, ["timeZone"] = zone },
        ["end"] = new JsonObject { ["dateTime"] = end, ["timeZone"] = zone },
        ["type"] = "seriesMaster",
        ["recurrence"] = recurrence,
    };

    internal static Action<JsonObject> WithEvents(string user, params JsonObject[] events) => seed =>
    {
        var target = seed["users"]!.AsArray().Single(u => (string?)u!["userPrincipalName"] == user)!.AsObject();
        var list = target["events"] as JsonArray ?? [];
        foreach (var calendarEvent in events)
        {
            list.Add(calendarEvent.DeepClone());
        }

        target["events"] = list;
    };

    internal static Event Block(string transactionId) => new()
    {
        Subject = "Kundenzeit",
        Start = new DateTimeTimeZone { DateTime = "2026-12-02T09:00:00", TimeZone = "Europe/Berlin" },
        End = new DateTimeTimeZone { DateTime = "2026-12-02T10:00:00", TimeZone = "Europe/Berlin" },
        ShowAs = FreeBusyStatus.Busy,
        Categories = ["Kundenzeit"],
        TransactionId = transactionId,
        SingleValueExtendedProperties = [new SingleValueLegacyExtendedProperty { Id = OurTag, Value = "block" }],
    };

    private static async Task<List<Event>> CalendarView(Microsoft.Graph.GraphServiceClient graph, string zone, string from, string to)
    {
        var page = await graph.Me.CalendarView.GetAsync(r =>
        {
            r.QueryParameters.StartDateTime = from;
            r.QueryParameters.EndDateTime = to;
            r.QueryParameters.Top = 100;
            r.Headers.Add("Prefer", $"outlook.timezone=\"{zone}\"");
        });
        return page!.Value!;
    }

    private static string[] Starts(JsonObject page) =>
        [.. page["value"]!.AsArray().Select(e => (string)e!["start"]!["dateTime"]!)];
}
