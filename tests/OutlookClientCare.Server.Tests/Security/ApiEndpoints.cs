using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace OutlookClientCare.Server.Tests.Security;

/// <summary>One method of one route, as the running app's endpoint data source lists it.</summary>
public sealed record ApiEndpoint(string Method, RouteEndpoint Endpoint)
{
    public string Pattern => "/" + (Endpoint.RoutePattern.RawText ?? "").TrimStart('/');

    public IReadOnlyList<RoutePatternParameterPart> Parameters => Endpoint.RoutePattern.Parameters;

    public bool RequiresSignIn => Endpoint.Metadata.GetMetadata<IAuthorizeData>() is not null && Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null;

    public bool IsAnonymous => Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;

    public bool TakesBody => Method is "POST" or "PUT" or "PATCH";

    /// <summary>The handler declares a request body (typed, or with .Accepts&lt;T&gt;()).</summary>
    public bool ReadsBody => Endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is not null;

    /// <summary>The body type when the handler binds JSON from the body; null for raw-stream handlers.</summary>
    public Type? BodyType => Endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;

    public override string ToString() => $"{Method} {Pattern}";

    /// <summary>The URL with each route parameter replaced (constraint-respecting sample when no value is given).</summary>
    public string Url(IReadOnlyDictionary<string, string>? values = null)
    {
        var path = Pattern;
        foreach (var parameter in Parameters)
        {
            var value = values is not null && values.TryGetValue(parameter.Name, out var given) ? given : SampleFor(parameter);
            var start = path.IndexOf("{" + parameter.Name, StringComparison.OrdinalIgnoreCase);
            var end = path.IndexOf('}', start);
            path = path[..start] + Uri.EscapeDataString(value) + path[(end + 1)..];
        }

        return path;
    }

    /// <summary>True when the value satisfies the parameter's route constraints (int, long, guid, ...).</summary>
    public static bool Fits(RoutePatternParameterPart parameter, string value) => parameter.ParameterPolicies.All(policy => policy.Content switch
    {
        "int" => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
        "long" => long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
        "guid" => Guid.TryParse(value, out _),
        "datetime" => DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "bool" => bool.TryParse(value, out _),
        _ => true,
    });

    private static string SampleFor(RoutePatternParameterPart parameter) =>
        new[] { "1", "0b1c2d3e-4f50-4617-8899-aabbccddeeff", "2026-12-01", "sample" }.First(v => Fits(parameter, v));

    public static IReadOnlyList<ApiEndpoint> Of(IServiceProvider services) =>
    [
        .. services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => new ApiEndpoint(m, e)))
            .OrderBy(e => e.Pattern, StringComparer.Ordinal)
            .ThenBy(e => e.Method, StringComparer.Ordinal),
    ];
}
