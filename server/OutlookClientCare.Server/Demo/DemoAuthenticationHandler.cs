using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OutlookClientCare.GraphSandbox.Data;

namespace OutlookClientCare.Server.Demo;

/// <summary>
/// Demo mode has no sign-in: every request acts as a seeded sandbox user, the one named in the
/// X-Demo-User header (userPrincipalName) or else the first one. It exists only when no Entra ID
/// configuration is present, and the server then listens on loopback only.
/// </summary>
public sealed class DemoAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    SandboxTenant tenant)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Demo";
    public const string UserHeader = "X-Demo-User";
    public const string TenantId = "00000000-0000-0000-0000-00000000de70";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var requested = Request.Headers[UserHeader].FirstOrDefault();
        var users = tenant.Users;
        var user = string.IsNullOrEmpty(requested)
            ? (users.Count > 0 ? users[0] : null)
            : users.FirstOrDefault(u => string.Equals(u.UserPrincipalName, requested, StringComparison.OrdinalIgnoreCase));
        if (user is null)
        {
            return Task.FromResult(AuthenticateResult.Fail($"No demo user '{requested}'."));
        }

        Claim[] claims =
        [
            new("tid", TenantId),
            new("oid", user.Id),
            new("preferred_username", user.UserPrincipalName),
            new("name", user.DisplayName),
            new("scp", "access_as_user"),
        ];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, "preferred_username", "roles"));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
