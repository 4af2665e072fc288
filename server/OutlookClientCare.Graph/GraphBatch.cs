using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using OutlookClientCare.Core;

namespace OutlookClientCare.Graph;

/// <summary>One request of a $batch, identified by an id unique within the run. Only the requests below exist.</summary>
public abstract record BatchRequest(string Id, string MailboxId)
{
    internal abstract RequestInformation Build(GraphServiceClient client);
}

/// <summary>The calendar between two instants, with our tag expanded (like <see cref="GraphGateway.GetCalendarViewAsync"/>).</summary>
public sealed record CalendarViewRequest(string Id, string MailboxId, DateTimeOffset Start, DateTimeOffset End, string TimeZone) : BatchRequest(Id, MailboxId)
{
    internal override RequestInformation Build(GraphServiceClient client) =>
        client.Users[MailboxId].CalendarView.ToGetRequestInformation(r => GraphGateway.CalendarViewQuery(r, Start, End, TimeZone));
}

/// <summary>
/// Creates one of our events. The transactionId makes a retried create (after a timeout or a
/// crash) return the event created the first time instead of a second one.
/// </summary>
public sealed record CreateEventRequest(string Id, string MailboxId, OurEventDraft Draft) : BatchRequest(Id, MailboxId)
{
    internal override RequestInformation Build(GraphServiceClient client)
    {
        // The SDK's request for POST /users/{id}/events, with the event's JSON written by us (see OurEventDraft.ToGraphJson).
        var request = client.Users[MailboxId].Events.ToPostRequestInformation(new Event());
        request.SetStreamContent(Draft.ToGraphJson(), "application/json");
        return request;
    }
}

/// <summary>Moves one of our events; only an event read back with our tag can be named.</summary>
public sealed record MoveEventRequest(string Id, string MailboxId, CalendarEvent Ours, DateTimeOffset Start, DateTimeOffset End, string TimeZone) : BatchRequest(Id, MailboxId)
{
    internal override RequestInformation Build(GraphServiceClient client)
    {
        var patch = new Event { Start = GraphGateway.DateTimeTimeZoneOf(Start, TimeZone), End = GraphGateway.DateTimeTimeZoneOf(End, TimeZone) };
        return client.Users[MailboxId].Events[GraphBatch.EnsureOurs(Ours).Id].ToPatchRequestInformation(patch);
    }
}

/// <summary>Deletes one of our events; only an event read back with our tag can be named. A 404 means it is gone already.</summary>
public sealed record DeleteEventRequest(string Id, string MailboxId, CalendarEvent Ours) : BatchRequest(Id, MailboxId)
{
    internal override RequestInformation Build(GraphServiceClient client) =>
        client.Users[MailboxId].Events[GraphBatch.EnsureOurs(Ours).Id].ToDeleteRequestInformation();
}

/// <summary>The mailbox's Outlook settings (time zone, working hours, language).</summary>
public sealed record OutlookSettingsRequest(string Id, string MailboxId) : BatchRequest(Id, MailboxId)
{
    internal override RequestInformation Build(GraphServiceClient client) =>
        client.Users[MailboxId].MailboxSettings.ToGetRequestInformation();
}

/// <summary>The final answer to one request, after any retries. Its body is read with the <c>Read...</c> methods of <see cref="GraphBatch"/>.</summary>
public sealed record BatchAnswer(string Id, HttpStatusCode Status, int Attempts, TimeSpan? RetryAfter = null)
{
    internal string Body { get; init; } = "";

    public bool IsSuccess => (int)Status is >= 200 and < 300;
}

/// <summary>
/// Sends many requests as JSON batches of at most 20. A step that Graph throttles (429) or
/// finds unavailable (503/504) comes back inside an outer 200, so the SDK's retry handler never
/// sees it: we re-send just those steps after the longest Retry-After they carry.
/// </summary>
public sealed class GraphBatch
{
    public const int MaxStepsPerBatch = 20;
    private const int ConcurrentBatches = 4;

    private readonly GraphServiceClient _client;
    private readonly TimeProvider _time;
    private readonly int _maxRetries;
    private readonly TimeSpan _maxRetryAfter;
    private readonly IGraphCallObserver? _observer;

