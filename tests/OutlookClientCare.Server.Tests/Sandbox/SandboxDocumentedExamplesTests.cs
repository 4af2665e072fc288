using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;
using OutlookClientCare.GraphSandbox.Hosting;
using OutlookClientCare.Tests;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Sandbox;

/// <summary>
/// Microsoft's documented response examples and the sandbox's answer for the same kind of request, both read
/// with the real SDK's Kiota JSON parse node into the same model type. Compared: the paths of the non-null
/// properties (complex values followed three levels deep; collections count as present when non-null, their
/// items are not compared). Every property the example has must be non-null in the sandbox's answer too,
/// except the ones listed in <see cref="DeliberatelyOmitted"/>.
/// </summary>
public sealed class SandboxDocumentedExamplesTests
{
    /// <summary>What the sandbox leaves out on purpose, and why.</summary>
    private static readonly Dictionary<string, string> DeliberatelyOmitted = new(StringComparer.Ordinal)
    {
        // event-get.01 and user-list-events.01 show locations although their $select does not ask for it;
        // the sandbox honours $select.
        ["locations"] = "not selected in the documented request",
        // The documented event has a pending counter-proposal; the sandbox does not model meeting responses.
        ["attendees.proposedNewTime"] = "meeting responses are not modelled",
        // Teams meetings: the sandbox never creates online meetings (joinUrl, conferenceId, ...).
        ["onlineMeeting"] = "no online meetings",
        ["onlineMeetingUrl"] = "no online meetings",
        // Custom (non-IANA, non-Windows) time zones with bias/transition rules are not modelled: seeds use named zones.
        ["timeZone.bias"] = "named time zones only",
        ["timeZone.standardOffset"] = "named time zones only",
        ["timeZone.daylightOffset"] = "named time zones only",
    };

    private static readonly DateTimeOffset Now = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    [SharedTheory("documented Graph examples and the sandbox deserialize with the real SDK to the same non-null properties")]
    [InlineData("message-get.01.response.json", "me/messages/AAMkMessage03")]
    [InlineData("message-get.03.response.json", "me/messages/AAMkMessage03")]
    [InlineData("user-list-messages.01.response.json", "me/messages")]
    [InlineData("mailfolder-list-messages.01.response.json", "me/mailFolders/inbox/messages")]
    [InlineData("event-get.01.response.json", "me/events/{posted}")]
    [InlineData("event-get.02.response.json", "me/events/{posted}")]
    [InlineData("user-list-events.01.response.json", "me/events?$filter=subject eq 'Plan summer company picnic'")]
    [InlineData("user-list-calendarview.01.response.json", "me/calendarView?startDateTime=2017-08-01T00:00:00Z&endDateTime=2017-09-01T00:00:00Z")]
    [InlineData("calendar-list-calendarview.01.response.json", "me/calendarView?startDateTime=2017-08-01T00:00:00Z&endDateTime=2017-09-01T00:00:00Z")]
    [InlineData("user-get-mailboxsettings.01.response.json", "me/mailboxSettings")]
    [InlineData("user-get-mailboxsettings.02.response.json", "me/mailboxSettings#automaticRepliesSetting")]
    [InlineData("user-get-mailboxsettings.03.response.json", "me/mailboxSettings#workingHours")]
    [InlineData("user-post-events.02.response.json", "POST user-post-events.01.request.json")]
    [InlineData("user-post-events.04.response.json", "POST user-post-events.03.request.json")]
    [InlineData("user-post-events.09.response.json", "POST user-post-events.08.request.json")]
    public async Task TheSandboxAnswersWithTheNonNullPropertiesOfTheDocumentedExample(string example, string sandboxRequest)
    {
        var exampleJson = JsonNode.Parse(await File.ReadAllTextAsync(Example(example)))!.AsObject();
        await using var host = await GraphSandboxHost.StartAsync(Create(), new FakeTimeProvider(Now));
        using var client = SandboxClients.Http(host);

        var posted = await client.SendJsonAsync(HttpMethod.Post, "me/events", JsonNode.Parse(await File.ReadAllTextAsync(Example("user-post-events.03.request.json"))));
        var sandboxJson = await SandboxAnswer(client, sandboxRequest.Replace("{posted}", (string?)posted.Body["id"], StringComparison.Ordinal), SelectOf(exampleJson));
        var modelType = ModelType(example, exampleJson);

        var expected = NonNullPaths(Parse(First(exampleJson), modelType));
        var actual = NonNullPaths(Parse(sandboxJson, modelType));
        var missing = expected.Except(actual).Where(p => !DeliberatelyOmitted.Keys.Any(o => p == o || p.StartsWith(o + ".", StringComparison.Ordinal))).Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(expected);
        Assert.True(missing.Count == 0, $"{example}: the sandbox leaves out {string.Join(", ", missing)}");
    }

