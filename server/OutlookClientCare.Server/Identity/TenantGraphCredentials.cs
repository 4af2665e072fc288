using Microsoft.Identity.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Authentication.Azure;
using OutlookClientCare.Server.Graph;

namespace OutlookClientCare.Server.Identity;

/// <summary>Graph credentials in a real tenant: on-behalf-of for requests, <see cref="BackgroundIdentity"/> otherwise.</summary>
public sealed class TenantGraphCredentials : IGraphCredentials
{
    private readonly IAuthorizationHeaderProvider _headers;
    private readonly IHttpContextAccessor _http;
    private readonly BackgroundIdentityOptions _background;
    private readonly Lazy<IAuthenticationProvider?> _appOnly;

    public TenantGraphCredentials(IAuthorizationHeaderProvider headers, IHttpContextAccessor http, BackgroundIdentityOptions background, GraphBaseUrl graph)
    {
        _headers = headers;
        _http = http;
        _background = background;
        _appOnly = new(() => background.Credential is null
            ? null
            : new AzureIdentityAuthenticationProvider(
                BackgroundIdentity.CreateAppOnlyCredential(background),
                [new Uri(graph.Value).Host],
                scopes: "https://graph.microsoft.com/.default"));
    }

    /// <summary>With long-running sessions on, every request also (re)starts the user's session for later background work.</summary>
    public IAuthenticationProvider ForUser(AppUser user) =>
        new OnBehalfOfProvider(_headers, () => _http.HttpContext?.User, _background.LongRunningObo ? BackgroundIdentity.LongRunningSessionKey(user) : null);

    public IAuthenticationProvider? ForBackground(AppUser user) => BackgroundIdentity.For(user, _background) switch
    {
        BackgroundIdentityKind.AppOnly => _appOnly.Value,
        BackgroundIdentityKind.LongRunningOnBehalfOf => new OnBehalfOfProvider(_headers, () => null, BackgroundIdentity.LongRunningSessionKey(user)),
        _ => null,
    };
}
