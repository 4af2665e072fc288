using System.Globalization;
using System.Text.Json;
using Microsoft.Graph.Models;
using OutlookClientCare.Core.TimeBlocks;

namespace OutlookClientCare.Graph;

/// <summary>
/// An event as the product needs it. <see cref="IsOurs"/> can only be true when Graph returned
/// our extended property on it (or we just created it), which is what lets the gateway refuse
/// to touch anything else.
/// </summary>
public sealed record CalendarEvent
{
    public required string Id { get; init; }
    public string? Subject { get; init; }
    public required DateTimeOffset Start { get; init; }
    public required DateTimeOffset End { get; init; }
    public bool IsAllDay { get; init; }
    public bool IsCancelled { get; init; }
    public string ShowAs { get; init; } = "busy";
    public string? TagValue { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];

    public bool IsOurs { get; private init; }

    /// <summary>The event as the planner and the send check read busy time.</summary>
    public BusyEvent ToBusy() => new(Start, End, ShowAs switch
    {
        "free" => Core.TimeBlocks.ShowAs.Free,
        "tentative" => Core.TimeBlocks.ShowAs.Tentative,
        "oof" => Core.TimeBlocks.ShowAs.Oof,
        "workingelsewhere" => Core.TimeBlocks.ShowAs.WorkingElsewhere,
        "busy" => Core.TimeBlocks.ShowAs.Busy,
        _ => Core.TimeBlocks.ShowAs.Unknown,
    })
    {
        IsAllDay = IsAllDay,
        IsCancelled = IsCancelled,
        Id = Id,
    };

    internal static CalendarEvent From(Event graphEvent) => From(graphEvent, assumeOurs: false);

    internal static CalendarEvent From(Event graphEvent, bool assumeOurs)
    {
        var tag = graphEvent.SingleValueExtendedProperties?
            .FirstOrDefault(p => string.Equals(p.Id, OurEventTag.PropertyId, StringComparison.OrdinalIgnoreCase))?.Value;
        return new CalendarEvent
        {
            Id = graphEvent.Id ?? throw new GraphGatewayException("Graph returned an event without an id.", null),
            Subject = graphEvent.Subject,
            Start = ToInstant(graphEvent.Start),
            End = ToInstant(graphEvent.End),
            IsAllDay = graphEvent.IsAllDay ?? false,
            IsCancelled = graphEvent.IsCancelled ?? false,
            ShowAs = graphEvent.ShowAs?.ToString().ToLowerInvariant() ?? "busy",
            Categories = graphEvent.Categories ?? [],
            TagValue = tag,
            IsOurs = assumeOurs || tag is not null,
        };
    }

