using System.Text.Json;
using OutlookClientCare.Core;
using OutlookClientCare.Core.Coach;
using OutlookClientCare.Core.Snippets;

namespace OutlookClientCare.Server.Cli;

/// <summary>
/// <c>coach --input DRAFT(.txt|.html) [--lang de|en]</c>: prints the coach's findings and verdict
/// for a reply draft (contract in ../shared/design.md). HTML is turned into text first; spans refer
/// to that text. Without --lang the language is detected.
/// </summary>
public static class CoachCommand
{
    // The coach reads at most DraftCoach.MaxDraftLength characters; HTML needs more to reach its text.
    private const int MaxCharactersRead = 2_000_000;

    public static async Task RunAsync(CliArgs args, TextWriter stdout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        args.AllowOnly("input", "lang");
        var input = args.RequiredFile("input");
        var language = args.Optional("lang") switch
        {
            null => (ReplyLanguage?)null,
            "de" => ReplyLanguage.De,
            "en" => ReplyLanguage.En,
            var other => throw new CliUsageException($"{args.Verb}: --lang must be de or en, not '{other}'."),
        };

        var content = await ReadAsync(input, cancellationToken);
        var draft = Path.GetExtension(input).ToLowerInvariant() switch
        {
            ".txt" or ".text" => content,
            ".html" or ".htm" => HtmlDraft.ToText(content),
            _ => throw new CliUsageException($"{args.Verb}: --input must be a .txt or .html file, not '{input}'."),
        };

        var result = DraftCoach.Coach(draft, new CoachOptions { Language = language });
        await stdout.WriteLineAsync(JsonSerializer.Serialize(result, CoreJson.Options).AsMemory(), cancellationToken);
    }

    private static async Task<string> ReadAsync(string path, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[MaxCharactersRead];
        var read = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        return new string(buffer, 0, read);
    }
}
