using System.Net;

namespace OutlookClientCare.Server.Manifest;

/// <summary>Which https address a manifest served by this server should point Outlook at.</summary>
public static class PublicBaseUrl
{
    /// <summary>
    /// The configured PublicBaseUrl wins. Otherwise, a request that reached us over https shows
    /// an address that works; in demo mode an https address the server listens on does too. Loopback
    /// hosts become "localhost", the name the ASP.NET Core development certificate is issued for.
    /// Null when there is no https address at all (Outlook would refuse a manifest on http).
    /// </summary>
    public static AddInBaseUrl? Resolve(AddInBaseUrl? configured, bool demo, bool requestIsHttps, HostString requestHost, IEnumerable<string> serverAddresses)
    {
        ArgumentNullException.ThrowIfNull(serverAddresses);
        if (configured is not null)
        {
            return configured;
        }

        if (requestIsHttps && requestHost.HasValue)
        {
            return Https(LocalhostIfLoopback(requestHost.Host), requestHost.Port);
        }

        if (!demo)
        {
            return null;
        }

        var https = serverAddresses
            .Select(a => BindingAddress.Parse(a))
            .FirstOrDefault(a => string.Equals(a.Scheme, Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase));
        return https is null ? null : Https("localhost", https.Port);
    }

    private static AddInBaseUrl? Https(string host, int? port)
    {
        var authority = port is null or 443 ? host : $"{host}:{port.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        return AddInBaseUrl.TryParse("https://" + authority, out var url, out _) ? url : null;
    }

    private static string LocalhostIfLoopback(string host)
    {
        var bare = host.TrimStart('[').TrimEnd(']');
        return IPAddress.TryParse(bare, out var address) && IPAddress.IsLoopback(address) ? "localhost" : host;
    }
}
