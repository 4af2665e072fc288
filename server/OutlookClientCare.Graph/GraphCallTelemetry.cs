using System.Diagnostics;
using System.Text.RegularExpressions;

namespace OutlookClientCare.Graph;

/// <summary>
/// Who counts Graph's answers (the host's metrics). Only low-cardinality facts cross: a method, a
/// route with ids replaced, a status, a kind ("request" for an HTTP call, "batch-step" for one
/// request inside a $batch) and waits.
/// </summary>
public interface IGraphCallObserver
{
    /// <summary>One answer from Graph; <paramref name="took"/> only for HTTP calls (a batch step has no time of its own).</summary>
    void Answered(string method, string route, int status, string kind, TimeSpan? took = null);

    /// <summary>A Retry-After that Graph asked for and that we waited (or will wait) before trying again.</summary>
    void RetryAfterWaited(TimeSpan wait, string kind);
}

/// <summary>
/// The one place Graph calls are observed: the innermost handler of the Graph HttpClient, so it
/// sees every attempt the SDK's retry handler makes, 429s and their Retry-After included. A span
/// per request names only the method and the route with ids replaced ("GET /users/{id}/messages");
/// never the query, a body or the Authorization header.
/// </summary>
public sealed partial class GraphCallTelemetry : DelegatingHandler
{
    /// <summary>The ActivitySource of Graph-call spans; the host's tracing listens to it.</summary>
    public const string SourceName = "OutlookClientCare.Graph";

    public const string RequestKind = "request";
    public const string BatchStepKind = "batch-step";

    private static readonly ActivitySource Source = new(SourceName);

    private readonly IGraphCallObserver _observer;

    internal GraphCallTelemetry(IGraphCallObserver observer) => _observer = observer;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var route = Template(request.RequestUri);
        var method = request.Method.Method;
        using var activity = Source.StartActivity($"{method} {route}", ActivityKind.Client);
        activity?.SetTag("http.request.method", method);
        activity?.SetTag("url.template", route);
        activity?.SetTag("server.address", request.RequestUri?.Host);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            var status = (int)response.StatusCode;
            activity?.SetTag("http.response.status_code", status);
            _observer.Answered(method, route, status, RequestKind, Stopwatch.GetElapsedTime(started));
            if (status == 429 && response.Headers.RetryAfter?.Delta is { } wait)
            {
                activity?.SetTag("graph.retry_after_seconds", wait.TotalSeconds);
                _observer.RetryAfterWaited(wait, RequestKind);
            }

            if (status >= 400)
            {
                activity?.SetStatus(ActivityStatusCode.Error);
            }

            return response;
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            activity?.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
            _observer.Answered(method, route, 0, RequestKind, Stopwatch.GetElapsedTime(started));
            throw;
        }
    }

    /// <summary>The path from the version segment on, with every id, address and key replaced by {id}.</summary>
    public static string Template(Uri? uri)
    {
        if (uri is null)
        {
            return "/";
        }

        var path = uri.AbsolutePath;
        var version = path.IndexOf("/v1.0/", StringComparison.Ordinal);
        if (version >= 0)
        {
            path = path[(version + "/v1.0".Length)..];
        }

        return string.Join('/', path.Split('/').Select(segment => IsId(segment) ? "{id}" : segment));
    }

    private static bool IsId(string segment) => segment.Length > 0 && !Name().IsMatch(segment);

    /// <summary>Graph's own path words: lower camel case ("calendarView", "$batch", "createReplyAll").</summary>
    [GeneratedRegex(@"^\$?[a-z][A-Za-z]{1,40}$")]
    private static partial Regex Name();
}
