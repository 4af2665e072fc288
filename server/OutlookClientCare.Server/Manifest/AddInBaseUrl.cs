using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace OutlookClientCare.Server.Manifest;

/// <summary>
/// Where a deployment serves the pane and the icons, e.g. "https://care.example.com" or
/// "https://host.example/care": an absolute https URL without query, fragment or credentials,
/// kept without a trailing slash so paths can be appended.
/// </summary>
public sealed class AddInBaseUrl
{
    /// <summary>Leaves room for the longest path we append within the 2048 characters a manifest URL may have.</summary>
    public const int MaxLength = 2000;

    private AddInBaseUrl(string value, string authority)
    {
        Value = value;
        Authority = authority;
    }

    /// <summary>"https://host[:port][/path]" without a trailing slash.</summary>
    public string Value { get; }

    /// <summary>"host" or "host:port" (non-default port), as used in the SSO resource api://host/client-id.</summary>
    public string Authority { get; }

    public override string ToString() => Value;

    public static AddInBaseUrl Parse(string? text) =>
        TryParse(text, out var url, out var error) ? url : throw new ArgumentException(error, nameof(text));

    public static bool TryParse(string? text, [NotNullWhen(true)] out AddInBaseUrl? url, out string error)
    {
        url = null;
        error = Check(text?.Trim(), out var uri) ?? "";
        if (uri is null)
        {
            return false;
        }

        // Punycode for international names: Outlook and certificates see the ASCII form.
        var host = uri.HostNameType == UriHostNameType.IPv6 ? uri.GetComponents(UriComponents.Host, UriFormat.UriEscaped) : uri.IdnHost;
        var authority = uri.IsDefaultPort ? host : host + ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
        var path = uri.GetComponents(UriComponents.Path, UriFormat.UriEscaped).TrimEnd('/');
        url = new AddInBaseUrl($"https://{authority}{(path.Length == 0 ? "" : "/" + path)}", authority);
        return true;
    }

    private static string? Check(string? text, out Uri? uri)
    {
        uri = null;
        if (string.IsNullOrEmpty(text))
        {
            return "the base URL is empty; give the https address the server is reachable at, e.g. https://care.example.com.";
        }

        if (text.Length > MaxLength)
        {
            return $"the base URL is longer than {MaxLength} characters.";
        }

        // On Unix "/pane" parses as file:///pane; a path is not what the user meant by a URL.
        if (!Uri.TryCreate(text, UriKind.Absolute, out var parsed) || text.Any(char.IsWhiteSpace)
            || (parsed.IsFile && !text.StartsWith("file:", StringComparison.OrdinalIgnoreCase)))
        {
            return $"'{Shorten(text)}' is not an absolute URL; write it like https://care.example.com.";
        }

        if (!string.Equals(parsed.Scheme, Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase))
        {
            return $"'{Shorten(text)}' must use https: Outlook loads add-ins only over https.";
        }

        if (parsed.UserInfo.Length > 0 || parsed.Query.Length > 0 || parsed.Fragment.Length > 0)
        {
            return $"'{Shorten(text)}' must not contain user info, a query or a fragment; give only scheme, host, port and path.";
        }

        uri = parsed;
        return null;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
