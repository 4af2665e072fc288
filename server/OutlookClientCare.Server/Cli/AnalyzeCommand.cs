using System.Text.Json;
using OutlookClientCare.Core;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Server.Cli;

/// <summary>
/// <c>analyze --input THREAD.json --me ADDRESS [--now ISO-8601] [--time-zone id]</c>: prints
/// the situation card of a Graph thread as JSON.
/// </summary>
public static class AnalyzeCommand
{
    public static Task RunAsync(CliArgs args, TextWriter stdout, CancellationToken cancellationToken) =>
        RunAsync(args, stdout, TimeProvider.System, cancellationToken);

    public static async Task RunAsync(CliArgs args, TextWriter stdout, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(time);
        args.AllowOnly("input", "me", "now", "time-zone");
        var input = args.RequiredFile("input");
        var me = args.Required("me");
        if (!me.Contains('@', StringComparison.Ordinal))
        {
            throw new CliUsageException($"{args.Verb}: --me must be an e-mail address, not '{me}'.");
        }

        var now = args.OptionalInstant("now") ?? time.GetUtcNow();
        var zone = args.OptionalTimeZone("time-zone") ?? TimeZoneInfo.Utc;

        IReadOnlyList<ThreadMessage> messages;
        try
        {
            await using var stream = File.OpenRead(input);
            messages = GraphThreadReader.Read(stream);
        }
        catch (ThreadFormatException ex)
        {
            throw new CliUsageException($"{args.Verb}: {input}: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"{args.Verb}: --input: cannot read {input}: {ex.Message}");
        }

        var card = ThreadAnalyzer.Analyze(messages, new AnalysisContext(me, now, zone));
        await stdout.WriteLineAsync(JsonSerializer.Serialize(card, CoreJson.Options).AsMemory(), cancellationToken);
    }
}
