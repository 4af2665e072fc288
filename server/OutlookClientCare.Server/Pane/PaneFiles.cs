using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace OutlookClientCare.Server.Pane;

/// <summary>
/// The built task pane and demo page (taskpane/ is built into wwwroot/pane and wwwroot/demo before
/// the server is compiled, then copied beside the executable). JS and CSS carry a content hash in
/// their names, so browsers may keep them for a year; pages and the build manifest must be
/// revalidated on every load so a new build is picked up at once.
/// </summary>
public sealed class PaneFiles
{
    private PaneFiles(string root) => Root = root;

    /// <summary>The wwwroot folder that holds pane/taskpane.html.</summary>
    public string Root { get; }

    public static PaneFiles? Locate(IWebHostEnvironment environment)
    {
        string?[] candidates =
        [
            Path.Combine(AppContext.BaseDirectory, "wwwroot"),
            environment.WebRootPath,
            Path.Combine(environment.ContentRootPath, "wwwroot"),
        ];
        var root = candidates.FirstOrDefault(c => c is not null && File.Exists(Path.Combine(c, "pane", "taskpane.html")));
        return root is null ? null : new PaneFiles(root);
    }

    public StaticFileOptions Serve(string folder, string requestPath) => new()
    {
        FileProvider = new PhysicalFileProvider(Path.Combine(Root, folder)),
        RequestPath = requestPath,
        OnPrepareResponse = context => SetCacheHeaders(context.Context.Response, context.File.Name),
    };

    internal static void SetCacheHeaders(HttpResponse response, string fileName)
    {
        // launchevent.js keeps its name (the manifests point at it), so it must be revalidated like a page.
        var hashed = (fileName.EndsWith(".js", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".css", StringComparison.OrdinalIgnoreCase))
            && !fileName.Equals("launchevent.js", StringComparison.OrdinalIgnoreCase);
        response.Headers[HeaderNames.CacheControl] = hashed ? "public, max-age=31536000, immutable" : "no-cache";
        response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
    }
}
