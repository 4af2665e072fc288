using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OutlookClientCare.Server.Demo;
using OutlookClientCare.Server.Settings;

namespace OutlookClientCare.Server.Manifest;

/// <summary>
/// The add-in manifest to sideload or deploy (GET /manifest.xml) and the icons it points at
/// (GET /assets/icon-N.png). Both are anonymous: Outlook fetches icons without our token, and a
/// manifest holds nothing secret (the client id is public).
/// </summary>
public static class ManifestApi
{
    public static IServiceCollection AddManifest(this IServiceCollection services)
    {
        services.AddSettings<AddInOptions>(AddInOptions.Section);
        return services;
    }

    public static IEndpointRouteBuilder MapManifest(this IEndpointRouteBuilder app)
    {
        app.MapGet("/manifest.xml", GetManifest)
            .AllowAnonymous()
            .WithTags("Add-in")
            .WithName("GetManifest")
            .WithSummary("The Outlook add-in manifest for this server's https address.");
        app.MapGet("/assets/{file}", GetAsset)
            .AllowAnonymous()
            .WithTags("Add-in")
            .WithName("GetAddInAsset")
            .WithSummary("An add-in icon referenced by the manifest.");
        return app;
    }

    private static Results<ContentHttpResult, ProblemHttpResult> GetManifest(
        HttpRequest request, IOptions<AddInOptions> options, IConfiguration config, IServer server)
    {
        var demo = DemoMode.IsActive(config);
        var configured = string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl) ? null : AddInBaseUrl.Parse(options.Value.PublicBaseUrl);
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var baseUrl = PublicBaseUrl.Resolve(configured, demo, request.IsHttps, request.Host, addresses);
        if (baseUrl is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "This server has no https address for Outlook.",
                detail: "Outlook loads add-ins only over https. Set AddIn:PublicBaseUrl to the https address Outlook should use"
                    + (demo
                        ? ", or run `dotnet dev-certs https --trust`, start the demo with --urls \"http://127.0.0.1:5180;https://localhost:5181\" and open https://localhost:5181/manifest.xml."
                        : "."),
                extensions: new Dictionary<string, object?> { ["field"] = "AddIn:PublicBaseUrl" });
        }

        var xml = ManifestWriter.Write(baseUrl, demo ? null : ClientId(config));
        return TypedResults.Content(xml, "application/xml", Encoding.UTF8);
    }

    private static Results<FileContentHttpResult, NotFound> GetAsset(string file, HttpResponse response)
    {
        if (!AddInFiles.Assets.TryGetValue(file, out var content))
        {
            return TypedResults.NotFound();
        }

        response.Headers.CacheControl = "public, max-age=86400";
        return TypedResults.File(content, "image/png");
    }

    private static Guid ClientId(IConfiguration config)
    {
        var text = config["AzureAd:ClientId"];
        return Guid.TryParse(text, out var id)
            ? id
            : throw new InvalidOperationException("AzureAd:ClientId must be the application (client) ID of the Entra app registration, a GUID.");
    }
}
