using System.ComponentModel.DataAnnotations;
using OutlookClientCare.Server.Settings;

namespace OutlookClientCare.Server.Graph;

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
            yield return new ValidationResult(InvalidSettingException.Describe($"{Section}:BaseUrl", BaseUrl, $"an absolute URL such as {MicrosoftGraphV1}"));
        }
    }
}
