using System.Text.Json.Nodes;
using OutlookClientCare.GraphSandbox.Data;
using OutlookClientCare.GraphSandbox.Routing;

namespace OutlookClientCare.GraphSandbox.Api;

/// <summary>Events (series masters and single instances) and calendarView (occurrences expanded).</summary>
internal static class EventsApi
{
    private const int EventsPageSize = 10;

    public static IEnumerable<Route> Routes() =>
    [
        new("GET", "/me/events", context => ValueTask.FromResult(List(context))),
        new("POST", "/me/events", context => ValueTask.FromResult(Create(context))),
        new("GET", "/me/events/{id}", context => ValueTask.FromResult(Get(context))),
        new("PATCH", "/me/events/{id}", context => ValueTask.FromResult(Update(context))),
        new("DELETE", "/me/events/{id}", context => ValueTask.FromResult(Delete(context))),
        new("GET", "/me/calendarView", context => ValueTask.FromResult(CalendarView(context))),
        new("GET", "/me/calendarView/delta", context => ValueTask.FromResult(CalendarViewDelta.Handle(context))),
    ];

    private static SandboxResponse List(RouteContext context)
    {
        if (context.Query(out var error) is not { } query)
        {
            return error!;
        }

        var zone = ViewZone.From(context.Request);
        var user = context.User;
        List<JsonObject> events;
        lock (user.Gate)
        {
            var matching = user.Events.Values.Where(e => query.Filter?.Matches(e) ?? true);
            events = [.. (query.OrderBy is null ? matching : ItemOrder.Sort(matching, query.OrderBy)).Select(e => Shape.Event(e, query, zone))];
        }

        return zone.Annotate(SandboxResponse.Json(Paging.Page(events, query, context.Request, EventsPageSize)));
    }

    private static SandboxResponse Create(RouteContext context)
    {
        if (context.BodyObject(out var error) is not { } body)
        {
            return error!;
        }

        var write = context.Sandbox.Events.Create(context.User, body);
        return write.Problem is { } problem
            ? context.Fail(problem)
            : Respond(context, write.Event!, status: 201);
    }

    private static SandboxResponse Get(RouteContext context)
    {
        var user = context.User;
        JsonObject? found;
        lock (user.Gate)
        {
            found = Find(user, context.Id);
        }

        return found is null ? context.NotFound() : Respond(context, found);
    }

    private static SandboxResponse Update(RouteContext context)
    {
        if (context.BodyObject(out var error) is not { } changes)
        {
            return error!;
        }

        var write = context.Sandbox.Events.Update(context.User, context.Id, changes);
        return write.Problem is { } problem ? context.Fail(problem) : Respond(context, write.Event!);
    }

    private static SandboxResponse Delete(RouteContext context) =>
        context.Sandbox.Events.Delete(context.User, context.Id) ? SandboxResponse.NoContent() : context.NotFound();

    /// <summary>Single instances and expanded occurrences overlapping [from, to), sorted by start; call under the user's gate.</summary>
    internal static List<(DateTimeOffset Start, JsonObject Event, JsonObject Stored)> Instances(SandboxUser user, DateTimeOffset from, DateTimeOffset to, TimeZoneInfo zone)
    {
        var instances = new List<(DateTimeOffset Start, JsonObject Event, JsonObject Stored)>();
        foreach (var stored in user.Events.Values)
        {
            if (JsonRead.Text(stored["type"]) == "seriesMaster")
            {
                instances.AddRange(Recurrence.Expand(stored, from, to).Select(o => (o.Start, OccurrenceOf(stored, o), stored)));
            }
            else if (Recurrence.Overlaps(EventRules.Start(stored, zone), EventRules.End(stored, zone), from, to))
            {
                instances.Add((EventRules.Start(stored, zone), stored, stored));
            }
        }

        return [.. instances.OrderBy(i => i.Start).ThenBy(i => JsonRead.Text(i.Event["id"]), StringComparer.Ordinal)];
    }

    /// <summary>
    /// Everything overlapping [startDateTime, endDateTime): single instances and expanded occurrences (not series
    /// masters), sorted by start. A window given without an offset is read as UTC.
    /// </summary>
    private static SandboxResponse CalendarView(RouteContext context)
    {
        if (!GraphTime.TryParseInstant(context.Request.QueryValue("startDateTime"), out var from)
            || !GraphTime.TryParseInstant(context.Request.QueryValue("endDateTime"), out var to))
        {
            return context.Fail(new GraphProblem(400, "ErrorInvalidParameter", "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime."));
        }

        if (context.Query(out var error) is not { } query)
        {
            return error!;
        }

        var zone = ViewZone.From(context.Request);
        var user = context.User;
        lock (user.Gate)
        {
            var instances = Instances(user, from, to, zone.Zone);
            var view = instances
                .Where(i => query.Filter?.Matches(i.Event) ?? true)
                .Select(i => Shape.Event(i.Event, query, zone))
                .ToList();
            return zone.Annotate(SandboxResponse.Json(Paging.Page(view, query, context.Request, EventsPageSize)));
        }
    }

    private static SandboxResponse Respond(RouteContext context, JsonObject stored, int status = 200)
    {
        if (context.Query(out var error) is not { } query)
        {
            return error!;
        }

        var zone = ViewZone.From(context.Request);
        return zone.Annotate(SandboxResponse.Json(Shape.Event(stored, query, zone), status));
    }

    private static JsonObject? Find(SandboxUser user, string id)
    {
        if (user.Events.TryGetValue(id, out var stored))
        {
            return stored;
        }

        if (!OccurrenceId.TryParse(id, out var seriesId, out var date) || !user.Events.TryGetValue(seriesId, out var master))
        {
            return null;
        }

        var zone = EventRules.Zone((JsonObject)master["start"]!);
        var dayStart = GraphTime.ToInstant(date.ToDateTime(TimeOnly.MinValue), zone);
        return Recurrence.Expand(master, dayStart, dayStart.AddDays(1)).Where(o => o.Date == date).Select(o => OccurrenceOf(master, o)).FirstOrDefault();
    }

    private static JsonObject OccurrenceOf(JsonObject master, Occurrence occurrence)
    {
        var instance = (JsonObject)master.DeepClone();
        var masterId = JsonRead.Text(master["id"])!;
        var startTime = (JsonObject)master["start"]!;
        var endTime = (JsonObject)master["end"]!;
        instance["id"] = OccurrenceId.Format(masterId, occurrence.Date);
        instance["type"] = "occurrence";
        instance["seriesMasterId"] = masterId;
        instance["recurrence"] = null;
        instance["transactionId"] = null;
        instance["originalStart"] = GraphTime.FormatInstant(occurrence.Start);
        instance["start"] = InZoneOf(startTime, occurrence.Start);
        instance["end"] = InZoneOf(endTime, occurrence.End);
        instance.Remove("cancelledOccurrences");
        return instance;
    }

    private static JsonObject InZoneOf(JsonObject dateTimeTimeZone, DateTimeOffset instant) => new()
    {
        ["dateTime"] = GraphTime.FormatLocal(GraphTime.ToWallClock(instant, EventRules.Zone(dateTimeTimeZone))),
        ["timeZone"] = dateTimeTimeZone["timeZone"]?.DeepClone() ?? "UTC",
    };
}
