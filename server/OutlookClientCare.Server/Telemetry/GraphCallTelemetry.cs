using System.Diagnostics;
using System.Text.RegularExpressions;

namespace OutlookClientCare.Server.Telemetry;

/// <summary>
/// The one place Graph calls are observed: the innermost handler of the Graph HttpClient, so it
/// sees every attempt the SDK's retry handler makes, 429s and their Retry-After included. A span
/// per request names only the method and the route with ids replaced ("GET /users/{id}/messages");
/// never the query, a body or the Authorization header.
/// </summary>
public sealed partial class GraphCallTelemetry(ClientCareMetrics metrics) : DelegatingHandler
{
    public const string SourceName = "OutlookClientCare.Graph";

    private static readonly ActivitySource Source = new(SourceName);

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
            metrics.GraphAnswered(method, route, status, "request", Stopwatch.GetElapsedTime(started));
            if (status == 429 && response.Headers.RetryAfter?.Delta is { } wait)
            {
                activity?.SetTag("graph.retry_after_seconds", wait.TotalSeconds);
                metrics.RetryAfterWaited(wait, "request");
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
            metrics.GraphAnswered(method, route, 0, "request", Stopwatch.GetElapsedTime(started));
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
