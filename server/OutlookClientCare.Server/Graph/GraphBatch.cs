using System.Globalization;
using System.Net;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;
using OutlookClientCare.Server.Telemetry;

namespace OutlookClientCare.Server.Graph;

/// <summary>One request of a $batch, identified by an id unique within the run.</summary>
public sealed record GraphBatchStep(string Id, RequestInformation Request);

/// <summary>The final answer to one step, after any retries.</summary>
public sealed record GraphBatchStepResult(string Id, HttpStatusCode Status, string Body, int Attempts, TimeSpan? RetryAfter = null)
{
    public bool IsSuccess => (int)Status is >= 200 and < 300;
}

/// <summary>
/// Sends many requests as JSON batches of at most 20. A step that Graph throttles (429) or
/// finds unavailable (503/504) comes back inside an outer 200, so the SDK's retry handler never
/// sees it: we re-send just those steps after the longest Retry-After they carry.
/// </summary>
public sealed class GraphBatchSender(GraphServiceClient client, TimeProvider time, int maxRetries, TimeSpan maxRetryAfter, ClientCareMetrics? metrics = null)
{
    public const int MaxStepsPerBatch = 20;
    private const int ConcurrentBatches = 4;

    /// <summary>The client the batches go out on; build the steps' requests with it so their base URL matches.</summary>
    public GraphServiceClient Client => client;

    public async Task<IReadOnlyDictionary<string, GraphBatchStepResult>> SendAsync(IReadOnlyList<GraphBatchStep> steps, CancellationToken ct)
    {
        var duplicate = steps.GroupBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Batch step id '{duplicate.Key}' is used twice.", nameof(steps));
        }

        var results = new Dictionary<string, GraphBatchStepResult>(StringComparer.Ordinal);
        var pending = steps.ToList();
        for (var attempt = 1; pending.Count > 0; attempt++)
        {
            var round = await SendRoundAsync(pending, attempt, ct);
            foreach (var result in round)
            {
                results[result.Id] = result;
                metrics?.GraphAnswered("BATCH", "/$batch step", (int)result.Status, "batch-step");
            }

            var throttled = round.Where(r => IsRetryable(r.Status)).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            if (throttled.Count == 0 || attempt > maxRetries)
            {
                break;
            }

            var wait = round.Where(r => throttled.Contains(r.Id)).Select(WaitFor).DefaultIfEmpty(TimeSpan.Zero).Max();
            wait = wait > maxRetryAfter ? maxRetryAfter : wait;
            metrics?.RetryAfterWaited(wait, "batch-step");
            await Task.Delay(wait, time, ct);
            pending = [.. pending.Where(s => throttled.Contains(s.Id))];
        }

        return results;
    }

    private async Task<List<GraphBatchStepResult>> SendRoundAsync(List<GraphBatchStep> steps, int attempt, CancellationToken ct)
    {
        var results = new List<GraphBatchStepResult>(steps.Count);
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

    private async Task<List<GraphBatchStepResult>> SendOneBatchAsync(GraphBatchStep[] chunk, int attempt, CancellationToken ct)
    {
        var content = new BatchRequestContentCollection(client, MaxStepsPerBatch);
        foreach (var step in chunk)
        {
            // A retried step's body stream was read by the previous round; without rewinding, the
            // SDK finds an empty body and cannot build the batch.
            if (step.Request.Content is { CanSeek: true } body)
            {
                body.Position = 0;
            }

            StartPathAtVersion(step.Request);
            await content.AddBatchRequestStepAsync(step.Request, step.Id);
        }

        BatchResponseContentCollection response;
        try
        {
            response = await client.Batch.PostAsync(content, ct);
        }
        catch (ApiException error)
        {
            throw GraphGateway.Translate(error);
        }
        catch (AggregateException error)
        {
            throw GraphGateway.GaveUpRetrying(error);
        }
        catch (HttpRequestException error)
        {
            throw new GraphUnavailableException("Microsoft Graph could not be reached.", null, TimeSpan.FromSeconds(30), error);
        }
        catch (System.Text.Json.JsonException error)
        {
            // The SDK parses every step's JSON body while it builds the batch; a body it cannot read
            // is our fault, but the caller should come back later rather than see a 500.
            throw new GraphUnavailableException("Microsoft Graph answered a batch with an error it did not describe.", null, TimeSpan.FromSeconds(10), error);
        }

        var results = new List<GraphBatchStepResult>(chunk.Length);
        foreach (var step in chunk)
        {
            using var message = await response.GetResponseByIdAsync(step.Id);
            if (message is null)
            {
                results.Add(new GraphBatchStepResult(step.Id, HttpStatusCode.BadGateway, "", attempt));
                continue;
            }

            var body = message.Content is null ? "" : await message.Content.ReadAsStringAsync(ct);
            results.Add(new GraphBatchStepResult(step.Id, message.StatusCode, body, attempt, RetryAfterOf(message)));
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
    private static TimeSpan WaitFor(GraphBatchStepResult result) =>
        result.RetryAfter ?? TimeSpan.FromSeconds(1 << Math.Min(result.Attempts, 5));

    private static bool IsRetryable(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}
