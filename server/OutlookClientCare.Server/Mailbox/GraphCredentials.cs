using Microsoft.Kiota.Abstractions.Authentication;
using OutlookClientCare.Server.Identity;

namespace OutlookClientCare.Server.Graph;

/// <summary>How the server proves to Graph that it may act on a user's mailbox.</summary>
public interface IGraphCredentials
{
    IAuthenticationProvider ForUser(AppUser user);

    /// <summary>
    /// Credentials for work without a signed-in user (daily booking, re-plans after a change
    /// notification): app-only in a real tenant. Null while none are configured, which switches
    /// background booking off instead of failing on every run.
    /// </summary>
    IAuthenticationProvider? ForBackground(AppUser user) => null;
}

/// <summary>Demo mode and tests: the sandbox's own token scheme.</summary>
public sealed class SandboxCredentials : IGraphCredentials
{
    public IAuthenticationProvider ForUser(AppUser user) => new SandboxAuthenticationProvider(user.UserPrincipalName);

    /// <summary>The sandbox lets any seeded user's token address /users/{id}, the way an app-only token may.</summary>
    public IAuthenticationProvider? ForBackground(AppUser user) => ForUser(user);
}
