using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using Microsoft.Playwright;

namespace OutlookClientCare.Browser.Tests;

/// <summary>
/// One real server in demo mode (the built dll, as a user runs it, with its own data folder) and one
/// headless Chromium for the whole browser suite. Office.js requests are aborted, exactly as when
/// Microsoft's CDN cannot be reached, so the pane runs on its stand-in host.
/// </summary>
public sealed class DemoServerFixture : IAsyncLifetime
{
    public const string Anna = "anna.keller@clientcare-demo.example";
    public const string Daniel = "daniel.brooks@clientcare-demo.example";
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string OfficeCdn = "https://appsforoffice.microsoft.com/**";

    private static readonly string[] ChromiumFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly StringBuilder serverLog = new();
    private readonly string dataFolder = Path.Combine(Path.GetTempPath(), "occ-browser-" + Guid.NewGuid().ToString("N"));
    private Process? server;
    private IPlaywright? playwright;

    public Uri BaseUrl { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots and measured numbers: tests/OutlookClientCare.Browser.Tests/TestResults.</summary>
    public string Artifacts { get; } = Metadata("ArtifactsFolder") ?? Path.Combine(AppContext.BaseDirectory, "TestResults");

    public string ServerDll { get; } = Metadata("ServerDll") ?? throw new InvalidOperationException("ServerDll metadata is missing.");

    public string ServerLog
    {
        get
        {
            lock (serverLog)
            {
                return serverLog.ToString();
            }
        }
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ServerDll))
        {
            throw new InvalidOperationException($"The server is not built at {ServerDll}.");
        }

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is missing at {ChromiumPath}: run ./test.sh (it installs it) or `apt-get install -y chromium`.");
        }

        Directory.CreateDirectory(dataFolder);
        Directory.CreateDirectory(Path.Combine(Artifacts, "screenshots"));
        BaseUrl = new Uri($"http://127.0.0.1:{FreePort()}");
        StartServer();
        Http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
        await WaitForHealthAsync();

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumFlags,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        Http?.Dispose();
        if (server is { HasExited: false })
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }

        server?.Dispose();
        try
        {
            Directory.Delete(dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }

    /// <summary>A new browser context on the demo page, with the Office CDN unreachable.</summary>
    public async Task<DemoPage> OpenDemoAsync(string user, string lang, int width = 1440, int height = 900, string? open = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = lang == "de" ? "de-DE" : "en-US",
            TimezoneId = "Europe/Berlin",
        });
        await context.RouteAsync(OfficeCdn, route => route.AbortAsync("internetdisconnected"));
        var page = await context.NewPageAsync();
        var query = $"/demo?user={Uri.EscapeDataString(user)}&lang={lang}" + (open is null ? "" : $"&open={Uri.EscapeDataString(open)}");
        await page.GotoAsync(new Uri(BaseUrl, query).ToString());
        var demo = new DemoPage(page, context);
        await demo.WaitForPaneAsync();
        return demo;
    }

    public async Task<string> GetJsonAsync(string path, string user)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Demo-User", user);
        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? body : throw new HttpRequestException($"GET {path}: {(int)response.StatusCode} {body}");
    }

    public async Task<string> PostJsonAsync(string path, string user, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Demo-User", user);
        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? body : throw new HttpRequestException($"POST {path}: {(int)response.StatusCode} {body}");
    }

    public void Record(string line)
    {
        File.AppendAllText(Path.Combine(Artifacts, "measurements.txt"), $"{DateTimeOffset.UtcNow:O} {line}{Environment.NewLine}");
    }

    private void StartServer()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            // Not the repository: the server must find the pane beside its dll, as after a build.
            WorkingDirectory = dataFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ServerDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseUrl.ToString().TrimEnd('/'));
        start.Environment["Storage__DataFolder"] = dataFolder;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        server = Process.Start(start) ?? throw new InvalidOperationException("The server did not start.");
        server.OutputDataReceived += (_, e) => Append(e.Data);
        server.ErrorDataReceived += (_, e) => Append(e.Data);
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (serverLog)
        {
            serverLog.AppendLine(line);
        }
    }

    private async Task WaitForHealthAsync()
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (server!.HasExited)
            {
                throw new InvalidOperationException($"The server stopped (exit {server.ExitCode}):\n{ServerLog}");
            }

            try
            {
                using var response = await Http.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The server did not answer /healthz within 60 s:\n{ServerLog}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? Metadata(string key) =>
        typeof(DemoServerFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value;
}

[CollectionDefinition(Name)]
public sealed class DemoServerCollection : ICollectionFixture<DemoServerFixture>
{
    public const string Name = "demo server and browser";
}
