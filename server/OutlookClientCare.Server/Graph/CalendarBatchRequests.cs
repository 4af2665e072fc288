using System.Globalization;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace OutlookClientCare.Server.Graph;

/// <summary>
/// The calendar requests of <see cref="GraphGateway"/> as $batch steps (for many mailboxes in one
/// request), and readers for the step bodies. Writes to an event need it read back with our tag:
/// the builders refuse anything else, exactly as the gateway does.
/// </summary>
public static class CalendarBatchRequests
{
    public static RequestInformation CalendarView(GraphServiceClient client, string mailboxId, DateTimeOffset start, DateTimeOffset end, string timeZone)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.Users[mailboxId].CalendarView.ToGetRequestInformation(r =>
        {
            r.QueryParameters.StartDateTime = start.UtcDateTime.ToString("o", CultureInfo.InvariantCulture);
            r.QueryParameters.EndDateTime = end.UtcDateTime.ToString("o", CultureInfo.InvariantCulture);
            r.QueryParameters.Select = GraphGateway.EventFields;
            r.QueryParameters.Expand = [$"singleValueExtendedProperties($filter={OurEventTag.ExpandFilter})"];
            r.QueryParameters.Top = 1000;
            r.Headers.Add("Prefer", $"outlook.timezone=\"{timeZone}\"");
        });
    }

    public static RequestInformation CreateOurEvent(GraphServiceClient client, string mailboxId, OurEventDraft draft)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(draft);
        return client.Users[mailboxId].Events.ToPostRequestInformation(draft.ToGraphEvent());
    }

    public static RequestInformation MoveOurEvent(GraphServiceClient client, string mailboxId, CalendarEvent ours, DateTimeOffset start, DateTimeOffset end, string timeZone)
    {
        ArgumentNullException.ThrowIfNull(client);
        EnsureOurs(ours);
        var patch = new Event { Start = GraphGateway.DateTimeTimeZoneOf(start, timeZone), End = GraphGateway.DateTimeTimeZoneOf(end, timeZone) };
        return client.Users[mailboxId].Events[ours.Id].ToPatchRequestInformation(patch);
    }

    public static RequestInformation DeleteOurEvent(GraphServiceClient client, string mailboxId, CalendarEvent ours)
    {
        ArgumentNullException.ThrowIfNull(client);
        EnsureOurs(ours);
        return client.Users[mailboxId].Events[ours.Id].ToDeleteRequestInformation();
    }

    /// <summary>One calendarView page from a step body, and the link to the next page when there is one.</summary>
    public static async Task<(IReadOnlyList<CalendarEvent> Events, string? NextLink)> ReadCalendarViewAsync(string body, CancellationToken ct)
    {
        var page = await KiotaJsonSerializer.DeserializeAsync(body, EventCollectionResponse.CreateFromDiscriminatorValue, ct);
        return ([.. (page?.Value ?? []).Select(CalendarEvent.From)], page?.OdataNextLink);
    }

    /// <summary>The event a create step returned; it is ours because we just created it with our tag.</summary>
    public static async Task<CalendarEvent> ReadCreatedEventAsync(string body, CancellationToken ct)
    {
        var created = await KiotaJsonSerializer.DeserializeAsync(body, Event.CreateFromDiscriminatorValue, ct);
        return created is null
            ? throw new GraphGatewayException("Graph returned no event for a create.", null)
            : CalendarEvent.From(created, assumeOurs: true);
    }

    private static void EnsureOurs(CalendarEvent calendarEvent)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        if (!calendarEvent.IsOurs)
        {
            throw new NotOurEventException(calendarEvent.Id);
        }
    }
}
