using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace OutlookClientCare.GraphSandbox.Routing;

/// <summary>
/// One Graph request as the sandbox sees it, whether it came over HTTP or as a step of a $batch.
/// <see cref="Path"/> is relative to the version root ("/me/messages"); <see cref="BaseUrl"/> is the absolute
/// version root ("http://127.0.0.1:5000/v1.0") used to write @odata.nextLink.
/// </summary>
public sealed class SandboxRequest
{
    public SandboxRequest(string method, string pathAndQuery, string baseUrl)
    {
        Method = method.ToUpperInvariant();
        var queryStart = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = queryStart < 0 ? pathAndQuery : pathAndQuery[..queryStart];
        Path = "/" + path.Trim('/');
        // An OData function without parameters may be called as "delta" or "delta()" (the SDK writes the latter).
        Segments = [.. Path.Trim('/').Split('/').Select(Uri.UnescapeDataString).Select(s => s.EndsWith("()", StringComparison.Ordinal) ? s[..^2] : s)];
        Query = QueryHelpers.ParseQuery(queryStart < 0 ? "" : pathAndQuery[queryStart..])
            .ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        BaseUrl = baseUrl.TrimEnd('/');
    }

    public string Method { get; }

    /// <summary>The path as sent (still percent-encoded), e.g. "/me/messages".</summary>
    public string Path { get; }

    /// <summary>The decoded path segments, e.g. ["me", "messages"].</summary>
    public IReadOnlyList<string> Segments { get; }

    public IReadOnlyDictionary<string, string> Query { get; }

    public string BaseUrl { get; }

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The parsed JSON body; null when there was none.</summary>
    public JsonNode? Body { get; init; }

    /// <summary>Set when a body was sent but could not be read as JSON.</summary>
    public string? BodyError { get; init; }

    public string? Header(string name) => Headers.GetValueOrDefault(name);

    public string? QueryValue(string name) => Query.GetValueOrDefault(name);
}