    internal GraphBatch(GraphServiceClient client, TimeProvider time, int maxRetries, TimeSpan maxRetryAfter, IGraphCallObserver? observer = null)
    {
        _client = client;
        _time = time;
        _maxRetries = maxRetries;
        _maxRetryAfter = maxRetryAfter;
        _observer = observer;
    }

    /// <summary>
    /// Every answer by request id. Refuses (<see cref="NotOurEventException"/>) before sending anything
    /// when a move or delete names an event without our tag.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, BatchAnswer>> SendAsync(IReadOnlyList<BatchRequest> requests, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var duplicate = requests.GroupBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Batch step id '{duplicate.Key}' is used twice.", nameof(requests));
        }

        var built = requests.Select(r => (r.Id, Request: r.Build(_client))).ToList();
        var routes = built.ToDictionary(s => s.Id, s => (s.Request.HttpMethod.ToString(), GraphCallTelemetry.Template(s.Request.URI)), StringComparer.Ordinal);
        var results = new Dictionary<string, BatchAnswer>(StringComparer.Ordinal);
        var pending = built;
        for (var attempt = 1; pending.Count > 0; attempt++)
        {
            var round = await SendRoundAsync(pending, attempt, ct);
            foreach (var result in round)
            {
                results[result.Id] = result;
                var (method, route) = routes[result.Id];
                _observer?.Answered(method, route, (int)result.Status, GraphCallTelemetry.BatchStepKind);
            }

            var throttled = round.Where(r => IsRetryable(r.Status)).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            if (throttled.Count == 0 || attempt > _maxRetries)
            {
                break;
            }

            var wait = round.Where(r => throttled.Contains(r.Id)).Select(WaitFor).DefaultIfEmpty(TimeSpan.Zero).Max();
            wait = wait > _maxRetryAfter ? _maxRetryAfter : wait;
            _observer?.RetryAfterWaited(wait, GraphCallTelemetry.BatchStepKind);
            await Task.Delay(wait, _time, ct);
            pending = [.. pending.Where(s => throttled.Contains(s.Id))];
        }

        return results;
    }

    /// <summary>
    /// A calendarView answer as events. One page (up to 1,000 events, the usual case) is read straight
    /// from its JSON; more than one is read on, page by page, outside the batch through the SDK.
    /// </summary>
    public async Task<IReadOnlyList<CalendarEvent>> ReadCalendarViewAsync(BatchAnswer answer, string mailboxId, string timeZone, CancellationToken ct)
    {
        using (var document = Parse(answer))
        {
            var root = document.RootElement;
            if (!root.TryGetProperty("@odata.nextLink", out var next) || next.ValueKind == JsonValueKind.Null)
            {
                return root.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Array
                    ? [.. value.EnumerateArray().Select(e => CalendarEvent.FromJson(e, assumeOurs: false))]
                    : [];
            }
        }

        var page = await ReadAsync(answer, EventCollectionResponse.CreateFromDiscriminatorValue, ct);
        return await GraphGateway.CalendarPagesAsync(_client, mailboxId, page, timeZone, ct);
    }

    /// <summary>The event a create returned; it is ours because we just created it with our tag.</summary>
    public static Task<CalendarEvent> ReadCreatedEventAsync(BatchAnswer answer, CancellationToken ct)
    {
        using var document = Parse(answer);
        return document.RootElement.ValueKind == JsonValueKind.Object
            ? Task.FromResult(CalendarEvent.FromJson(document.RootElement, assumeOurs: true))
            : throw new GraphGatewayException("Graph returned no event for a create.", null);
    }

    public static async Task<OutlookSettings> ReadOutlookSettingsAsync(BatchAnswer answer, CancellationToken ct) =>
        MailboxRecords.Settings(await ReadAsync(answer, MailboxSettings.CreateFromDiscriminatorValue, ct));

    internal static CalendarEvent EnsureOurs(CalendarEvent calendarEvent)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        return calendarEvent.IsOurs ? calendarEvent : throw new NotOurEventException(calendarEvent.Id);
    }

    private static JsonDocument Parse(BatchAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (!answer.IsSuccess)
        {
            throw new GraphGatewayException($"Graph answered {(int)answer.Status} to a batch step.", answer.Status);
        }

        try
        {
            return JsonDocument.Parse(answer.Body);
        }
        catch (JsonException error)
        {
            throw new GraphGatewayException("Graph's answer to a batch step could not be read: " + error.Message, null, error);
        }
    }

    private static async Task<T?> ReadAsync<T>(BatchAnswer answer, ParsableFactory<T> factory, CancellationToken ct)
        where T : IParsable
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (!answer.IsSuccess)
        {
            throw new GraphGatewayException($"Graph answered {(int)answer.Status} to a batch step.", answer.Status);
        }

        try
        {
            return await KiotaJsonSerializer.DeserializeAsync(answer.Body, factory, ct);
        }
        catch (Exception error) when (GraphCalls.Translate(error) is { } translated)
        {
            throw translated;
        }
    }

    private async Task<List<BatchAnswer>> SendRoundAsync(List<(string Id, RequestInformation Request)> steps, int attempt, CancellationToken ct)
    {
        var results = new List<BatchAnswer>(steps.Count);
        using var gate = new SemaphoreSlim(ConcurrentBatches);
        var tasks = steps.Chunk(MaxStepsPerBatch).Select(async chunk =>
        {
            await gate.WaitAsync(ct);
            try
            {
                return await SendOneBatchAsync(chunk, attempt, ct);
            }
            finally
            {
                gate.Release();
            }
        });
        foreach (var chunkResults in await Task.WhenAll(tasks))
        {
            results.AddRange(chunkResults);
        }

        return results;
    }

    private async Task<List<BatchAnswer>> SendOneBatchAsync((string Id, RequestInformation Request)[] chunk, int attempt, CancellationToken ct)
    {
        var content = new BatchRequestContentCollection(_client, MaxStepsPerBatch);
        foreach (var (id, request) in chunk)
        {
            // A retried step's body stream was read by the previous round; without rewinding, the
            // SDK finds an empty body and cannot build the batch.
            if (request.Content is { CanSeek: true } body)
            {
                body.Position = 0;
            }

            StartPathAtVersion(request);
            await content.AddBatchRequestStepAsync(request, id);
        }

        BatchResponseContentCollection response;
        try
        {
            response = await _client.Batch.PostAsync(content, ct);
        }
        catch (Exception error) when (GraphCalls.Translate(error) is { } translated)
        {
            throw translated;
        }

        var results = new List<BatchAnswer>(chunk.Length);
        foreach (var (id, _) in chunk)
        {
            using var message = await response.GetResponseByIdAsync(id);
            if (message is null)
            {
                results.Add(new BatchAnswer(id, HttpStatusCode.BadGateway, attempt));
                continue;
            }

            var body = message.Content is null ? "" : await message.Content.ReadAsStringAsync(ct);
            results.Add(new BatchAnswer(id, message.StatusCode, attempt, RetryAfterOf(message)) { Body = body });
        }

        return results;
    }

    /// <summary>
    /// The SDK makes a step's URL relative by cutting the version segment off the front of its
    /// path. Under a base URL with a prefix (demo mode's /graph-sandbox/v1.0) it would cut the
    /// wrong characters, so the step's path is made to start at /v1.0/ first.
    /// </summary>
    private static void StartPathAtVersion(RequestInformation request)
    {
        var uri = request.URI;
        var index = uri.AbsolutePath.IndexOf("/v1.0/", StringComparison.Ordinal);
        if (index > 0)
        {
            request.URI = new Uri(uri.GetLeftPart(UriPartial.Authority) + uri.PathAndQuery[index..]);
        }
    }

    private static TimeSpan? RetryAfterOf(HttpResponseMessage message)
    {
        if (message.Headers.RetryAfter?.Delta is { } delta)
        {
            return delta;
        }

        return message.Headers.TryGetValues("Retry-After", out var values)
            && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;
    }

    /// <summary>Without a Retry-After, back off exponentially: 2, 4, 8 ... seconds.</summary>
    private static TimeSpan WaitFor(BatchAnswer result) =>
        result.RetryAfter ?? TimeSpan.FromSeconds(1 << Math.Min(result.Attempts, 5));

    private static bool IsRetryable(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}
