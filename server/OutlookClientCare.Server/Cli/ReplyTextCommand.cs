using MimeKit;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Server.Cli;

/// <summary>
/// <c>reply-text --input MAIL(.txt|.html|.eml)</c>: prints only the new text of one e-mail,
/// without quoted history, signature or mobile footer.
/// </summary>
public static class ReplyTextCommand
{
    public static async Task RunAsync(CliArgs args, TextWriter stdout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        args.AllowOnly("input");
        var input = args.RequiredFile("input");
        var extension = Path.GetExtension(input).ToLowerInvariant();
        string text;
        try
        {
            text = extension switch
            {
                ".txt" or ".text" => ReplyText.Extract(await File.ReadAllTextAsync(input, cancellationToken), BodyFormat.Text),
                ".html" or ".htm" => ReplyText.Extract(await File.ReadAllTextAsync(input, cancellationToken), BodyFormat.Html),
                ".eml" => await FromMimeAsync(args, input, cancellationToken),
                _ => throw new CliUsageException($"{args.Verb}: --input must be a .txt, .html or .eml file, not '{input}'."),
            };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"{args.Verb}: --input: cannot read {input}: {ex.Message}");
        }

        await stdout.WriteLineAsync(text.AsMemory(), cancellationToken);
    }

    private static async Task<string> FromMimeAsync(CliArgs args, string input, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = File.OpenRead(input);
            using var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            return ReplyText.Extract(message);
        }
        catch (FormatException ex)
        {
            throw new CliUsageException($"{args.Verb}: {input} is not a readable MIME message: {ex.Message}");
        }
    }
}
