using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace OutlookClientCare.Graph;

/// <summary>
/// How a request proves to Graph that it may act on a mailbox: the value of its Authorization
/// header ("Bearer ..."). The host decides where it comes from (on-behalf-of, app-only, the
/// demo's sandbox tokens); the SDK's authentication types stay inside the boundary.
/// </summary>
public interface IGraphAuthorization
{
    Task<string> AuthorizationHeaderAsync(CancellationToken ct);
}

/// <summary>The SDK's side of <see cref="IGraphAuthorization"/>: a header only for Graph's own host, never for a link elsewhere.</summary>
internal sealed class GraphAuthenticationProvider(IGraphAuthorization authorization, string graphHost) : IAuthenticationProvider
{
    public async Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Remove("Authorization");
        if (!string.Equals(request.URI.Host, graphHost, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        request.Headers.Add("Authorization", await authorization.AuthorizationHeaderAsync(cancellationToken));
    }
}
