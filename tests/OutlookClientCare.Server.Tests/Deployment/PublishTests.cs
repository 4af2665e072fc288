using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using OutlookClientCare.Server.Tests.Infrastructure;

namespace OutlookClientCare.Server.Tests.Deployment;

/// <summary>
/// Every real deployment starts from `dotnet publish`: the published folder alone, started from
/// some other working directory, serves the task pane, the demo page and the add-in's files.
/// </summary>
public sealed partial class PublishTests : IDisposable
{
    private readonly string _published = Directory.CreateTempSubdirectory("occ-publish-").FullName;
    private readonly string _elsewhere = Directory.CreateTempSubdirectory("occ-cwd-").FullName;

    [Fact]
    public async Task APublishedServerServesThePaneTheDemoPageAndTheAddInFilesFromAnyFolder()
    {
        await PublishAsync();
        Assert.False(Directory.Exists(Path.Combine(_elsewhere, "wwwroot")));
        using var server = ServerProcess.Start(
            Path.Combine(_published, "OutlookClientCare.Server.dll"),
            _elsewhere,
            new Dictionary<string, string> { ["Storage__DataFolder"] = _elsewhere, ["Booking__RunInBackground"] = "false" });
        using var http = new HttpClient { BaseAddress = await server.ListeningUrlAsync() };

        using var pane = await http.GetAsync(new Uri("/pane/taskpane.html", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, pane.StatusCode);
        var script = HashedScript().Match(await pane.Content.ReadAsStringAsync());
        Assert.True(script.Success, "taskpane.html names no content-hashed script");

        using var javascript = await http.GetAsync(new Uri(script.Groups[1].Value, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, javascript.StatusCode);
        Assert.Equal("text/javascript", javascript.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", javascript.Headers.CacheControl?.ToString(), StringComparison.Ordinal);

        using var demo = await http.GetAsync(new Uri("/demo", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, demo.StatusCode);
        Assert.Contains("<html", await demo.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        using var icon = await http.GetAsync(new Uri("/assets/icon-80.png", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/png", icon.Content.Headers.ContentType?.MediaType);

        Assert.DoesNotContain("not built", server.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Directory.Delete(_published, recursive: true);
        Directory.Delete(_elsewhere, recursive: true);
    }

    /// <summary>
    /// Publishes what the test run already built (--no-build): a second build of the server here
    /// would race the other test projects that run the same build output.
    /// </summary>
    private async Task PublishAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["publish", ServerProcess.ProjectFile, "-c", ServerProcess.Configuration, "--no-build", "-o", _published, "-nologo"])
        {
            start.ArgumentList.Add(argument);
        }

        using var publish = Process.Start(start)!;
        var output = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await publish.WaitForExitAsync(timeout.Token);
        Assert.True(publish.ExitCode == 0, $"dotnet publish failed:\n{await output}\n{await errors}");
    }

    [GeneratedRegex(@"<script[^>]+src=""(/pane/[A-Za-z0-9_-]+-[A-Z0-9]{8}\.js)""")]
    private static partial Regex HashedScript();
}
