using System.Text.Json.Nodes;
using OutlookClientCare.GraphSandbox.Data;
using OutlookClientCare.GraphSandbox.Notifications;

namespace OutlookClientCare.GraphSandbox.Api;

/// <summary>The outcome of an event write: the stored event (a clone) or Graph's error.</summary>
internal sealed record EventWrite(JsonObject? Event, GraphProblem? Problem, bool Existed = false)
{
    public static EventWrite Failed(GraphProblem problem) => new(null, problem);
}

/// <summary>
/// Creates, updates and deletes events, whether through the API or "as the user in Outlook", and tells the
/// change notifier about each change after the mailbox lock is released.
/// </summary>
internal sealed class EventWriter(SandboxTenant tenant, TimeProvider time, ChangeNotifier notifier)
{
    private static readonly string[] ReadOnly = ["id", "@odata.etag", "@odata.context", "createdDateTime", "lastModifiedDateTime", "changeKey", "type", "seriesMasterId", "iCalUId", "webLink", "originalStart", "cancelledOccurrences"];

    /// <summary>Graph de-duplicates on transactionId: a second POST with the same id returns the first event (201).</summary>
    public EventWrite Create(SandboxUser user, JsonObject body)
    {
        if (GraphProperties.Unknown(body, GraphProperties.Event, "event") is { } unknown)
        {
            return EventWrite.Failed(unknown);
        }

        foreach (var name in ReadOnly)
        {
            body.Remove(name);
        }

        if (EventRules.Validate(body, requireTimes: true) is { } problem)
        {
            return EventWrite.Failed(problem);
        }

        JsonObject created;
        lock (user.Gate)
        {
            var transactionId = JsonRead.Text(body["transactionId"]);
            if (transactionId is not null
                && user.Events.Values.FirstOrDefault(e => JsonRead.Text(e["transactionId"]) == transactionId) is { } existing)
            {
                return new EventWrite((JsonObject)existing.DeepClone(), null, Existed: true);
            }

            GraphDefaults.Event(body, user, tenant.Ids, time.GetUtcNow());
            user.Events[JsonRead.Text(body["id"])!] = body;
            created = (JsonObject)body.DeepClone();
        }

        notifier.Publish(user, JsonRead.Text(created["id"])!, "created");
        return new EventWrite(created, null);
    }

    public EventWrite Update(SandboxUser user, string id, JsonObject changes)
    {
        if (OccurrenceId.TryParse(id, out _, out _))
        {
            return EventWrite.Failed(GraphProblem.InvalidRequest("The sandbox does not model modified occurrences; update the series instead."));
        }

        if (GraphProperties.Unknown(changes, GraphProperties.Event, "event") is { } unknown)
        {
            return EventWrite.Failed(unknown);
        }

        JsonObject updated;
        lock (user.Gate)
        {
            if (!user.Events.TryGetValue(id, out var stored))
            {
                return EventWrite.Failed(GraphProblem.ItemNotFound());
            }

            var candidate = (JsonObject)stored.DeepClone();
            foreach (var (name, value) in changes)
            {
                if (ReadOnly.Contains(name))
                {
                    continue;
                }

                candidate[name] = name == "singleValueExtendedProperties"
                    ? MergeExtendedProperties(candidate[name] as JsonArray, value as JsonArray)
                    : value?.DeepClone();
            }

            if (EventRules.Validate(candidate, requireTimes: true) is { } problem)
            {
                return EventWrite.Failed(problem);
            }

            if (changes.ContainsKey("recurrence"))
            {
                candidate["type"] = candidate["recurrence"] is JsonObject ? "seriesMaster" : "singleInstance";
            }

            if (changes.ContainsKey("location"))
            {
                if (!changes.ContainsKey("locations"))
                {
                    candidate.Remove("locations");
                }

                GraphDefaults.Location(candidate);
            }

            if (changes.ContainsKey("body"))
            {
                candidate["bodyPreview"] = BodyText.Preview(candidate["body"] as JsonObject);
            }

            candidate["lastModifiedDateTime"] = GraphTime.FormatInstant(time.GetUtcNow());
            candidate["changeKey"] = GraphDefaults.ChangeKey(tenant.Ids);
            user.Events[id] = candidate;
            updated = (JsonObject)candidate.DeepClone();
        }

        notifier.Publish(user, id, "updated");
        return new EventWrite(updated, null);
    }

    /// <summary>Deleting an occurrence cancels it in its series (Graph lists it in cancelledOccurrences).</summary>
    public bool Delete(SandboxUser user, string id)
    {
        lock (user.Gate)
        {
            if (OccurrenceId.TryParse(id, out var seriesId, out var date))
            {
                if (!user.Events.TryGetValue(seriesId, out var master))
                {
                    return false;
                }

                var cancelled = master["cancelledOccurrences"] as JsonArray ?? [];
                cancelled.Add(CancelledOccurrence.Format(seriesId, date));
                master["cancelledOccurrences"] = cancelled;
                master["lastModifiedDateTime"] = GraphTime.FormatInstant(time.GetUtcNow());
            }
            else if (!user.Events.Remove(id))
            {
                return false;
            }

            user.DeletedEvents.Add((id, time.GetUtcNow()));
        }

        notifier.Publish(user, id, "deleted");
        return true;
    }

    /// <summary>PATCH adds or replaces extended properties by id; it never removes the ones not sent.</summary>
    private static JsonArray MergeExtendedProperties(JsonArray? stored, JsonArray? sent)
    {
        var merged = new List<JsonObject>([.. (stored ?? []).OfType<JsonObject>().Select(p => (JsonObject)p.DeepClone())]);
        foreach (var property in (sent ?? []).OfType<JsonObject>())
        {
            merged.RemoveAll(p => string.Equals(JsonRead.Text(p["id"]), JsonRead.Text(property["id"]), StringComparison.OrdinalIgnoreCase));
            merged.Add((JsonObject)property.DeepClone());
        }

        return new JsonArray([.. merged]);
    }
}
