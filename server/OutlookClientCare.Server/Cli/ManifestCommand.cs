using OutlookClientCare.Server.Manifest;

namespace OutlookClientCare.Server.Cli;

/// <summary>
/// manifest --base-url https://HOST [--format xml|json] [--output FILE] [--client-id GUID]
/// [--addin-version 1.2.0.0] [--send-mode SoftBlock|PromptUser]: the Outlook add-in manifest for a
/// deployment, on stdout unless --output is given: the XML add-in-only manifest (default) or the
/// unified manifest for Microsoft 365; with --format json and an --output ending in .zip, the package
/// to upload (manifest.json, its German strings and icons). Without --client-id the manifest carries
/// the demo placeholder (no single sign-on).
/// </summary>
public static class ManifestCommand
{
    public static async Task RunAsync(CliArgs args, TextWriter stdout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        args.AllowOnly("base-url", "format", "output", "client-id", "addin-version", "send-mode");
        if (!AddInBaseUrl.TryParse(args.Required("base-url"), out var baseUrl, out var error))
        {
            throw new CliUsageException($"manifest: --base-url: {error}");
        }

        Guid? clientId = args.Optional("client-id") is { } idText
            ? Guid.TryParse(idText, out var id) ? id : throw new CliUsageException($"manifest: --client-id must be the Entra application (client) ID, a GUID, not '{idText}'.")
            : null;
        var version = args.Optional("addin-version");
        if (version is not null && !ManifestWriter.IsValidVersion(version))
        {
            throw new CliUsageException($"manifest: --addin-version must be one to four numbers separated by dots (e.g. 1.2.0.0), not '{version}'.");
        }

        var format = args.Optional("format") ?? "xml";
        if (format is not ("xml" or "json"))
        {
            throw new CliUsageException($"manifest: --format must be xml or json, not '{format}'.");
        }

        var sendModeText = args.Optional("send-mode");
        var sendMode = sendModeText is null
            ? SendMode.SoftBlock
            : SendModes.Parse(sendModeText) ?? throw new CliUsageException($"manifest: --send-mode must be SoftBlock or PromptUser, not '{sendModeText}' (Block is not offered: a review that cannot run must never stop a mail).");
        var output = args.Optional("output");
        var package = format == "json" && output?.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) == true;
        var text = package ? null
            : format == "json" ? UnifiedManifest.Write(baseUrl, clientId, version, sendMode)
            : ManifestWriter.Write(baseUrl, clientId, version, sendMode);
        if (output is null)
        {
            await stdout.WriteAsync(text);
            return;
        }

        try
        {
            if (package)
            {
                await File.WriteAllBytesAsync(output, UnifiedManifest.Package(baseUrl, clientId, version, sendMode), cancellationToken);
            }
            else
            {
                await File.WriteAllTextAsync(output, text, new System.Text.UTF8Encoding(false), cancellationToken);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"manifest: --output: cannot write {output}: {ex.Message}");
        }
    }
}
