using Microsoft.Identity.Abstractions;
using Microsoft.Identity.Web;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using OutlookClientCare.Server.Graph;

namespace OutlookClientCare.Server.Identity;

/// <summary>
/// A real tenant: our API accepts Entra ID tokens (Microsoft.Identity.Web, "AzureAd" section) and
/// calls Graph on behalf of the signed-in user.
/// </summary>
public static class EntraIdSetup
{
    public static readonly string[] GraphScopes =
    [
        "https://graph.microsoft.com/Mail.ReadWrite",
        "https://graph.microsoft.com/Calendars.ReadWrite",
        "https://graph.microsoft.com/MailboxSettings.Read",
        "https://graph.microsoft.com/User.Read",
    ];

    public static WebApplicationBuilder AddEntraId(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApi(builder.Configuration.GetSection("AzureAd"))
            .EnableTokenAcquisitionToCallDownstreamApi()
            .AddInMemoryTokenCaches();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<IGraphCredentials, OnBehalfOfCredentials>();
        return builder;
    }
}

/// <summary>Graph tokens obtained on behalf of the user who called our API (OBO flow).</summary>
public sealed class OnBehalfOfCredentials(IAuthorizationHeaderProvider headers, IHttpContextAccessor http) : IGraphCredentials
{
    public IAuthenticationProvider ForUser(AppUser user) => new Provider(headers, http);

    private sealed class Provider(IAuthorizationHeaderProvider headers, IHttpContextAccessor http) : IAuthenticationProvider
    {
        public async Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
        {
            var principal = http.HttpContext?.User ?? throw new InvalidOperationException("On-behalf-of Graph calls need the signed-in user's request.");
            try
            {
                var header = await headers.CreateAuthorizationHeaderForUserAsync(EntraIdSetup.GraphScopes, claimsPrincipal: principal, cancellationToken: cancellationToken);
                request.Headers.Remove("Authorization");
                request.Headers.Add("Authorization", header);
            }
            catch (MicrosoftIdentityWebChallengeUserException challenge)
            {
                throw new GraphConsentRequiredException("Microsoft Graph needs your consent before OutlookClientCare can continue.", challenge.Scopes ?? [], challenge);
            }
        }
    }
}
