using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OutlookClientCare.Server.Demo;
using OutlookClientCare.Server.Identity;

namespace OutlookClientCare.Server.Manifest;

/// <summary>
/// The add-in manifests to sideload or deploy (GET /manifest.xml, the unified GET /manifest.json and
/// its package GET /manifest.zip), the icons they point at (GET /assets/icon-N.png) and the list of
/// scripts classic Outlook lets sign in from the event runtime. All anonymous: Outlook fetches them
/// without our token, and none holds anything secret (the client id is public).
/// </summary>
public static class ManifestApi
{
    public static IServiceCollection AddManifest(this IServiceCollection services)
    {
        services.AddOptions<AddInOptions>()
            .BindConfiguration(AddInOptions.Section)
            .Validate(
                o => string.IsNullOrWhiteSpace(o.PublicBaseUrl) || AddInBaseUrl.TryParse(o.PublicBaseUrl, out _, out _),
                "AddIn:PublicBaseUrl must be an absolute https URL without query or fragment, e.g. https://care.example.com.")
            .Validate(
                o => string.IsNullOrWhiteSpace(o.SendMode) || SendModes.Parse(o.SendMode) is not null,
                "AddIn:SendMode must be SoftBlock or PromptUser; Block is not offered, because a review that cannot run must never stop a mail.")
            .ValidateOnStart();
        return services;
    }

    public static IEndpointRouteBuilder MapManifest(this IEndpointRouteBuilder app)
    {
        app.MapGet("/manifest.xml", GetManifest)
            .AllowAnonymous()
            .WithTags("Add-in")
            .WithName("GetManifest")
            .WithSummary("The Outlook add-in manifest for this server's https address.");
        app.MapGet("/manifest.json", GetUnifiedManifest)
            .AllowAnonymousBecause("Administrators and Outlook download the add-in manifest before anyone signs in; the client id in it is public.")
            .WithTags("Add-in")
            .WithName("GetUnifiedManifest")
            .WithSummary("The unified manifest for Microsoft 365 (manifest.json) for this server's https address.");
        app.MapGet("/manifest.zip", GetUnifiedPackage)
            .AllowAnonymousBecause("Administrators upload this package in the Microsoft 365 admin center; it holds only the public manifest and icons.")
            .WithTags("Add-in")
            .WithName("GetUnifiedManifestPackage")
            .WithSummary("The unified manifest with its German strings and icons, zipped for the admin center or sideloading.");
        app.MapGet("/.well-known/microsoft-officeaddins-allowed.json", GetAllowedScripts)
            .AllowAnonymousBecause("Classic Outlook on Windows reads it without a token to learn which of our scripts may sign in and call us from the send-time review.")
            .WithTags("Add-in")
            .WithName("GetOfficeAddInsAllowed")
            .WithSummary("The scripts of this server allowed to use single sign-on and CORS in Outlook's event runtime.");
        app.MapGet("/pane/launchevent.js", GetSendHandlerScript)
            .AllowAnonymousBecause("Outlook loads the Send handler's script without our token, as it loads the pane; it holds no user data.")
            .WithTags("Add-in")
            .WithName("GetSendHandlerScript")
            .WithSummary("The OnMessageSend handler both manifests name, with this server's https address written in.");
        app.MapGet("/assets/{file}", GetAsset)
            .AllowAnonymous()
            .WithTags("Add-in")
            .WithName("GetAddInAsset")
            .WithSummary("An add-in icon referenced by the manifest.");
        return app;
    }

    private static Results<ContentHttpResult, ProblemHttpResult> GetManifest(
        HttpRequest request, IOptions<AddInOptions> options, IConfiguration config, IServer server) =>
        ForDeployment(request, options, config, server, (baseUrl, clientId, sendMode) =>
            TypedResults.Content(ManifestWriter.Write(baseUrl, clientId, sendMode: sendMode), "application/xml", Encoding.UTF8));

