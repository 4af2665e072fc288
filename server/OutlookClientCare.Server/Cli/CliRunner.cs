using System.Text.Json;

namespace OutlookClientCare.Server.Cli;

/// <summary>
/// Offline verbs of the server executable (contracts in ../shared/design.md). Each prints its
/// result on stdout; bad input prints one clear line on stderr and exits with 2.
/// </summary>
public static class CliRunner
{
    public delegate Task CliVerb(CliArgs args, TextWriter stdout, CancellationToken cancellationToken);

    private static readonly Dictionary<string, CliVerb> Verbs = new(StringComparer.Ordinal)
    {
        // One line per verb; each verb lives in its own file in this folder.
        ["analyze"] = AnalyzeCommand.RunAsync,
        ["coach"] = CoachCommand.RunAsync,
        ["plan"] = PlanCommand.RunAsync,
        ["manifest"] = ManifestCommand.RunAsync,
        ["reply-text"] = ReplyTextCommand.RunAsync,
    };

    public static bool IsVerb(string[] args) => args.Length > 0 && Verbs.ContainsKey(args[0]);

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        if (args.Length == 0 || !Verbs.TryGetValue(args[0], out var verb))
        {
            await stderr.WriteLineAsync($"Unknown verb. Verbs: {string.Join(", ", Verbs.Keys.Order(StringComparer.Ordinal))}.");
            return 2;
        }

        try
        {
            await verb(new CliArgs(args[0], args.Skip(1)), stdout, cancellationToken);
            await stdout.FlushAsync(cancellationToken);
            return 0;
        }
        catch (CliUsageException ex)
        {
            await stderr.WriteLineAsync(ex.Message);
            return 2;
        }
        catch (JsonException ex)
        {
            await stderr.WriteLineAsync($"{args[0]}: invalid JSON: {ex.Message}");
            return 2;
        }
    }
}
