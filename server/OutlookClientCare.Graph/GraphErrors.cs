using System.Globalization;
using System.Net;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace OutlookClientCare.Graph;

/// <summary>A Graph call that failed in a way the caller cannot fix by changing its input.</summary>
public class GraphGatewayException(string message, HttpStatusCode? graphStatus, Exception? inner = null)
    : Exception(message, inner)
{
    public HttpStatusCode? GraphStatus { get; } = graphStatus;
}

/// <summary>Graph throttled or was unavailable past our retries; the API answers 503 with Retry-After.</summary>
public sealed class GraphUnavailableException(string message, HttpStatusCode? graphStatus, TimeSpan retryAfter, Exception? inner = null)
    : GraphGatewayException(message, graphStatus, inner)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}

/// <summary>We were asked to change an event that does not carry our tag. Nothing was changed.</summary>
public sealed class NotOurEventException(string eventId)
    : GraphGatewayException($"Event {eventId} was not created by OutlookClientCare; it is left untouched.", null)
{
    public string EventId { get; } = eventId;
}

/// <summary>
/// Graph needs more from the user before it answers: consent to <see cref="Scopes"/> (or an
/// administrator's), or, with <see cref="Claims"/>, a fresh sign-in that satisfies a Conditional
/// Access challenge such as multi-factor authentication (step-up).
/// </summary>
public sealed class GraphConsentRequiredException(string message, IReadOnlyList<string> scopes, Exception? inner = null, string? claims = null)
    : GraphGatewayException(message, HttpStatusCode.Forbidden, inner)
{
    public IReadOnlyList<string> Scopes { get; } = scopes;

    /// <summary>The claims challenge from Entra ID, to be passed unchanged to the next sign-in; null when it is only consent.</summary>
    public string? Claims { get; } = claims;
}

/// <summary>
/// The one place where what the SDK throws becomes a <see cref="GraphGatewayException"/>; "not
/// found" is a normal result (null), not an exception.
/// </summary>
internal static class GraphCalls
{
    public static async Task<T?> CallAsync<T>(Func<Task<T?>> call)
    {
        try
        {
            return await call();
        }
        catch (ODataError error) when (error.ResponseStatusCode == (int)HttpStatusCode.NotFound)
        {
            return default;
        }
        catch (Exception error) when (Translate(error) is { } translated)
        {
            throw translated;
        }
    }

    public static async Task CallAsync(Func<Task> call) =>
        await CallAsync<bool>(async () =>
        {
            await call();
            return true;
        });

    /// <summary>Null for what is not Graph's doing (cancellation, our own bugs).</summary>
    public static GraphGatewayException? Translate(Exception error) => error switch
    {
        GraphGatewayException => null,
        ApiException api => Translate(api),
        AggregateException aggregate => GaveUpRetrying(aggregate),
        HttpRequestException http => new GraphUnavailableException("Microsoft Graph could not be reached.", null, TimeSpan.FromSeconds(30), http),

        // The SDK parses JSON bodies (pages, batch step bodies); one it cannot read is Graph's
        // answer gone wrong, and the caller should come back later rather than see a 500.
        System.Text.Json.JsonException json => new GraphUnavailableException("Microsoft Graph answered with JSON we could not read.", null, TimeSpan.FromSeconds(10), json),
        _ => null,
    };

    /// <summary>The SDK's retry handler gives up with an AggregateException of the failed attempts.</summary>
    private static GraphUnavailableException GaveUpRetrying(AggregateException error)
    {
        var status = error.InnerExceptions
            .Select(e => e switch
            {
                HttpRequestException http => http.StatusCode,
                ApiException api => (HttpStatusCode?)api.ResponseStatusCode,
                _ => null,
            })
            .LastOrDefault(s => s is not null);
        var shown = status is null ? "no answer" : ((int)status.Value).ToString(CultureInfo.InvariantCulture);
        return new GraphUnavailableException(
            $"Microsoft Graph is busy ({shown}) and still was after {error.InnerExceptions.Count} attempts.", status, TimeSpan.FromSeconds(10), error);
    }

    private static GraphGatewayException Translate(ApiException error)
    {
        var status = (HttpStatusCode)error.ResponseStatusCode;
        var code = (error as ODataError)?.Error?.Code;
        var detail = (error as ODataError)?.Error?.Message ?? error.Message;
        return status switch
        {
            HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout =>
                new GraphUnavailableException($"Microsoft Graph is busy ({(int)status} {code}) and still was after our retries.", status, RetryAfterOf(error), error),
            HttpStatusCode.Forbidden when code is "ErrorAccessDenied" or "Authorization_RequestDenied" =>
                new GraphConsentRequiredException($"Microsoft Graph refused access: {detail}", [], error),
            _ => new GraphGatewayException($"Microsoft Graph answered {(int)status} {code}: {detail}", status, error),
        };
    }

    private static TimeSpan RetryAfterOf(ApiException error)
    {
        if (error.ResponseHeaders.TryGetValue("Retry-After", out var values))
        {
            foreach (var value in values)
            {
                if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
                {
                    return TimeSpan.FromSeconds(seconds);
                }
            }
        }

        return TimeSpan.FromSeconds(10);
    }

    /// <summary>Every page of a collection, following @odata.nextLink: the one paging loop of the product.</summary>
    public static async Task<List<TItem>> AllPagesAsync<TPage, TItem>(TPage? first, Func<TPage, IEnumerable<TItem>?> items, Func<TPage, string?> nextLink, Func<string, Task<TPage?>> fetch)
        where TPage : class
    {
        var all = new List<TItem>();
        for (var page = first; page is not null;)
        {
            all.AddRange(items(page) ?? []);
            if (nextLink(page) is not { Length: > 0 } next)
            {
                break;
            }

            page = await CallAsync(() => fetch(next));
        }

        return all;
    }
}