    /// <summary>
    /// An event read straight from Graph's JSON (a $batch answer's body), the same as
    /// <see cref="From(Event, bool)"/> gives for the SDK's model of it, without building that model:
    /// a booking run reads tens of thousands of events, and the model cost most of its allocations.
    /// </summary>
    internal static CalendarEvent FromJson(JsonElement graphEvent, bool assumeOurs)
    {
        string? tag = null;
        if (graphEvent.TryGetProperty("singleValueExtendedProperties", out var properties) && properties.ValueKind == JsonValueKind.Array)
        {
            foreach (var property in properties.EnumerateArray())
            {
                if (string.Equals(Text(property, "id"), OurEventTag.PropertyId, StringComparison.OrdinalIgnoreCase))
                {
                    tag = Text(property, "value");
                    break;
                }
            }
        }

        return new CalendarEvent
        {
            Id = Text(graphEvent, "id") ?? throw new GraphGatewayException("Graph returned an event without an id.", null),
            Subject = Text(graphEvent, "subject"),
            Start = ToInstant(Text(graphEvent, "start", "dateTime"), Text(graphEvent, "start", "timeZone")),
            End = ToInstant(Text(graphEvent, "end", "dateTime"), Text(graphEvent, "end", "timeZone")),
            IsAllDay = Flag(graphEvent, "isAllDay"),
            IsCancelled = Flag(graphEvent, "isCancelled"),
            ShowAs = Text(graphEvent, "showAs")?.ToLowerInvariant() is { } showAs && KnownShowAs.Contains(showAs) ? showAs : "busy",
            Categories = graphEvent.TryGetProperty("categories", out var categories) && categories.ValueKind == JsonValueKind.Array
                ? [.. categories.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.String).Select(c => c.GetString()!)]
                : [],
            TagValue = tag,
            IsOurs = assumeOurs || tag is not null,
        };
    }

    /// <summary>Graph's freeBusyStatus values, lower case as <see cref="ShowAs"/> keeps them; anything else reads as the SDK reads it (no value: busy).</summary>
    private static readonly HashSet<string> KnownShowAs = new(["unknown", "free", "tentative", "busy", "oof", "workingelsewhere"], StringComparer.Ordinal);

    private static string? Text(JsonElement item, string name, string? inner = null)
    {
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (inner is not null)
        {
            return Text(value, inner);
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }

    private static bool Flag(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    /// <summary>Graph's {dateTime, timeZone} pair to an instant (the zone may be Windows or IANA).</summary>
    internal static DateTimeOffset ToInstant(DateTimeTimeZone? value) => ToInstant(value?.DateTime, value?.TimeZone);

    private static DateTimeOffset ToInstant(string? dateTime, string? timeZone)
    {
        if (dateTime is null)
        {
            throw new GraphGatewayException("Graph returned an event without start or end.", null);
        }

        var local = DateTime.Parse(dateTime, CultureInfo.InvariantCulture, DateTimeStyles.None);
        var zoneId = string.IsNullOrEmpty(timeZone) ? "UTC" : timeZone;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            throw new GraphGatewayException($"Graph returned an unknown time zone '{zoneId}'.", null);
        }

        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }
}

/// <summary>An event we are about to create, tagged as ours.</summary>
public sealed record OurEventDraft(
    string TransactionId,
    string Subject,
    string BodyHtml,
    DateTimeOffset Start,
    DateTimeOffset End,
    string TimeZone,
    string TagValue)
{
    /// <summary>
    /// The event as Graph's JSON, written directly: what the SDK would serialize from
    /// <see cref="ToGraphEvent"/> (the same properties and values), without building and walking
    /// its model for each of a booking run's tens of thousands of creates.
    /// </summary>
    internal MemoryStream ToGraphJson()
    {
        var start = GraphGateway.DateTimeTimeZoneOf(Start, TimeZone);
        var end = GraphGateway.DateTimeTimeZoneOf(End, TimeZone);
        var stream = new MemoryStream(512 + BodyHtml.Length);
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("@odata.type", "#microsoft.graph.event");
            json.WriteString("transactionId", TransactionId);
            json.WriteString("subject", Subject);
            json.WriteStartObject("body");
            json.WriteString("contentType", "html");
            json.WriteString("content", BodyHtml);
            json.WriteEndObject();
            foreach (var (name, time) in (ReadOnlySpan<(string, DateTimeTimeZone)>)[("start", start), ("end", end)])
            {
                json.WriteStartObject(name);
                json.WriteString("dateTime", time.DateTime);
                json.WriteString("timeZone", time.TimeZone);
                json.WriteEndObject();
            }

            json.WriteString("showAs", "busy");
            json.WriteBoolean("isReminderOn", false);
            json.WriteStartArray("categories");
            json.WriteStringValue(OurEventTag.Category);
            json.WriteEndArray();
            json.WriteStartArray("singleValueExtendedProperties");
            json.WriteStartObject();
            json.WriteString("id", OurEventTag.PropertyId);
            json.WriteString("value", TagValue);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.Position = 0;
        return stream;
    }

    internal Event ToGraphEvent() => new()
    {
        TransactionId = TransactionId,
        Subject = Subject,
        Body = new ItemBody { ContentType = BodyType.Html, Content = BodyHtml },
        Start = GraphGateway.DateTimeTimeZoneOf(Start, TimeZone),
        End = GraphGateway.DateTimeTimeZoneOf(End, TimeZone),
        ShowAs = FreeBusyStatus.Busy,
        IsReminderOn = false,
        Categories = [OurEventTag.Category],
        SingleValueExtendedProperties = [new SingleValueLegacyExtendedProperty { Id = OurEventTag.PropertyId, Value = TagValue }],
    };
}
