using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Xunit.Abstractions;

namespace OutlookClientCare.Browser.Tests;

[Collection(DemoServerCollection.Name)]
public sealed class BudgetTests(DemoServerFixture server, ITestOutputHelper output)
{
    private const long BudgetBytes = 150 * 1024;

    [Fact]
    public void The_panes_javascript_and_css_stay_within_150_KB_gzipped()
    {
        var pane = Path.Combine(Path.GetDirectoryName(server.ServerDll)!, "wwwroot", "pane");
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(pane, "build-manifest.json")));
        var files = manifest.RootElement.GetProperty("paneFiles").EnumerateArray().Select(f => f.GetString()!).ToList();
        Assert.Contains(files, f => f.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("taskpane-", StringComparison.Ordinal) && f.EndsWith(".js", StringComparison.Ordinal));

        long total = 0;
        foreach (var file in files)
        {
            using var compressed = new MemoryStream();
            using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                gzip.Write(File.ReadAllBytes(Path.Combine(pane, file)));
            }

            total += compressed.Length;
        }

        var line = string.Create(CultureInfo.InvariantCulture, $"pane JS+CSS gzipped: {total / 1024.0:F1} KB over {files.Count} files (budget 150 KB, Office.js excluded)");
        output.WriteLine(line);
        server.Record(line);
        Assert.True(total <= BudgetBytes, line);
    }

    [Fact]
    public async Task The_pane_loads_office_js_from_microsofts_cdn_and_long_caches_only_hashed_assets()
    {
        using var page = await server.Http.GetAsync(new Uri("/pane/taskpane.html", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"https://appsforoffice.microsoft.com/lib/1/hosted/office.js\"></script>", html, StringComparison.Ordinal);
        Assert.Equal("no-cache", page.Headers.CacheControl?.ToString());

        var script = System.Text.RegularExpressions.Regex.Match(html, "src=\"(/pane/taskpane-[A-Z0-9]+\\.js)\"", System.Text.RegularExpressions.RegexOptions.NonBacktracking).Groups[1].Value;
        using var asset = await server.Http.GetAsync(new Uri(script, UriKind.Relative));
        Assert.True(asset.IsSuccessStatusCode);
        Assert.Equal("public, max-age=31536000, immutable", asset.Headers.CacheControl?.ToString());
    }
}