    private static Results<ContentHttpResult, ProblemHttpResult> GetUnifiedManifest(
        HttpRequest request, IOptions<AddInOptions> options, IConfiguration config, IServer server) =>
        ForDeployment(request, options, config, server, (baseUrl, clientId, sendMode) =>
            TypedResults.Content(UnifiedManifest.Write(baseUrl, clientId, sendMode: sendMode), "application/json", Encoding.UTF8));

    private static Results<FileContentHttpResult, ProblemHttpResult> GetUnifiedPackage(
        HttpRequest request, IOptions<AddInOptions> options, IConfiguration config, IServer server) =>
        ForDeployment(request, options, config, server, (baseUrl, clientId, sendMode) =>
            TypedResults.File(UnifiedManifest.Package(baseUrl, clientId, sendMode: sendMode), "application/zip", "outlookclientcare-manifest.zip"));

    private static Results<JsonHttpResult<AllowedScripts>, ProblemHttpResult> GetAllowedScripts(
        HttpRequest request, IOptions<AddInOptions> options, IConfiguration config, IServer server) =>
        ForDeployment(request, options, config, server, (baseUrl, _, _) => TypedResults.Json(new AllowedScripts([baseUrl.Value + "/pane/launchevent.js"])));

    /// <summary>
    /// The built launchevent.js with the server's https address in place of its placeholder: classic
    /// Outlook on Windows runs the script alone, and before Mailbox 1.14 it cannot tell the script
    /// where it was loaded from. Without an https address the placeholder stays and the script falls
    /// back on its own URL or page.
    /// </summary>
    private static Results<ContentHttpResult, NotFound> GetSendHandlerScript(
        HttpRequest request, HttpResponse response, IOptions<AddInOptions> options, IConfiguration config, IServer server, IWebHostEnvironment environment)
    {
        var files = Pane.PaneFiles.Locate(environment);
        var path = files is null ? null : Path.Combine(files.Root, "pane", "launchevent.js");
        if (path is null || !File.Exists(path))
        {
            return TypedResults.NotFound();
        }

        var script = File.ReadAllText(path);
        var (baseUrl, _, _) = Deployment(request, options, config, server);
        if (baseUrl is not null)
        {
            script = script.Replace("\"" + ServerBasePlaceholder + "\"", System.Text.Json.JsonSerializer.Serialize(baseUrl.Value), StringComparison.Ordinal);
        }

        Pane.PaneFiles.SetCacheHeaders(response, "launchevent.js");
        return TypedResults.Content(script, "text/javascript", Encoding.UTF8);
    }

    /// <summary>The string in launchevent.js (src/sendCheck/launchEvent.ts) the server replaces with its https address.</summary>
    public const string ServerBasePlaceholder = "__OCC_SERVER_BASE__";

    /// <summary>The file Office reads at /.well-known/microsoft-officeaddins-allowed.json.</summary>
    public sealed record AllowedScripts(IReadOnlyList<string> Allowed);

    /// <summary>
    /// Runs <paramref name="write"/> for the https address, client id and send mode of this deployment,
    /// or explains why there is no https address Outlook could use.
    /// </summary>
    private static Results<T, ProblemHttpResult> ForDeployment<T>(
        HttpRequest request, IOptions<AddInOptions> options, IConfiguration config, IServer server, Func<AddInBaseUrl, Guid?, SendMode, T> write)
        where T : IResult
    {
        var demo = DemoMode.IsActive(config);
        var (baseUrl, clientId, sendMode) = Deployment(request, options, config, server);
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

        return write(baseUrl, clientId, sendMode);
    }

    /// <summary>This deployment's https address (null when it has none), Entra client id (null in demo mode) and send mode.</summary>
    private static (AddInBaseUrl? BaseUrl, Guid? ClientId, SendMode SendMode) Deployment(HttpRequest request, IOptions<AddInOptions> options, IConfiguration config, IServer server)
    {
        var demo = DemoMode.IsActive(config);
        var configured = string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl) ? null : AddInBaseUrl.Parse(options.Value.PublicBaseUrl);
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var baseUrl = PublicBaseUrl.Resolve(configured, demo, request.IsHttps, request.Host, addresses);
        return (baseUrl, demo ? null : ClientId(config), options.Value.ParsedSendMode);
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
