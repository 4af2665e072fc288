using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutlookClientCare.GraphSandbox.Data;
using OutlookClientCare.GraphSandbox.Routing;

namespace OutlookClientCare.GraphSandbox.Hosting;

/// <summary>Mounting the sandbox in an ASP.NET Core app (demo mode) and the HTTP side of every request.</summary>
public static class GraphSandboxEndpoints
{
    /// <summary>Graph's own request size limit.</summary>
    public const int MaxBodyBytes = 4 * 1024 * 1024;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Registers the sandbox engine for <see cref="MapGraphSandbox"/>; uses the app's TimeProvider when there is one.</summary>
    public static IServiceCollection AddGraphSandbox(this IServiceCollection services, Func<IServiceProvider, SandboxTenant> tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new GraphSandboxEngine(tenant(sp), sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    public static IServiceCollection AddGraphSandbox(this IServiceCollection services, SandboxTenant tenant) =>
        services.AddGraphSandbox(_ => tenant);

    /// <summary>
    /// Maps Graph under <paramref name="basePath"/> (e.g. "/graph-sandbox/v1.0") and the admin routes beside it
    /// ("/graph-sandbox/_sandbox/..."). Returns the group holding both, e.g. to call AllowAnonymous on it: the
    /// sandbox does its own (deliberately simple) sign-in.
    /// </summary>
    public static RouteGroupBuilder MapGraphSandbox(this IEndpointRouteBuilder endpoints, string basePath = "/graph-sandbox/v1.0")
    {
        ArgumentNullException.ThrowIfNull(basePath);
        var trimmed = "/" + basePath.Trim('/');
        var versioned = trimmed.EndsWith("/v1.0", StringComparison.OrdinalIgnoreCase);
        var root = versioned ? trimmed[..^"/v1.0".Length] : trimmed;
        var graphSegment = versioned ? "/v1.0" : "";
        var group = endpoints.MapGroup(root.Length == 0 ? "/" : root);
        group.Map(graphSegment + "/{**path}", (HttpContext http, GraphSandboxEngine engine) => ServeGraphAsync(http, engine, root + graphSegment))
            .ExcludeFromDescription();
        group.MapSandboxAdmin();
        return group;
    }

    private static async Task ServeGraphAsync(HttpContext http, GraphSandboxEngine engine, string graphBase)
    {
        var prefix = http.Request.PathBase + graphBase;
        var target = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path + http.Request.QueryString;
        var relative = target.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            ? target[prefix.Length..]
            : http.Request.Path.Value![graphBase.Length..] + http.Request.QueryString;
        var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}{prefix}";
        var (body, bodyError, tooLarge) = await ReadBodyAsync(http.Request);
        var request = new SandboxRequest(http.Request.Method, relative, baseUrl) { Body = body, BodyError = bodyError };
        foreach (var header in http.Request.Headers)
        {
            request.Headers[header.Key] = header.Value.ToString();
        }

        SandboxResponse response;
        try
        {
            response = tooLarge
                ? engine.Error(new GraphProblem(413, "RequestEntityTooLarge", "The request body is larger than 4 MB."), request)
                : await engine.HandleAsync(request, http.RequestAborted);
        }
        catch (SandboxConnectionDroppedException)
        {
            http.Abort();
            return;
        }

        await WriteAsync(http.Response, response);
    }

    internal static async Task WriteAsync(HttpResponse http, SandboxResponse response)
    {
        http.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            http.Headers[name] = value;
        }

        if (response.Body is null)
        {
            return;
        }

        http.ContentType = GraphSandboxEngine.JsonContentType;
        await using var writer = new Utf8JsonWriter(http.Body, WriterOptions);
        response.Body.WriteTo(writer);
    }

    internal static async Task<(JsonNode? Body, string? Error, bool TooLarge)> ReadBodyAsync(HttpRequest request)
    {
        if (request.ContentLength is > MaxBodyBytes)
        {
            return (null, null, true);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBodyBytes)
            {
                return (null, null, true);
            }
        }

        if (buffer.Length == 0)
        {
            return (null, null, false);
        }

        try
        {
            return (JsonNode.Parse(buffer.ToArray(), documentOptions: new JsonDocumentOptions { MaxDepth = 64 }), null, false);
        }
        catch (JsonException ex)
        {
            return (null, ex.Message, false);
        }
    }
}
