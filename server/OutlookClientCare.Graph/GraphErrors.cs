using System.Net;

namespace OutlookClientCare.Server.Graph;

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
