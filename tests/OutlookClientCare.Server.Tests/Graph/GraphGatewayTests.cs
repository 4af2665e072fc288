using System.Diagnostics;
using System.Text.Json.Nodes;
using OutlookClientCare.Graph;
using OutlookClientCare.GraphSandbox.Faults;
using OutlookClientCare.GraphSandbox.Hosting;
using OutlookClientCare.Server.Tests.Sandbox;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Graph;

public sealed class GraphGatewayTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 0, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task AThreadOfThreePagesComesBackCompleteAndInTheOrderItWasWritten()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create(GatewayTestKit.WithLongThread("AAQkLong", 120)));
        var gateway = GatewayTestKit.Gateway(host);

        var thread = await gateway.GetThreadAsync("AAQkLong", default);

        Assert.Equal(120, thread.Count);
        Assert.Equal(Enumerable.Range(0, 120).Select(n => $"AAMkLong{n:000}"), thread.Select(m => m.Id));
        Assert.Equal(3, host.Counters.Get("GET /me/messages", Anna));
    }

    [Fact]
    public async Task AThreadThatFitsOnePageCostsOneRequestAndCarriesUniqueBody()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        var gateway = GatewayTestKit.Gateway(host);

        var thread = await gateway.GetThreadAsync(ThreadId, default);

        Assert.Equal(ThreadLength, thread.Count);
        Assert.Equal(1, host.Counters.Get("GET /me/messages", Anna));
        Assert.All(thread, m => Assert.DoesNotContain("Zitat", m.UniqueBody!.Content, StringComparison.Ordinal));
        Assert.True(thread.Zip(thread.Skip(1)).All(p => p.First.SentDateTime <= p.Second.SentDateTime));
    }

    [Fact]
    public async Task AQuoteInTheConversationIdCannotBreakTheFilter()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        var gateway = GatewayTestKit.Gateway(host);

        var thread = await gateway.GetThreadAsync("x' or subject eq 'y", default);

        Assert.Empty(thread);
    }

    [Fact]
    public async Task A429WithRetryAfterIsRetriedExactlyOnceAfterTheDelay()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        host.Faults.Add(new FaultRule { Kind = FaultKind.TooManyRequests, Route = "GET /me", User = Anna, Count = 1, RetryAfterSeconds = 1 });
        var gateway = GatewayTestKit.Gateway(host);

        var clock = Stopwatch.StartNew();
        var owner = await gateway.GetOwnerAsync(default);

        Assert.Equal("W. Europe Standard Time", owner.Settings.MailboxTimeZone);
        Assert.Equal(2, host.Counters.Get("GET /me", Anna));
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.95), $"retried after {clock.Elapsed.TotalSeconds:0.00} s, before the 1 s Retry-After");
    }

    [Fact]
    public async Task ThreeTimes503IsGivenUpAfterTwoRetriesAsUnavailable()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        host.Faults.Add(new FaultRule { Kind = FaultKind.ServiceUnavailable, Route = "GET /me", Count = 3, RetryAfterSeconds = 0 });
        var gateway = GatewayTestKit.Gateway(host);

        var error = await Assert.ThrowsAsync<GraphUnavailableException>(() => gateway.GetOwnerAsync(default));

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, error.GraphStatus);
        Assert.Equal(3, host.Counters.Get("GET /me", Anna));
    }

    [Fact]
    public async Task AnUnreachableGraphIsReportedAsUnavailableNotAsACrash()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var closedPort = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var gateway = GatewayTestKit.Connection($"http://127.0.0.1:{closedPort}/v1.0").Mailbox(AnnaId, GatewayTestKit.As(Anna, AnnaId));

        await Assert.ThrowsAsync<GraphUnavailableException>(() => gateway.GetOwnerAsync(default));
    }

    [Fact]
    public async Task ARetriedCreateWithTheSameTransactionIdLeavesExactlyOneEvent()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        var batches = GatewayTestKit.Batches(host);
        var draft = Block(new DateOnly(2026, 12, 2), 9);

        var first = await batches.CreateOurEventAsync(AnnaId, draft);
        var second = await batches.CreateOurEventAsync(AnnaId, draft);

        Assert.Equal(first.Id, second.Id);
        Assert.True(second.IsOurs);
        var ours = host.EventsOf(Anna).Where(e => (string?)e["transactionId"] == draft.TransactionId).ToList();
        var stored = Assert.Single(ours);
        Assert.Equal(OurEventTag.Category, (string?)stored["categories"]![0]);
        Assert.Equal("busy", (string?)stored["showAs"]);
    }

    [Fact]
    public async Task DeletingOrMovingAnEventWeDidNotCreateIsRefusedBeforeAnythingIsSent()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        var before = host.EventsOf(Anna).Select(e => e.ToJsonString()).ToList();
        var view = await GatewayTestKit.Gateway(host).GetCalendarViewAsync(Monday, Monday.AddDays(7), "Europe/Berlin", default);
        var theirs = Assert.Single(view, e => e.Id == "AAMkEventReview");
        Assert.False(theirs.IsOurs);
        var batches = GatewayTestKit.Batches(host);

        await Assert.ThrowsAsync<NotOurEventException>(() => batches.SendAsync([new DeleteEventRequest("d", AnnaId, theirs)], default));
        await Assert.ThrowsAsync<NotOurEventException>(() => batches.SendAsync([new MoveEventRequest("m", AnnaId, theirs, Monday.AddHours(12), Monday.AddHours(13), "Europe/Berlin")], default));

        Assert.Equal(before, host.EventsOf(Anna).Select(e => e.ToJsonString()));
        Assert.Equal(0, host.Counters.Get("POST /$batch"));
        Assert.Equal(0, host.Counters.Get("DELETE /me/events/{id}", Anna));
        Assert.Equal(0, host.Counters.Get("PATCH /me/events/{id}", Anna));
    }

    [Fact]
    public async Task OurBlockIsRecognisedInTheCalendarViewAndCanBeMovedAndDeletedInABatch()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        var gateway = GatewayTestKit.Gateway(host);
        var batches = GatewayTestKit.Batches(host);
        var created = await batches.CreateOurEventAsync(AnnaId, Block(new DateOnly(2026, 12, 1), 13));

        var view = await gateway.GetCalendarViewAsync(Monday, Monday.AddDays(7), "Europe/Berlin", default);
        var ours = Assert.Single(view, e => e.IsOurs);
        Assert.Equal(created.Id, ours.Id);
        Assert.Equal(OurEventTag.BlockValue(new DateOnly(2026, 12, 1)), ours.TagValue);
        Assert.Contains(view, e => e.Id == "AAMkEventReview" && !e.IsOurs);

        var newStart = new DateTimeOffset(2026, 12, 1, 15, 0, 0, TimeSpan.FromHours(1));
        var moved = await batches.SendAsync([new MoveEventRequest("m", AnnaId, ours, newStart, newStart.AddHours(1), "Europe/Berlin")], default);
        Assert.True(moved["m"].IsSuccess);
        var afterMove = Assert.Single(await gateway.GetCalendarViewAsync(Monday, Monday.AddDays(7), "Europe/Berlin", default), e => e.IsOurs);
        Assert.Equal(newStart, afterMove.Start);

        var deleted = await batches.SendAsync([new DeleteEventRequest("d", AnnaId, afterMove)], default);
        Assert.True(deleted["d"].IsSuccess);
        Assert.DoesNotContain(await gateway.GetCalendarViewAsync(Monday, Monday.AddDays(7), "Europe/Berlin", default), e => e.IsOurs);
    }

    [Fact]
    public async Task OurCreateArrivesWithEveryPropertyAndItsCalendarViewReadFromABatchAnswerIsTheSameAsTheSdksRead()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        var gateway = GatewayTestKit.Gateway(host);
        var batches = GatewayTestKit.Batches(host);
        var created = await batches.CreateOurEventAsync(AnnaId, Block(new DateOnly(2026, 12, 1), 13));
        Assert.True(created.IsOurs);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 13, 0, 0, TimeSpan.FromHours(1)), created.Start);

        var stored = host.EventsOf(Anna).Single(e => (string?)e["id"] == created.Id);
        Assert.Equal("Kundenzeit: Antworten & Rückrufe", (string?)stored["subject"]);
        Assert.Equal("<p>Heute wartet niemand.</p>", (string?)stored["body"]!["content"]);
        Assert.Equal("html", (string?)stored["body"]!["contentType"]);
        Assert.Equal("occ-test-20261201", (string?)stored["transactionId"]);
        Assert.Equal("busy", (string?)stored["showAs"]);
        Assert.False((bool)stored["isReminderOn"]!);
        Assert.Equal([OurEventTag.Category], stored["categories"]!.AsArray().Select(c => (string?)c));
        Assert.Equal("2026-12-01T13:00:00.0000000", (string?)stored["start"]!["dateTime"]);
        Assert.Equal("Europe/Berlin", (string?)stored["start"]!["timeZone"]);

        var sdk = await gateway.GetCalendarViewAsync(Monday, Monday.AddDays(7), "Europe/Berlin", default);
        var answers = await batches.SendAsync([new CalendarViewRequest("v", AnnaId, Monday, Monday.AddDays(7), "Europe/Berlin")], default);
        var batched = await batches.ReadCalendarViewAsync(answers["v"], AnnaId, "Europe/Berlin", default);

        Assert.Equal(sdk.Count, batched.Count);
        Assert.Contains(batched, e => e.IsOurs && e.Id == created.Id && e.TagValue == OurEventTag.BlockValue(new DateOnly(2026, 12, 1)));
        Assert.Contains(batched, e => !e.IsOurs);
        foreach (var (one, other) in sdk.OrderBy(e => e.Id).Zip(batched.OrderBy(e => e.Id)))
        {
            Assert.Equal(one with { Categories = [] }, other with { Categories = [] });
            Assert.Equal(one.Categories, other.Categories);
            Assert.Equal(one.IsOurs, other.IsOurs);
        }
    }

    [Fact]
    public async Task TheCalendarViewReadsEveryPageInTheUsersTimeZone()
    {
        var daily = SandboxCalendarTests.Series("AAMkDaily", "2026-01-05T08:00:00", "2026-01-05T08:15:00", "Europe/Berlin", new JsonObject
        {
            ["pattern"] = new JsonObject { ["type"] = "daily", ["interval"] = 1 },
            ["range"] = new JsonObject { ["type"] = "numbered", ["startDate"] = "2026-01-05", ["numberOfOccurrences"] = 1200 },
        });
        await using var host = await GraphSandboxHost.StartAsync(Create(SandboxCalendarTests.WithEvents(Anna, daily)));
        var gateway = GatewayTestKit.Gateway(host);

        var view = await gateway.GetCalendarViewAsync(
            new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2029, 6, 1, 0, 0, 0, TimeSpan.Zero), "Europe/Berlin", default);

        var occurrences = view.Where(e => e.Subject == "Serie AAMkDaily").ToList();
        Assert.Equal(1200, occurrences.Count);
        Assert.Equal(2, host.Counters.Get("GET /me/calendarView", Anna));
        // 08:00 in Berlin is 07:00 UTC in winter and 06:00 UTC in summer.
        Assert.All(occurrences, e => Assert.Equal(8, TimeZoneInfo.ConvertTime(e.Start, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).Hour));
        Assert.Contains(occurrences, e => e.Start.UtcDateTime.Hour == 6);
        Assert.Contains(occurrences, e => e.Start.UtcDateTime.Hour == 7);
    }

    [Fact]
    public async Task AReplyAllDraftPutsTheSummaryAboveTheQuotedThreadAndIsNeverSent()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        var gateway = GatewayTestKit.Gateway(host);
        var sentBefore = host.MessagesOf(Anna).Count(m => (string?)m["parentFolderId"] == "sentitems");

        var draft = await gateway.CreateReplyAllDraftAsync("AAMkMessage24", "<p>Zusammenfassung: Lieferung am 4.12.</p>", default);

        var stored = host.MessagesOf(Anna).Single(m => (string?)m["id"] == draft.Id);
        Assert.True((bool?)stored["isDraft"]);
        Assert.Equal(ThreadId, (string?)stored["conversationId"]);
        Assert.Equal((string?)stored["webLink"], draft.WebLink);
        var body = (string)stored["body"]!["content"]!;
        Assert.True(body.IndexOf("Zusammenfassung", StringComparison.Ordinal) < body.IndexOf("Nachricht 24", StringComparison.Ordinal));
        Assert.Contains(Client, stored["toRecipients"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(sentBefore, host.MessagesOf(Anna).Count(m => (string?)m["parentFolderId"] == "sentitems"));
    }

    [Fact]
    public async Task AFollowUpFlagCarriesItsStartAndDueDate()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        var gateway = GatewayTestKit.Gateway(host);
        var due = new DateTimeOffset(2026, 12, 4, 17, 0, 0, TimeSpan.FromHours(1));

        await gateway.SetFollowUpFlagAsync("AAMkMessage24", Monday.AddHours(9), due, "Europe/Berlin", default);

        var flag = host.MessagesOf(Anna).Single(m => (string?)m["id"] == "AAMkMessage24")["flag"]!;
        Assert.Equal("flagged", (string?)flag["flagStatus"]);
        Assert.StartsWith("2026-11-30T09:00:00", (string?)flag["startDateTime"]!["dateTime"], StringComparison.Ordinal);
        Assert.StartsWith("2026-12-04T17:00:00", (string?)flag["dueDateTime"]!["dateTime"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task FlaggingAMessageThatIsGoneFailsInsteadOfPassingSilently()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        var gateway = GatewayTestKit.Gateway(host);

        var error = await Assert.ThrowsAsync<GraphGatewayException>(() => gateway.SetFollowUpFlagAsync("AAMkNoSuchMessage", Monday, Monday.AddDays(1), "Europe/Berlin", default));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, error.GraphStatus);
    }

    [Fact]
    public async Task ABatchAcrossUsersResendsOnlyTheThrottledStepsAfterTheirRetryAfter()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        host.Faults.Add(new FaultRule { Kind = FaultKind.TooManyRequests, Route = "GET /me/mailboxSettings", User = Ben, Count = 1, RetryAfterSeconds = 1 });
        var batches = GatewayTestKit.Batches(host);

        var clock = Stopwatch.StartNew();
        var results = await batches.SendAsync([new OutlookSettingsRequest("anna", AnnaId), new OutlookSettingsRequest("ben", BenId)], default);

        Assert.All(results.Values, r => Assert.True(r.IsSuccess, $"{r.Id}: {(int)r.Status}"));
        Assert.Equal(1, results["anna"].Attempts);
        Assert.Equal(2, results["ben"].Attempts);
        Assert.Equal("Eastern Standard Time", (await GraphBatch.ReadOutlookSettingsAsync(results["ben"], default)).MailboxTimeZone);
        Assert.Equal(1, host.Counters.Get("GET /me/mailboxSettings", Anna));
        Assert.Equal(2, host.Counters.Get("GET /me/mailboxSettings", Ben));
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.95));
    }

    [Fact]
    public async Task ABatchOfMoreThanTwentyStepsIsSplitAndEveryStepAnswered()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        var batches = GatewayTestKit.Batches(host);
        var steps = Enumerable.Range(0, 45).Select(n => (BatchRequest)new OutlookSettingsRequest($"s{n}", n % 2 == 0 ? AnnaId : BenId)).ToList();

        var results = await batches.SendAsync(steps, default);

        Assert.Equal(45, results.Count);
        Assert.All(results.Values, r => Assert.True(r.IsSuccess));
        Assert.Equal(3, host.Counters.Get("POST /$batch"));
    }

    private static OurEventDraft Block(DateOnly date, int hour)
    {
        var start = new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(1));
        return new OurEventDraft($"occ-test-{date:yyyyMMdd}", "Kundenzeit: Antworten & Rückrufe", "<p>Heute wartet niemand.</p>", start, start.AddHours(1), "Europe/Berlin", OurEventTag.BlockValue(date));
    }
}
