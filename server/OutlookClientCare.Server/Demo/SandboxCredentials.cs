using OutlookClientCare.Graph;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Mailbox;

namespace OutlookClientCare.Server.Demo;

/// <summary>
/// Demo mode's Graph credentials for the sandbox: the bearer token "sandbox:&lt;userPrincipalName&gt;"
/// acts as that seeded user. They live with the demo, never in the Graph boundary, and the sandbox
/// is the only Graph that accepts them.
/// </summary>
public sealed class SandboxCredentials : IGraphCredentials
{
    public IGraphAuthorization ForUser(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new SandboxAuthorization(user.UserPrincipalName);
    }

    /// <summary>The sandbox lets any seeded user's token address /users/{id}, the way an app-only token may.</summary>
    public IGraphAuthorization? ForBackground(AppUser user) => ForUser(user);

    private sealed class SandboxAuthorization(string userPrincipalName) : IGraphAuthorization
    {
        public Task<string> AuthorizationHeaderAsync(CancellationToken ct) => Task.FromResult("Bearer sandbox:" + userPrincipalName);
    }
}
