using System.Security.Claims;
using Microsoft.Identity.Abstractions;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web;
using OutlookClientCare.Graph;

namespace OutlookClientCare.Server.Identity;

/// <summary>
/// Bridges Microsoft.Identity.Web's <see cref="IAuthorizationHeaderProvider"/> to the Graph boundary:
/// an on-behalf-of token for the user who called our API, or, with a long-running session key and
/// no caller, the token Identity.Web keeps for that session (background work the user opted into).
/// </summary>
public sealed class OnBehalfOfProvider(IAuthorizationHeaderProvider headers, Func<ClaimsPrincipal?> caller, string? longRunningSessionKey, IReadOnlyList<string>? extraScopes = null) : IGraphAuthorization
{
    private readonly string[] _scopes = [.. EntraIdSetup.GraphScopes, .. (extraScopes ?? []).Except(EntraIdSetup.GraphScopes, StringComparer.OrdinalIgnoreCase)];

    public async Task<string> AuthorizationHeaderAsync(CancellationToken ct)
    {
        var principal = caller();
        if (principal is null && longRunningSessionKey is null)
        {
            throw new InvalidOperationException("On-behalf-of Graph calls need the signed-in user's request.");
        }

        var options = longRunningSessionKey is null
            ? null
            : new AuthorizationHeaderProviderOptions { AcquireTokenOptions = new AcquireTokenOptions { LongRunningWebApiSessionKey = longRunningSessionKey } };
        string header;
        try
        {
            header = await headers.CreateAuthorizationHeaderForUserAsync(_scopes, options, principal, ct);
        }
        catch (MicrosoftIdentityWebChallengeUserException challenge)
        {
            throw ConsentRequired(challenge.Scopes ?? _scopes, challenge, challenge.MsalUiRequiredException?.Claims);
        }
        catch (MsalUiRequiredException ui)
        {
            throw ConsentRequired(_scopes, ui, ui.Claims);
        }

        return header;
    }

    private static GraphConsentRequiredException ConsentRequired(IReadOnlyList<string>? scopes, Exception inner, string? claims) =>
        string.IsNullOrEmpty(claims)
            ? new("Microsoft Graph needs your consent before OutlookClientCare can continue.", scopes ?? EntraIdSetup.GraphScopes, inner)
            : new("Your organisation asks you to sign in again (for example with a second factor) before OutlookClientCare can continue.", scopes ?? EntraIdSetup.GraphScopes, inner, claims);
}
