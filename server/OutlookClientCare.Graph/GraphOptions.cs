using System.ComponentModel.DataAnnotations;

namespace OutlookClientCare.Graph;

/// <summary>Where Graph is and how patient we are with it ("Graph" configuration section).</summary>
public sealed class GraphOptions : IValidatableObject
{
    public const string Section = "Graph";
    public const string MicrosoftGraphV1 = "https://graph.microsoft.com/v1.0";

    /// <summary>
    /// Graph's base URL. Empty in demo mode means "the sandbox mounted in this process"; tests
    /// point it at a sandbox on its own loopback port.
    /// </summary>
    public string? BaseUrl { get; set; }

    /// <summary>Retries after a 429/503/504 before we give up; the first try is not counted.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>Back-off when Graph throttles without a Retry-After header.</summary>
    [Range(0, 180)]
    public int RetryDelaySeconds { get; set; } = 3;

    /// <summary>Rounds of re-sending throttled steps of a $batch (the SDK does not retry inside a batch).</summary>
    [Range(0, 10)]
    public int MaxBatchRetries { get; set; } = 3;

    /// <summary>Longest Retry-After we wait for inside one request before telling the caller to come back later.</summary>
    [Range(1, 600)]
    public int MaxRetryAfterSeconds { get; set; } = 60;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(BaseUrl)
            && (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)))
        {
            // The host's one-line form for a bad setting: name, value, what is allowed.
            yield return new ValidationResult($"{Section}:BaseUrl is '{BaseUrl.ReplaceLineEndings(" ")}'; allowed: an absolute URL such as {MicrosoftGraphV1}.");
        }
    }
}

/// <summary>
/// Graph's base URL. In demo mode the sandbox lives in this very process, so its address is
/// only known once Kestrel has bound its port; the host sets it then.
/// </summary>
public sealed class GraphBaseUrl(string? configured)
{
    private string? _value = configured?.TrimEnd('/');

    public string Value => _value ?? throw new InvalidOperationException("Graph's base URL is not known yet: the server has not started listening.");

    public bool IsKnown => _value is not null;

    public void SetIfUnknown(string baseUrl) => _value ??= baseUrl.TrimEnd('/');
}

/// <summary>What Graph allows, as documented for v1.0.</summary>
public static class GraphLimits
{
    /// <summary>The longest lifetime of a change-notification subscription on Outlook events (10,080 minutes).</summary>
    public static readonly TimeSpan EventSubscriptionLifetime = TimeSpan.FromMinutes(10_080);
}
