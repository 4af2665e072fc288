using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using OutlookClientCare.Server.Tests.Infrastructure;

namespace OutlookClientCare.Server.Tests.Security;

/// <summary>
/// The server as an operator starts it: its own process, the tenant configured only through
/// environment variables (AzureAd__TenantId and friends), as in a container.
/// </summary>
public sealed partial class EnvironmentConfigurationTests : IDisposable
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("occ-env-").FullName;

    [Fact]
    public async Task ATenantConfiguredByEnvironmentVariablesStartsAndRefusesCallsWithoutAToken()
    {
        using var server = Start(TenantVariables());
        var url = await ListeningUrlAsync(server);
        using var http = new HttpClient { BaseAddress = new Uri(url) };

        using var response = await http.GetAsync(new Uri("/api/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("demo", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AMissingTenantIdInTheEnvironmentStopsTheStartAndIsNamed()
    {
        var variables = TenantVariables();
        variables.Remove("AzureAd__TenantId");
        using var server = Start(variables);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await server.Process.WaitForExitAsync(timeout.Token);

        Assert.NotEqual(0, server.Process.ExitCode);
        Assert.Contains("AzureAd:TenantId", server.Output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dataFolder, recursive: true);

    private static Dictionary<string, string> TenantVariables() => new(StringComparer.Ordinal)
    {
        ["AzureAd__Instance"] = "https://login.microsoftonline.com/",
        ["AzureAd__TenantId"] = TestTokens.HomeTenant,
        ["AzureAd__ClientId"] = TestTokens.ClientId,
        ["AzureAd__Audience"] = TestTokens.Audience,
        ["AzureAd__ClientSecret"] = "from-the-environment",
    };

    private RunningServer Start(Dictionary<string, string> variables)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _dataFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__DataFolder"] = _dataFolder;
        start.Environment["Booking__RunInBackground"] = "false";
        foreach (var (key, value) in variables)
        {
            start.Environment[key] = value;
        }

        return new RunningServer(Process.Start(start) ?? throw new InvalidOperationException("The server did not start."));
    }

    private static async Task<string> ListeningUrlAsync(RunningServer server)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (ListeningOn().Match(server.Output) is { Success: true } match)
            {
                return match.Groups[1].Value;
            }

            Assert.False(server.Process.HasExited, $"The server stopped:\n{server.Output}");
            await Task.Delay(100);
        }

        throw new TimeoutException($"The server did not say where it listens:\n{server.Output}");
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();

    private sealed class RunningServer : IDisposable
    {
        private readonly StringBuilder _output = new();

        public RunningServer(Process process)
        {
            Process = process;
            process.OutputDataReceived += (_, e) => Append(e.Data);
            process.ErrorDataReceived += (_, e) => Append(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public Process Process { get; }

        public string Output
        {
            get
            {
                lock (_output)
                {
                    return _output.ToString();
                }
            }
        }

        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
                Process.WaitForExit();
            }

            Process.Dispose();
        }

        private void Append(string? line)
        {
            if (line is not null)
            {
                lock (_output)
                {
                    _output.AppendLine(line);
                }
            }
        }
    }
}
