using Microsoft.Kiota.Abstractions.Authentication;
using OutlookClientCare.Server.Identity;

namespace OutlookClientCare.Server.Graph;

/// <summary>How the server proves to Graph that it may act on a user's mailbox.</summary>
public interface IGraphCredentials
{
    IAuthenticationProvider ForUser(AppUser user);
}

/// <summary>Demo mode and tests: the sandbox's own token scheme.</summary>
public sealed class SandboxCredentials : IGraphCredentials
{
    public IAuthenticationProvider ForUser(AppUser user) => new SandboxAuthenticationProvider(user.UserPrincipalName);
}
