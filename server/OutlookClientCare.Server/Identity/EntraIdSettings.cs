using OutlookClientCare.Server.Settings;

namespace OutlookClientCare.Server.Identity;

/// <summary>
/// The "AzureAd" section as Microsoft.Identity.Web reads it, checked before the host starts so a
/// half-configured tenant fails with the name of the missing setting instead of 401s for everyone.
/// </summary>
public sealed record EntraIdSettings(
    string Instance,
    string TenantId,
    string ClientId,
    string Audience,
    string RequiredScope,
    IReadOnlyList<string> AllowedTenants)
{
    public const string Section = "AzureAd";
    public const string DefaultScope = "access_as_user";

    private static readonly string[] MultiTenantAuthorities = ["common", "organizations"];

    /// <summary>True when tokens from more than one tenant are accepted (TenantId "common" or "organizations").</summary>
    public bool IsMultiTenant => MultiTenantAuthorities.Contains(TenantId, StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads and checks the section; throws naming every missing or malformed setting.</summary>
    public static EntraIdSettings Read(IConfiguration config)
    {
        var section = config.GetSection(Section);
        var problems = new List<string>();
        var instance = section["Instance"];
        var tenant = section["TenantId"];
        var clientId = section["ClientId"];
        var audience = section["Audience"];

        if (!Uri.TryCreate(instance, UriKind.Absolute, out var instanceUri) || instanceUri.Scheme != Uri.UriSchemeHttps)
        {
            problems.Add(InvalidSettingException.Describe("AzureAd:Instance", instance, "an https URL such as https://login.microsoftonline.com/"));
        }

        if (!Guid.TryParse(clientId, out _))
        {
            problems.Add(InvalidSettingException.Describe("AzureAd:ClientId", clientId, "the application (client) ID of the API's app registration, a GUID"));
        }

        var multiTenant = MultiTenantAuthorities.Contains(tenant ?? "", StringComparer.OrdinalIgnoreCase);
        if (!multiTenant && !Guid.TryParse(tenant, out _))
        {
            problems.Add(InvalidSettingException.Describe("AzureAd:TenantId", tenant, "the directory (tenant) ID GUID, or 'organizations' for several tenants"));
        }

        if (string.IsNullOrWhiteSpace(audience))
        {
            problems.Add(InvalidSettingException.Describe("AzureAd:Audience", audience, "the Application ID URI of the API, e.g. api://<client id>"));
        }

        if (!HasClientCredential(section))
        {
            problems.Add(InvalidSettingException.Describe("AzureAd:ClientSecret or AzureAd:ClientCredentials", null, "a credential of the API itself, which on-behalf-of calls to Microsoft Graph need"));
        }

        var allowed = section.GetSection("AllowedTenants").Get<string[]>() ?? [];
        if (multiTenant && allowed.Length == 0)
        {
            problems.Add(InvalidSettingException.Describe("AzureAd:AllowedTenants", null, "with TenantId 'common' or 'organizations', the tenant ID GUIDs whose users may sign in"));
        }

        foreach (var id in allowed.Where(a => !Guid.TryParse(a, out _)))
        {
            problems.Add(InvalidSettingException.Describe("AzureAd:AllowedTenants", id, "tenant ID GUIDs"));
        }

        if (problems.Count > 0)
        {
            throw new InvalidSettingException("The Entra ID configuration is incomplete: " + string.Join(" ", problems));
        }

        var scope = section["Scopes"];
        return new EntraIdSettings(
            instance!,
            tenant!,
            clientId!,
            audience!,
            string.IsNullOrWhiteSpace(scope) ? DefaultScope : scope.Trim(),
            multiTenant ? allowed : [tenant!]);
    }

    private static bool HasClientCredential(IConfigurationSection section) =>
        !string.IsNullOrWhiteSpace(section["ClientSecret"])
        || section.GetSection("ClientCredentials").GetChildren().Any(c => !string.IsNullOrWhiteSpace(c["SourceType"]));
}
