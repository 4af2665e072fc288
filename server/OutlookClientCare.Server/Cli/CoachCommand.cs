using System.Text.Json;
using OutlookClientCare.Core;
using OutlookClientCare.Core.Coach;
using OutlookClientCare.Core.Threads;
using OutlookClientCare.Server.Coach;

namespace OutlookClientCare.Server.Cli;

/// <summary>
/// <c>coach --input DRAFT(.txt|.html) [--lang de|en] [--thread THREAD.json --me ADDRESS]</c>: prints
/// the coach's findings and verdict for a reply draft (contract in ../shared/design.md). HTML is
/// turned into text first; spans refer to that text. Without --lang the language is detected. With
/// a thread, the client's open asks, mood and form of address come from it, and the result says
/// which asks the draft answers.
/// </summary>
public static class CoachCommand
{
    // The coach reads at most DraftCoach.MaxDraftLength characters; HTML needs more to reach its text.
    private const int MaxCharactersRead = 2_000_000;

    public static Task RunAsync(CliArgs args, TextWriter stdout, CancellationToken cancellationToken) =>
        RunAsync(args, stdout, TimeProvider.System, cancellationToken);

    public static async Task RunAsync(CliArgs args, TextWriter stdout, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(time);
        args.AllowOnly("input", "lang", "thread", "me");
        var input = args.RequiredFile("input");
        var language = args.Optional("lang") switch
        {
            null => (ThreadLanguage?)null,
            "de" => ThreadLanguage.De,
            "en" => ThreadLanguage.En,
            var other => throw new CliUsageException($"{args.Verb}: --lang must be de or en, not '{other}'."),
        };

        var content = await ReadAsync(input, cancellationToken);
        var draft = Path.GetExtension(input).ToLowerInvariant() switch
        {
            ".txt" or ".text" => content,
            ".html" or ".htm" => HtmlDraft.ToText(content),
            _ => throw new CliUsageException($"{args.Verb}: --input must be a .txt or .html file, not '{input}'."),
        };

        var options = new CoachOptions { Language = language };
        if (await ThreadCardAsync(args, time, cancellationToken) is { } card)
        {
            options = CoachApi.WithThread(options, card);
        }

        var result = DraftCoach.Coach(draft, options);
        await stdout.WriteLineAsync(JsonSerializer.Serialize(result, CoreJson.Options).AsMemory(), cancellationToken);
    }

    /// <summary>The situation card of --thread as seen by --me; null without --thread.</summary>
    private static async Task<SituationCard?> ThreadCardAsync(CliArgs args, TimeProvider time, CancellationToken cancellationToken)
    {
        var thread = args.OptionalFile("thread");
        var me = args.Optional("me");
        if (thread is null)
        {
            return me is null ? null : throw new CliUsageException($"{args.Verb}: --me only makes sense with --thread.");
        }

        if (me is null || !me.Contains('@', StringComparison.Ordinal))
        {
            throw new CliUsageException($"{args.Verb}: --thread needs --me with your e-mail address{(me is null ? "" : $", not '{me}'")}.");
        }

        IReadOnlyList<ThreadMessage> messages;
        try
        {
            await using var stream = File.OpenRead(thread);
            messages = GraphThreadReader.Read(stream);
        }
        catch (ThreadFormatException ex)
        {
            throw new CliUsageException($"{args.Verb}: {thread}: {ex.Message}");
        }

        return ThreadAnalyzer.Analyze(messages, new AnalysisContext(me, time.GetUtcNow(), TimeZoneInfo.Utc));
    }

    private static async Task<string> ReadAsync(string path, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[MaxCharactersRead];
        var read = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        return new string(buffer, 0, read);
    }
}
