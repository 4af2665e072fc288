using OutlookClientCare.Server.Pane;

namespace OutlookClientCare.Server.Demo;

/// <summary>
/// /demo: an Outlook-like page over the demo mailbox with the real task pane beside it on the
/// stand-in host. Only in demo mode: it reads the mailbox without sign-in.
/// </summary>
public static class DemoPageApi
{
    public const string Path = "/demo";

    public static WebApplication MapDemoPage(this WebApplication app)
    {
        var files = PaneFiles.Locate(app.Environment);
        if (files is null)
        {
            return app;
        }

        var index = System.IO.Path.Combine(files.Root, "demo", "index.html");
        // Routing matches "/demo" and "/demo/" alike.
        app.MapGet(Path, (HttpResponse response) =>
        {
            PaneFiles.SetCacheHeaders(response, "index.html");
            return Results.File(index, "text/html; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
