using OutlookClientCare.Graph;
using OutlookClientCare.Server.Identity;

namespace OutlookClientCare.Server.Mailbox;

/// <summary>How the server proves to Graph that it may act on a user's mailbox.</summary>
public interface IGraphCredentials
{
    IGraphAuthorization ForUser(AppUser user);

    /// <summary>
    /// Credentials that also carry <paramref name="extraScopes"/>: a feature that needs more than the
    /// base permissions asks for them only when it is used (incremental consent).
    /// </summary>
    IGraphAuthorization ForUser(AppUser user, IReadOnlyList<string> extraScopes) => ForUser(user);

    /// <summary>
    /// Credentials for work without a signed-in user (daily booking, re-plans after a change
    /// notification): app-only in a real tenant. Null while none are configured, which switches
    /// background booking off instead of failing on every run.
    /// </summary>
    IGraphAuthorization? ForBackground(AppUser user) => null;
}
