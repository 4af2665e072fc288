using Azure.Core;
using Microsoft.Identity.Abstractions;
using OutlookClientCare.Graph;
using OutlookClientCare.Server.Mailbox;

namespace OutlookClientCare.Server.Identity;

/// <summary>Graph credentials in a real tenant: on-behalf-of for requests, <see cref="BackgroundIdentity"/> otherwise.</summary>
public sealed class TenantGraphCredentials : IGraphCredentials
{
    private readonly IAuthorizationHeaderProvider _headers;
    private readonly IHttpContextAccessor _http;
    private readonly BackgroundIdentityOptions _background;
    private readonly Lazy<IGraphAuthorization?> _appOnly;

    public TenantGraphCredentials(IAuthorizationHeaderProvider headers, IHttpContextAccessor http, BackgroundIdentityOptions background)
    {
        _headers = headers;
        _http = http;
        _background = background;
        _appOnly = new(() => background.Credential is null ? null : new AppOnlyAuthorization(BackgroundIdentity.CreateAppOnlyCredential(background)));
    }

    /// <summary>With long-running sessions on, every request also (re)starts the user's session for later background work.</summary>
    public IGraphAuthorization ForUser(AppUser user) =>
        new OnBehalfOfProvider(_headers, () => _http.HttpContext?.User, _background.LongRunningObo ? BackgroundIdentity.LongRunningSessionKey(user) : null);

    /// <summary>On-behalf-of with more scopes than the base set: Entra ID asks the user for them the first time (403 consent-required).</summary>
    public IGraphAuthorization ForUser(AppUser user, IReadOnlyList<string> extraScopes) =>
        new OnBehalfOfProvider(_headers, () => _http.HttpContext?.User, _background.LongRunningObo ? BackgroundIdentity.LongRunningSessionKey(user) : null, extraScopes);

    public IGraphAuthorization? ForBackground(AppUser user) => BackgroundIdentity.For(user, _background) switch
    {
        BackgroundIdentityKind.AppOnly => _appOnly.Value,
        BackgroundIdentityKind.LongRunningOnBehalfOf => new OnBehalfOfProvider(_headers, () => null, BackgroundIdentity.LongRunningSessionKey(user)),
        _ => null,
    };
}

/// <summary>App-only tokens for Graph from Azure.Identity (which caches them until shortly before they expire).</summary>
public sealed class AppOnlyAuthorization(TokenCredential credential) : IGraphAuthorization
{
    private static readonly TokenRequestContext GraphDefault = new(["https://graph.microsoft.com/.default"]);

    public async Task<string> AuthorizationHeaderAsync(CancellationToken ct) =>
        "Bearer " + (await credential.GetTokenAsync(GraphDefault, ct)).Token;
}
