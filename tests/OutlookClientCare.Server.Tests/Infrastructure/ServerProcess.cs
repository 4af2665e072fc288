using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace OutlookClientCare.Server.Tests.Infrastructure;

/// <summary>
/// The server as an operator runs it: `dotnet OutlookClientCare.Server.dll` in its own process,
/// configured by environment variables, with what it prints kept for the test to read.
/// </summary>
public sealed partial class ServerProcess : IDisposable
{
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _errors = new();

    private ServerProcess(Process process)
    {
        Process = process;
        process.OutputDataReceived += (_, e) => Append(_output, e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            Append(_errors, e.Data);
            Append(_output, e.Data);
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The server dll this test project was built with (same configuration).</summary>
    public static string BuiltDll => typeof(Program).Assembly.Location;

    /// <summary>The server's project file, for `dotnet publish`.</summary>
    public static string ProjectFile => Metadata("ServerProject");

    /// <summary>The configuration the tests were built in (Debug or Release).</summary>
    public static string Configuration => Metadata("Configuration");

    public Process Process { get; }

    /// <summary>Standard output and standard error, interleaved as they arrived.</summary>
    public string Output => Read(_output);

    public string Errors => Read(_errors);

    /// <summary>
    /// Starts <paramref name="dll"/> in <paramref name="workingDirectory"/> in the Production
    /// environment with loopback on a free port (unless <paramref name="arguments"/> say otherwise)
    /// and <paramref name="environment"/> on top of the machine's own variables.
    /// </summary>
    public static ServerProcess Start(string dll, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments.Length > 0 ? arguments : ["--urls", "http://127.0.0.1:0"])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return new ServerProcess(Process.Start(start) ?? throw new InvalidOperationException("The server did not start."));
    }

    /// <summary>The http://127.0.0.1:PORT address the server says it listens on.</summary>
    public async Task<Uri> ListeningUrlAsync(TimeSpan? timeout = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (ListeningOn().Match(Output) is { Success: true } match)
            {
                return new Uri(match.Groups[1].Value);
            }

            Assert.False(Process.HasExited, $"The server stopped:\n{Output}");
            await Task.Delay(100);
        }

        throw new TimeoutException($"The server did not say where it listens:\n{Output}");
    }

    /// <summary>Waits for the process to end by itself and returns its exit code.</summary>
    public async Task<int> ExitCodeAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        await Process.WaitForExitAsync(cancel.Token);
        Process.WaitForExit(); // lets the output readers finish
        return Process.ExitCode;
    }

    /// <summary>SIGTERM, as a container runtime or systemd stops a service.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
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

    private static string Metadata(string key) =>
        typeof(ServerProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is missing; see OutlookClientCare.Server.Tests.csproj.");

    private static void Append(StringBuilder builder, string? line)
    {
        if (line is not null)
        {
            lock (builder)
            {
                builder.AppendLine(line);
            }
        }
    }

    private static string Read(StringBuilder builder)
    {
        lock (builder)
        {
            return builder.ToString();
        }
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
