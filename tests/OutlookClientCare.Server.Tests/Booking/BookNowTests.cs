using System.Text.Json.Nodes;
using OutlookClientCare.GraphSandbox.Faults;
using static OutlookClientCare.Server.Tests.Booking.BookingTestKit;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Booking;

public sealed class BookNowTests
{
    [Fact]
    public async Task BookingTenWorkingDaysCreatesExactlyTenTaggedBusyEventsAroundTheMeeting()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock);
        var anna = app.ClientFor(Anna);
        await PutSettingsAsync(anna, s => s["horizonDays"] = 14);

        var result = await BookAsync(anna);

        Assert.Equal(10, result.GetProperty("created").GetInt32());
        var ours = app.OurEventsOf(Anna);
        Assert.Equal(10, ours.Count);
        Assert.Equal(10, ours.Select(Tag).Distinct().Count());
        Assert.All(ours, e =>
        {
            Assert.Equal("Kundenzeit: Antworten & Rückrufe", (string?)e["subject"]);
            Assert.Equal("busy", (string?)e["showAs"]);
            Assert.Contains("OutlookClientCare", e["categories"]!.AsArray().Select(c => (string?)c));
            Assert.NotEqual(DayOfWeek.Saturday, WallStart(e).DayOfWeek);
            Assert.NotEqual(DayOfWeek.Sunday, WallStart(e).DayOfWeek);
        });
        var review = sandbox.EventsOf(Anna).Single(e => (string?)e["id"] == "AAMkEventReview");
        var tuesday = ours.Single(e => WallStart(e).Date == new DateTime(2026, 12, 1));
        Assert.True(WallEnd(tuesday) <= WallStart(review) || WallStart(tuesday) >= WallEnd(review), "the block overlaps the meeting");
        Assert.Equal(1, sandbox.Counters.Get("GET /me/calendarView", Anna));
        Assert.Equal(10, sandbox.Counters.Get("POST /me/events", Anna));
        Assert.Equal(10, (await BlocksAsync(anna)).Count(b => b.GetProperty("state").GetString() == "booked"));
    }

    [Fact]
    public async Task DemoModeBooksThroughItsOwnSandboxMountedUnderAPathPrefix()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock, kestrel: true, inProcessGraph: true);
        var anna = app.ClientFor(Anna);

        var result = await BookAsync(anna);

        Assert.Equal(8, result.GetProperty("created").GetInt32());
        Assert.Equal(8, app.OurEventsOf(Anna).Count);
        Assert.Equal(0, sandbox.Counters.Get("POST /me/events", Anna));
    }

    [Fact]
    public async Task BookingTwiceCreatesNothingNew()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock);
        var anna = app.ClientFor(Anna);
        await PutSettingsAsync(anna, s => s["horizonDays"] = 14);
        await BookAsync(anna);

        var again = await BookAsync(anna);

        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.Equal(0, again.GetProperty("moved").GetInt32());
        Assert.Equal(10, again.GetProperty("kept").GetInt32());
        Assert.Equal(10, app.OurEventsOf(Anna).Count);
        Assert.Equal(10, sandbox.Counters.Get("POST /me/events", Anna));
    }

    [Fact]
    public async Task ARerunAfterACrashThatLostTheRecordsOfSomeCreatesLeavesNoDuplicatesAndNoGaps()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;

        // The first process gets four of ten creates through, then dies before it records anything:
        // its database is gone, only the events in Outlook remain.
        sandbox.Faults.Add(new FaultRule { Kind = FaultKind.TooManyRequests, Route = "POST /me/events", User = Anna, Count = 6, RetryAfterSeconds = 0 });
        using (var crashed = new BookingApp(sandbox, clock, settings: new Dictionary<string, string?> { ["Graph:MaxBatchRetries"] = "0" }))
        {
            var first = crashed.ClientFor(Anna);
            await PutSettingsAsync(first, s => s["horizonDays"] = 14);
            var partial = await BookAsync(first);
            Assert.Equal(4, partial.GetProperty("created").GetInt32());
        }

        Assert.Equal(4, BookingApp.OurEventsOf(sandbox, Anna).Count);
        await using var restarted = new BookingApp(sandbox, clock);
        var anna = restarted.ClientFor(Anna);
        await PutSettingsAsync(anna, s => s["horizonDays"] = 14);

        var rerun = await BookAsync(anna);

        Assert.Equal(6, rerun.GetProperty("created").GetInt32());
        var ours = restarted.OurEventsOf(Anna);
        Assert.Equal(10, ours.Count);
        Assert.Equal(10, ours.Select(Tag).Distinct().Count());
        Assert.Equal(10, (await BlocksAsync(anna)).Count(b => b.GetProperty("state").GetString() == "booked"));
    }

    [Fact]
    public async Task AStormOf429sIsRiddenOutWithoutDuplicates()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock);
        var anna = app.ClientFor(Anna);
        await PutSettingsAsync(anna, s => s["horizonDays"] = 14);
        sandbox.Faults.Add(new FaultRule { Kind = FaultKind.TooManyRequests, Route = "GET /me/calendarView", User = Anna, Count = 2, RetryAfterSeconds = 0 });
        sandbox.Faults.Add(new FaultRule { Kind = FaultKind.TooManyRequests, Route = "POST /me/events", User = Anna, Count = 15, RetryAfterSeconds = 0 });
        sandbox.Faults.Add(new FaultRule { Kind = FaultKind.TooManyRequests, Route = "POST /$batch", Count = 1, RetryAfterSeconds = 0 });

        var result = await BookAsync(anna);

        Assert.Equal(10, result.GetProperty("created").GetInt32());
        Assert.Equal(0, result.GetProperty("failed").GetInt32());
        Assert.Equal(10, app.OurEventsOf(Anna).Count);
        Assert.Equal(25, sandbox.Counters.Get("POST /me/events", Anna));
    }

    [Fact]
    public async Task HandEditsAreRespectedADeletedBlockStaysDeletedAndAMovedBlockStaysWhereTheUserPutIt()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock);
        var anna = app.ClientFor(Anna);
        await PutSettingsAsync(anna, s => s["horizonDays"] = 14);
        await BookAsync(anna);
        var ours = app.OurEventsOf(Anna);
        var monday = ours.Single(e => WallStart(e).Date == new DateTime(2026, 11, 30));
        var wednesday = ours.Single(e => WallStart(e).Date == new DateTime(2026, 12, 2));
        sandbox.ActAsUserInOutlookDeleteEvent(Anna, (string)monday["id"]!);
        var moved = sandbox.ActAsUserInOutlookMoveEvent(Anna, (string)wednesday["id"]!, TimeSpan.FromHours(4));

        var again = await BookAsync(anna);

        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.Equal(0, again.GetProperty("moved").GetInt32());
        Assert.Equal(9, app.OurEventsOf(Anna).Count);
        Assert.Equal(WallStart(moved), WallStart(sandbox.EventsOf(Anna).Single(e => (string?)e["id"] == (string?)wednesday["id"])));
        var blocks = await BlocksAsync(anna);
        Assert.Equal("deleted-by-user", blocks.Single(b => b.GetProperty("date").GetString() == "2026-11-30").GetProperty("state").GetString());
        Assert.Equal("moved-by-user", blocks.Single(b => b.GetProperty("date").GetString() == "2026-12-02").GetProperty("state").GetString());
    }

    [Fact]
    public async Task ABlockTheUserDeletedAndThenRestoredIsLeftWhereItIs()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock);
        var anna = app.ClientFor(Anna);
        await BookAsync(anna);
        var monday = app.OurEventsOf(Anna).Single(e => WallStart(e).Date == new DateTime(2026, 11, 30));
        sandbox.ActAsUserInOutlookDeleteEvent(Anna, (string)monday["id"]!);
        await BookAsync(anna);
        var restored = (JsonObject)monday.DeepClone();
        restored.Remove("id");
        var back = sandbox.ActAsUserInOutlookAddEvent(Anna, restored);

        var again = await BookAsync(anna);

        Assert.Equal(0, again.GetProperty("deleted").GetInt32());
        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.Contains(app.OurEventsOf(Anna), e => (string?)e["id"] == (string?)back["id"]);
        var record = (await BlocksAsync(anna)).Single(b => b.GetProperty("date").GetString() == "2026-11-30");
        Assert.Equal("moved-by-user", record.GetProperty("state").GetString());
        Assert.Equal((string?)back["id"], record.GetProperty("eventId").GetString());
    }

    [Fact]
    public async Task EventsWithoutOurTagAreNeverModifiedEvenWhenTheyLookLikeOursOrARecordNamesThem()
    {
        var lookalike = new JsonObject
        {
            ["id"] = "AAMkLookalike",
            ["subject"] = "Kundenzeit: Antworten & Rückrufe",
            ["categories"] = new JsonArray("OutlookClientCare"),
            ["start"] = new JsonObject { ["dateTime"] = "2026-11-30T09:00:00", ["timeZone"] = "Europe/Berlin" },
            ["end"] = new JsonObject { ["dateTime"] = "2026-11-30T10:00:00", ["timeZone"] = "Europe/Berlin" },
        };
        var (sandbox, clock) = await BookingApp.StartSandboxAsync(seed =>
            seed["users"]![0]!["events"]!.AsArray().Add(lookalike));
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock);
        var anna = app.ClientFor(Anna);
        await PutSettingsAsync(anna, s => s["horizonDays"] = 14);
        var before = sandbox.EventsOf(Anna).Where(e => (string?)e["id"] is "AAMkLookalike" or "AAMkEventReview").Select(e => e.ToJsonString()).ToList();
        await BookingDatabase.AddRecordAsync(app, Anna, AnnaId, new DateOnly(2026, 12, 1), "AAMkEventReview");

        var result = await BookAsync(anna);

        Assert.Equal(9, result.GetProperty("created").GetInt32());
        Assert.Equal(0, sandbox.Counters.Get("PATCH /me/events/{id}", Anna));
        Assert.Equal(0, sandbox.Counters.Get("DELETE /me/events/{id}", Anna));
        Assert.Equal(before, sandbox.EventsOf(Anna).Where(e => (string?)e["id"] is "AAMkLookalike" or "AAMkEventReview").Select(e => e.ToJsonString()).ToList());
        var monday = app.OurEventsOf(Anna).Single(e => WallStart(e).Date == new DateTime(2026, 11, 30));
        Assert.True(WallStart(monday) >= new DateTime(2026, 11, 30, 10, 0, 0) || WallEnd(monday) <= new DateTime(2026, 11, 30, 9, 0, 0));
    }
}
