using OutlookClientCare.Server.Manifest;

namespace OutlookClientCare.Server.Cli;

/// <summary>
/// manifest --base-url https://HOST [--output FILE] [--client-id GUID] [--addin-version 1.2.0.0]:
/// the Outlook add-in manifest for a deployment, on stdout unless --output is given. Without
/// --client-id the manifest carries the demo placeholder (no single sign-on).
/// </summary>
public static class ManifestCommand
{
    public static async Task RunAsync(CliArgs args, TextWriter stdout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        args.AllowOnly("base-url", "output", "client-id", "addin-version");
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

        var xml = ManifestWriter.Write(baseUrl, clientId, version);
        var output = args.Optional("output");
        if (output is null)
        {
            await stdout.WriteAsync(xml);
            return;
        }

        try
        {
            await File.WriteAllTextAsync(output, xml, new System.Text.UTF8Encoding(false), cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"manifest: --output: cannot write {output}: {ex.Message}");
        }
    }
}
