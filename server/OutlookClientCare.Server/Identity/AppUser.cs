using System.Security.Claims;
using Microsoft.Identity.Web;

namespace OutlookClientCare.Server.Identity;

/// <summary>
/// The signed-in user as every stored row knows them: tenant id + object id. The mailbox id is
/// what Graph calls them (/users/{id}).
/// </summary>
public sealed record AppUser(string TenantId, string ObjectId, string UserPrincipalName)
{
    public string MailboxId => ObjectId;

    public static AppUser From(ClaimsPrincipal principal)
    {
        var tenant = principal.GetTenantId();
        var objectId = principal.GetObjectId();
        if (string.IsNullOrEmpty(tenant) || string.IsNullOrEmpty(objectId))
        {
            throw new InvalidOperationException("The caller has no tenant id (tid) or object id (oid) claim.");
        }

        var upn = principal.FindFirstValue("preferred_username") ?? principal.FindFirstValue(ClaimTypes.Upn) ?? principal.FindFirstValue(ClaimTypes.Name) ?? objectId;
        return new AppUser(tenant, objectId, upn);
    }
}
