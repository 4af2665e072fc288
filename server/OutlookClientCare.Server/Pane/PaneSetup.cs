using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OutlookClientCare.Server.Hosting;
using OutlookClientCare.Server.SendChecks;

namespace OutlookClientCare.Server.Pane;

/// <summary>Serves the task pane (/pane/taskpane.html and its assets), its sign-in settings and the week picture.</summary>
public static class PaneSetup
{
    /// <summary>
    /// What the pane needs to sign in to our API; null in demo mode, where nobody signs in.
    /// <c>GraphScopes</c>: the only Graph permissions the pane ever asks the user to consent to.
    /// <c>SendCheck</c>: false when an administrator switched the review at Send off (SendCheck:Enabled).
    /// </summary>
    public sealed record PaneConfig(bool Demo, string? ClientId, string? Authority, string? ApiScope, IReadOnlyList<string>? GraphScopes, bool SendCheck);

    public static WebApplication UsePane(this WebApplication app)
    {
        var files = PaneFiles.Locate(app.Environment);
        if (files is null)
        {
            app.Logger.LogWarning("The task pane is not built (no wwwroot/pane/taskpane.html); build the server project to build it.");
            return app;
        }

        app.UseStaticFiles(files.Serve("pane", "/pane"));
        return app;
    }

    public static IEndpointRouteBuilder MapPane(this IEndpointRouteBuilder app)
    {
        app.MapGet("/pane/config.json", GetConfig)
            .AllowAnonymous()
            .WithTags("Pane")
            .WithName("GetPaneConfig")
            .WithSummary("The client id, authority, API scope and Graph permissions the pane signs in with.");
        app.MapWeek();
        return app;
    }

    private static Ok<PaneConfig> GetConfig(IConfiguration config, HostMode mode, IOptionsSnapshot<SendCheckOptions> sendCheck, HttpResponse response)
    {
        response.Headers.CacheControl = "no-cache";
        var clientId = config["AzureAd:ClientId"];
        if (mode.IsDemo)
        {
            return TypedResults.Ok(new PaneConfig(true, null, null, null, null, sendCheck.Value.Enabled));
        }

        var instance = (config["AzureAd:Instance"] ?? "https://login.microsoftonline.com/").TrimEnd('/');
        var tenant = config["AzureAd:TenantId"] is { Length: > 0 } t ? t : "common";
        var scope = config["Pane:ApiScope"] is { Length: > 0 } s ? s : $"api://{clientId}/access_as_user";
        return TypedResults.Ok(new PaneConfig(false, clientId, $"{instance}/{tenant}", scope, [.. Identity.EntraIdSetup.GraphScopes, .. Identity.EntraIdSetup.WhenFirstUsedScopes], sendCheck.Value.Enabled));
    }
}
