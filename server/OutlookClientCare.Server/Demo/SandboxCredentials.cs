using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace OutlookClientCare.Server.Graph;

/// <summary>
/// Demo and test credentials for the Graph sandbox: the bearer token "sandbox:&lt;userPrincipalName&gt;"
/// acts as that seeded user. Never used against real Microsoft Graph.
/// </summary>
public sealed class SandboxAuthenticationProvider(string userPrincipalName) : IAuthenticationProvider
{
    public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        request.Headers.Remove("Authorization");
        request.Headers.Add("Authorization", "Bearer sandbox:" + userPrincipalName);
        return Task.CompletedTask;
    }
}
