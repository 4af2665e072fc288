using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using OutlookClientCare.GraphSandbox.Hosting;
using OutlookClientCare.Tests;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Sandbox;

/// <summary>
/// Every JSON object the sandbox answers with, checked against Graph's official metadata: each property name
/// must exist on the type Graph declares at that place (recursively; @odata annotations allowed).
/// </summary>
public sealed class SandboxCsdlFidelityTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    [SharedFact("every property the sandbox returns exists on its type in ../shared/graph/v1.0-Prod.csdl")]
    public async Task EveryPropertyOfEverySandboxResponseExistsOnItsGraphType()
    {
        await using var receiver = await NotificationReceiver.StartAsync();
        await using var host = await GraphSandboxHost.StartAsync(Create(SandboxCalendarTests.WithEvents(Anna, StandUp())), new FakeTimeProvider(Now));
        using var client = SandboxClients.Http(host);
        var checkedResponses = new List<(string Request, JsonNode Body, string Type)>();

        async Task<JsonObject> Call(HttpMethod method, string url, string type, JsonNode? body = null, string? prefer = null)
        {
            using var request = new HttpRequestMessage(method, url);
            if (body is not null)
            {
                request.Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
            }

            if (prefer is not null)
            {
                request.Headers.TryAddWithoutValidation("Prefer", prefer);
            }

            var (response, json) = await SandboxClients.SendJsonAsync(client, request);
            Assert.True(response.IsSuccessStatusCode, $"{method} {url}: {(int)response.StatusCode} {json.ToJsonString()}");
            checkedResponses.Add(($"{method} {url}", json, type));
            return json;
        }

        await Call(HttpMethod.Get, "users", "userCollection");
        await Call(HttpMethod.Get, "me", "user");
        await Call(HttpMethod.Get, $"users/{BenId}?$select=displayName,mail", "user");
        await Call(HttpMethod.Get, "me/mailboxSettings", "mailboxSettings");
        await Call(HttpMethod.Patch, "me/mailboxSettings", "mailboxSettings", new JsonObject { ["timeFormat"] = "HH:mm", ["language"] = new JsonObject { ["locale"] = "de-AT" } });
        await Call(HttpMethod.Get, "me/messages?$top=30", "messageCollection");
        await Call(HttpMethod.Get, "me/messages?$filter=conversationId eq 'AAQkADThread1'&$select=uniqueBody,body,from,toRecipients,ccRecipients,receivedDateTime,sentDateTime,isDraft,conversationId", "messageCollection", prefer: "outlook.body-content-type=\"text\"");
        await Call(HttpMethod.Get, "me/mailFolders/inbox/messages", "messageCollection");
        await Call(HttpMethod.Patch, "me/messages/AAMkMessage04", "message", JsonNode.Parse("""
            {"flag": {"flagStatus": "flagged", "startDateTime": {"dateTime": "2026-12-01T09:00:00", "timeZone": "UTC"}, "dueDateTime": {"dateTime": "2026-12-04T09:00:00", "timeZone": "UTC"}}, "isRead": false}
            """));
        var draft = await Call(HttpMethod.Post, "me/messages/AAMkMessage04/createReplyAll", "message", new JsonObject { ["comment"] = "Danke!" });
        await Call(HttpMethod.Patch, $"me/messages/{(string?)draft["id"]}", "message", new JsonObject { ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = "<p>x</p>" } });
        await Call(HttpMethod.Get, $"me/messages/{(string?)draft["id"]}?$select=uniqueBody,webLink,subject", "message");

        var block = await Call(HttpMethod.Post, "me/events", "event", Block());
        var id = (string?)block["id"];
        await Call(HttpMethod.Get, $"me/events?$expand=singleValueExtendedProperties($filter=id eq '{OurTag}')", "eventCollection", prefer: "outlook.timezone=\"Europe/Berlin\"");
        await Call(HttpMethod.Get, $"me/events?$filter=singleValueExtendedProperties/Any(ep: ep/id eq '{OurTag}' and ep/value eq 'block')", "eventCollection");
        await Call(HttpMethod.Get, $"me/events/{id}?$select=cancelledOccurrences,subject,transactionId", "event");
        await Call(HttpMethod.Patch, $"me/events/{id}", "event", new JsonObject { ["showAs"] = "tentative", ["categories"] = new JsonArray("Kundenzeit", "Fokus") });
        var view = await Call(HttpMethod.Get, "me/calendarView?startDateTime=2026-11-30T00:00:00Z&endDateTime=2026-12-07T00:00:00Z&$top=100", "eventCollection", prefer: "outlook.timezone=\"America/New_York\"");
        var occurrence = view["value"]!.AsArray().First(e => (string?)e!["type"] == "occurrence")!;
        var delta = await Call(HttpMethod.Get, "me/calendarView/delta?startDateTime=2026-11-30T00:00:00Z&endDateTime=2026-12-07T00:00:00Z", "eventCollection", prefer: "odata.maxpagesize=3");
        while (delta["@odata.nextLink"] is not null)
        {
            delta = await Call(HttpMethod.Get, (string)delta["@odata.nextLink"]!, "eventCollection", prefer: "odata.maxpagesize=3");
        }

        host.ActAsUserInOutlookDeleteEvent(Anna, id!);
        await Call(HttpMethod.Get, (string)delta["@odata.deltaLink"]!, "eventCollection");
        await Call(HttpMethod.Get, $"me/events/{(string?)occurrence["id"]}", "event");
        foreach (var documented in new[] { "user-post-events.01.request.json", "user-post-events.03.request.json", "user-post-events.05.request.json", "user-post-events.08.request.json" })
        {
            await Call(HttpMethod.Post, "me/events", "event", JsonNode.Parse(await File.ReadAllTextAsync(SharedFolder.File("corpus", "graph-examples", "json", documented))));
        }

        var subscription = await Call(HttpMethod.Post, "subscriptions", "subscription", new JsonObject
        {
            ["changeType"] = "created,updated,deleted",
            ["notificationUrl"] = receiver.Url.ToString(),
            ["resource"] = "me/events",
            ["expirationDateTime"] = "2026-12-01T08:00:00Z",
            ["clientState"] = "s",
            ["lifecycleNotificationUrl"] = receiver.Url.ToString(),
        });
        await Call(HttpMethod.Patch, $"subscriptions/{(string?)subscription["id"]}", "subscription", new JsonObject { ["expirationDateTime"] = "2026-12-02T08:00:00Z" });
        await Call(HttpMethod.Get, "subscriptions", "subscriptionCollection");

        var batch = await Call(HttpMethod.Post, "$batch", "batch", JsonNode.Parse("""
            {"requests": [
              {"id": "1", "method": "GET", "url": "/me/events?$top=3"},
              {"id": "2", "method": "GET", "url": "/users/BEN_ID/mailboxSettings"},
              {"id": "3", "method": "GET", "url": "/users/BEN_UPN/calendarView?startDateTime=2026-11-30T00:00:00Z&endDateTime=2026-12-07T00:00:00Z", "headers": {"Prefer": "outlook.timezone=\"Europe/Berlin\""}}
            ]}
            """.Replace("BEN_ID", BenId, StringComparison.Ordinal).Replace("BEN_UPN", Ben, StringComparison.Ordinal)));
        checkedResponses.RemoveAt(checkedResponses.Count - 1);
        var steps = batch["responses"]!.AsArray().ToDictionary(r => (string)r!["id"]!, r => r!["body"]!);
        checkedResponses.Add(("$batch step 1", steps["1"], "eventCollection"));
        checkedResponses.Add(("$batch step 2", steps["2"], "mailboxSettings"));
        checkedResponses.Add(("$batch step 3", steps["3"], "eventCollection"));

        var problems = checkedResponses
            .SelectMany(r => Unknown(r.Body, r.Type).Select(p => $"{r.Request}: {p}"))
            .ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(checkedResponses.Count >= 32, $"{checkedResponses.Count} responses checked");
    }

    [SharedFact("change and lifecycle notifications the sandbox sends have the shape of changeNotificationCollection in v1.0-Prod.csdl")]
    public async Task ChangeAndLifecycleNotificationsHaveTheShapeOfGraphsChangeNotificationCollection()
    {
        await using var receiver = await NotificationReceiver.StartAsync();
        await using var host = await GraphSandboxHost.StartAsync(Create(), new FakeTimeProvider(Now));
        using var client = SandboxClients.Http(host);
        var (created, _) = await client.SendJsonAsync(HttpMethod.Post, "subscriptions", new JsonObject
        {
            ["changeType"] = "created",
            ["notificationUrl"] = receiver.Url.ToString(),
            ["lifecycleNotificationUrl"] = receiver.Url.ToString(),
            ["resource"] = "me/events",
            ["expirationDateTime"] = "2026-12-01T08:00:00Z",
            ["clientState"] = "s",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        host.ActAsUserInOutlookAddEvent(Anna, Block());
        Assert.Empty(GraphMetadata.Official.UnknownProperties(new JsonObject { ["value"] = new JsonArray(receiver.Next().DeepClone()) }, "changeNotificationCollection"));

        foreach (var lifecycleEvent in (string[])["reauthorizationRequired", "missed", "subscriptionRemoved"])
        {
            Assert.Equal(1, host.SendLifecycleEvent(Anna, lifecycleEvent));
            var notification = receiver.Next();

            Assert.Equal(lifecycleEvent, (string?)notification["lifecycleEvent"]);
            Assert.Contains(lifecycleEvent, GraphMetadata.Official.EnumMembers("lifecycleEventType"));
            Assert.Empty(GraphMetadata.Official.UnknownProperties(new JsonObject { ["value"] = new JsonArray(notification.DeepClone()) }, "changeNotificationCollection"));
        }

        Assert.Empty(host.Subscriptions());
    }

    [SharedFact("the operations the sandbox answers are bound where v1.0-Prod.csdl binds them")]
    public void CalendarViewDeltaAndReauthorizeAreGraphOperations()
    {
        Assert.True(GraphMetadata.Official.HasBoundOperation("Function", "delta", "Collection(graph.event)"));
        Assert.True(GraphMetadata.Official.HasBoundOperation("Action", "reauthorize", "graph.subscription"));
        Assert.False(GraphMetadata.Official.HasBoundOperation("Action", "reauthorize", "graph.event"));
    }

    [SharedFact("the metadata check itself notices a property Graph does not have")]
    public void TheMetadataCheckNoticesAMisspeltPropertyAtAnyDepth()
    {
        var message = JsonNode.Parse("""
            {"id": "x", "subject": "ok", "from": {"emailAddress": {"address": "a@b", "nmae": "typo"}}, "flag": {"flagStatus": "flagged", "dueDate": {}}}
            """);

        var problems = GraphMetadata.Official.UnknownProperties(message, "message");

        Assert.Equal(["message.from.emailAddress.nmae is not a property of microsoft.graph.emailAddress", "message.flag.dueDate is not a property of microsoft.graph.followupFlag"], problems);
    }

    private static List<string> Unknown(JsonNode body, string type) =>
        type.EndsWith("Collection", StringComparison.Ordinal)
            ? GraphMetadata.Official.UnknownProperties(body["value"], type[..^"Collection".Length])
                .Concat(body.AsObject().Where(p => p.Key != "value" && !p.Key.StartsWith('@')).Select(p => $"page.{p.Key} is not a collection page property"))
                .ToList()
            : GraphMetadata.Official.UnknownProperties(body, type);

    private static JsonObject Block() => new()
    {
        ["subject"] = "Kundenzeit",
        ["start"] = new JsonObject { ["dateTime"] = "2026-12-02T09:00:00", ["timeZone"] = "Europe/Berlin" },
        ["end"] = new JsonObject { ["dateTime"] = "2026-12-02T10:00:00", ["timeZone"] = "Europe/Berlin" },
        ["showAs"] = "busy",
        ["categories"] = new JsonArray("Kundenzeit"),
        ["transactionId"] = "tx-csdl",
        ["location"] = new JsonObject { ["displayName"] = "Büro" },
        ["attendees"] = new JsonArray(new JsonObject { ["type"] = "required", ["emailAddress"] = new JsonObject { ["address"] = Client, ["name"] = "Karl" } }),
        ["singleValueExtendedProperties"] = new JsonArray(new JsonObject { ["id"] = OurTag, ["value"] = "block" }),
    };

    private static JsonObject StandUp() => SandboxCalendarTests.Series("AAMkStandUp", "2026-11-30T09:00:00", "2026-11-30T09:15:00", "Europe/Berlin", new JsonObject
    {
        ["pattern"] = new JsonObject { ["type"] = "daily", ["interval"] = 1 },
        ["range"] = new JsonObject { ["type"] = "numbered", ["startDate"] = "2026-11-30", ["numberOfOccurrences"] = 5, ["recurrenceTimeZone"] = "Europe/Berlin" },
    });
}
