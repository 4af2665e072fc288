using System.Text.Json.Nodes;
using OutlookClientCare.GraphSandbox.Data;
using OutlookClientCare.GraphSandbox.Routing;

namespace OutlookClientCare.GraphSandbox.Api;

/// <summary>
/// Turns a stored item into what Graph returns for a request: $select, properties Graph only returns when
/// asked for (uniqueBody, cancelledOccurrences), $expand of extended properties, Prefer body type and time zone.
/// </summary>
internal static class Shape
{
    private const string ExtendedProperties = "singleValueExtendedProperties";

    public static JsonObject Message(JsonObject stored, ODataQuery query, string? bodyContentType)
    {
        var message = (JsonObject)stored.DeepClone();
        if (!query.Selects("uniqueBody"))
        {
            message.Remove("uniqueBody");
        }

        if (bodyContentType is not null)
        {
            foreach (var name in (string[])["body", "uniqueBody"])
            {
                if (message[name] is JsonObject body)
                {
                    message[name] = BodyText.Convert(body, bodyContentType);
                }
            }
        }

        return Finish(message, query);
    }

    public static JsonObject Event(JsonObject stored, ODataQuery query, ViewZone zone)
    {
        // Under $select only what can reach the answer is copied (a calendarView copies every event it lists).
        var calendarEvent = query.Select is null ? (JsonObject)stored.DeepClone() : Copy(stored, name => name is "id" or "changeKey" or ExtendedProperties || query.Select.Contains(name));
        if (!query.Selects("cancelledOccurrences"))
        {
            calendarEvent.Remove("cancelledOccurrences");
        }

        foreach (var name in (string[])["start", "end"])
        {
            if (calendarEvent[name] is JsonObject time)
            {
                calendarEvent[name] = zone.Convert(time, EventRules.IsAllDay(stored));
            }
        }

        return Finish(calendarEvent, query);
    }

    /// <summary>
    /// Graph returns singleValueExtendedProperties only under $expand, filtered by the expand's own
    /// <c>$filter=id eq '...'</c>; the sandbox reads that one form (the one our product sends).
    /// </summary>
    private static JsonObject Finish(JsonObject item, ODataQuery query)
    {
        var stored = item[ExtendedProperties] as JsonArray;
        item.Remove(ExtendedProperties);
        var expand = query.Expand;
        if (expand is not null && expand.StartsWith(ExtendedProperties, StringComparison.OrdinalIgnoreCase))
        {
            var wanted = ExpandFilterId(expand);
            item[ExtendedProperties] = new JsonArray([.. (stored ?? []).OfType<JsonObject>()
                .Where(p => wanted is null || string.Equals(JsonRead.Text(p["id"]), wanted, StringComparison.OrdinalIgnoreCase))
                .Select(p => p.DeepClone())]);
        }

        if (item["changeKey"] is JsonValue changeKey)
        {
            item["@odata.etag"] = $"W/\"{JsonRead.Text(changeKey)}\"";
        }

        if (query.Select is null)
        {
            return item;
        }

        // item is this answer's own copy: its values move into the selection instead of being copied again.
        var selected = new JsonObject();
        foreach (var (name, value) in item.ToList())
        {
            if (name is "id" or "@odata.etag" || query.Select.Contains(name) || (name == ExtendedProperties && expand is not null))
            {
                item.Remove(name);
                selected[name] = value;
            }
        }

        return selected;
    }

    private static JsonObject Copy(JsonObject stored, Func<string, bool> wanted)
    {
        var copy = new JsonObject();
        foreach (var (name, value) in stored)
        {
            if (wanted(name))
            {
                copy[name] = value?.DeepClone();
            }
        }

        return copy;
    }

    private static string? ExpandFilterId(string expand)
    {
        var open = expand.IndexOf("eq '", StringComparison.OrdinalIgnoreCase);
        if (open < 0)
        {
            return null;
        }

        var start = open + 4;
        var end = expand.IndexOf('\'', start);
        return end < 0 ? null : expand[start..end];
    }
}

/// <summary>The zone a response writes event times in: Prefer: outlook.timezone, or UTC as Graph does by default.</summary>
internal sealed class ViewZone
{
    private ViewZone(TimeZoneInfo zone, string name, bool applied)
    {
        Zone = zone;
        Name = name;
        Applied = applied;
    }

    public TimeZoneInfo Zone { get; }

    /// <summary>The zone name as the caller spelled it; Graph echoes the Prefer value in start/end.timeZone.</summary>
    public string Name { get; }

    public bool Applied { get; }

    public static ViewZone From(SandboxRequest request)
    {
        var preferred = PreferHeader.Value(request, "outlook.timezone");
        return GraphTime.FindZone(preferred) is { } zone
            ? new ViewZone(zone, preferred!, applied: true)
            : new ViewZone(TimeZoneInfo.Utc, "UTC", applied: false);
    }

    public JsonObject Convert(JsonObject dateTimeTimeZone, bool allDay)
    {
        var wallClock = EventRules.WallClock(dateTimeTimeZone);
        var local = allDay ? wallClock : GraphTime.ToWallClock(GraphTime.ToInstant(wallClock, EventRules.Zone(dateTimeTimeZone)), Zone);
        return new JsonObject { ["dateTime"] = GraphTime.FormatLocal(local), ["timeZone"] = Name };
    }

    public SandboxResponse Annotate(SandboxResponse response) =>
        Applied ? response.WithHeader("Preference-Applied", $"outlook.timezone=\"{Name}\"") : response;
}