    [SharedFact("the example comparison itself notices a property the sandbox would leave out")]
    public async Task TheComparisonNoticesAMissingProperty()
    {
        var example = JsonNode.Parse(await File.ReadAllTextAsync(Example("message-get.01.response.json")))!.AsObject();
        var stripped = (JsonObject)example.DeepClone();
        stripped.Remove("inferenceClassification");
        stripped["flag"]!.AsObject().Remove("flagStatus");

        var missing = NonNullPaths(Parse(example, typeof(Message))).Except(NonNullPaths(Parse(stripped, typeof(Message))));

        Assert.Equal(["flag.flagStatus", "inferenceClassification"], missing.Order(StringComparer.Ordinal));
    }

    private static async Task<JsonObject> SandboxAnswer(HttpClient client, string request, string? select)
    {
        if (request.StartsWith("POST ", StringComparison.Ordinal))
        {
            var body = JsonNode.Parse(await File.ReadAllTextAsync(Example(request[5..])));
            var (_, created) = await client.SendJsonAsync(HttpMethod.Post, "me/events", body);
            return created;
        }

        var (url, part) = request.Split('#') is [var u, var p] ? (u, p) : (request, null);
        if (select is not null)
        {
            url += (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "$select=" + select;
        }

        var (response, json) = await client.GetJsonAsync(url);
        Assert.True(response.IsSuccessStatusCode, json.ToJsonString());
        var answer = First(json);
        return part is null ? answer : answer[part]!.AsObject();
    }

    /// <summary>The $select the documented request used, read from "@odata.context": ".../events(subject,body)/$entity".</summary>
    private static string? SelectOf(JsonObject example)
    {
        var context = (string?)example["@odata.context"] ?? "";
        var hash = context.IndexOf('#', StringComparison.Ordinal);
        var open = context.IndexOf('(', context.LastIndexOf("')", StringComparison.Ordinal) is var quote and > 0 ? quote + 2 : Math.Max(hash, 0));
        var close = open < 0 ? -1 : context.IndexOf(')', open);
        return open > 0 && close > open ? context[(open + 1)..close] : null;
    }

    private static Type ModelType(string example, JsonObject json) => example switch
    {
        _ when example.StartsWith("message", StringComparison.Ordinal) || example.StartsWith("user-list-messages", StringComparison.Ordinal) || example.StartsWith("mailfolder", StringComparison.Ordinal) => typeof(Message),
        "user-get-mailboxsettings.02.response.json" => typeof(AutomaticRepliesSetting),
        "user-get-mailboxsettings.03.response.json" => typeof(WorkingHours),
        _ when example.StartsWith("user-get-mailboxsettings", StringComparison.Ordinal) => typeof(MailboxSettings),
        _ => json.ContainsKey("value") || example.Contains("event", StringComparison.Ordinal) || example.Contains("calendarview", StringComparison.Ordinal) ? typeof(Event) : throw new ArgumentException(example),
    };

    private static JsonObject First(JsonObject json) => json["value"] is JsonArray values ? values[0]!.AsObject() : json;

    private static IParsable Parse(JsonObject json, Type modelType)
    {
        using var document = JsonDocument.Parse(json.ToJsonString());
        var node = new JsonParseNode(document.RootElement.Clone());
        var factory = (ParsableFactory<IParsable>)Delegate.CreateDelegate(
            typeof(ParsableFactory<IParsable>),
            modelType.GetMethod("CreateFromDiscriminatorValue", BindingFlags.Public | BindingFlags.Static)!);
        return node.GetObjectValue(factory)!;
    }

    private static HashSet<string> NonNullPaths(IParsable model, string prefix = "", int depth = 0)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.Name is "AdditionalData" or "BackingStore" or "OdataType" || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var value = property.GetValue(model);
            if (value is null)
            {
                continue;
            }

            var path = prefix + char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            paths.Add(path);
            if (value is IParsable nested && value is not IEnumerable && depth < 3)
            {
                paths.UnionWith(NonNullPaths(nested, path + ".", depth + 1));
            }
        }

        return paths;
    }

    private static string Example(string name) => SharedFolder.File("corpus", "graph-examples", "json", name);
}
