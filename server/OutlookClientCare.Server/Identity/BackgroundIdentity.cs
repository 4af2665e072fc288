using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using OutlookClientCare.Server.Settings;

namespace OutlookClientCare.Server.Identity;

/// <summary>How Graph is called for a mailbox while its owner is not at the keyboard.</summary>
public enum BackgroundIdentityKind
{
    /// <summary>No background work for this mailbox.</summary>
    None,

    /// <summary>Application permission granted by an administrator, for the mailboxes they listed.</summary>
    AppOnly,

    /// <summary>Identity.Web's long-running on-behalf-of session of a user who used the pane.</summary>
    LongRunningOnBehalfOf,
}

/// <summary>
/// "Booking:AppOnly" (credential kind, ids, secret or certificate, listed mailboxes) and
/// "Booking:LongRunningObo". App-only access reaches every mailbox the application access policy
/// allows, so it is used only for mailboxes an administrator names here.
/// </summary>
public sealed record BackgroundIdentityOptions(
    string? Credential,
    string? TenantId,
    string? ClientId,
    string? ClientSecret,
    string? CertificatePath,
    string? CertificatePassword,
    string? ManagedIdentityClientId,
    IReadOnlyList<string> Mailboxes,
    bool LongRunningObo)
{
    public static readonly string[] CredentialKinds = ["ClientSecret", "Certificate", "ManagedIdentity", "WorkloadIdentity"];

    public static BackgroundIdentityOptions None { get; } = new(null, null, null, null, null, null, null, [], false);

    public static BackgroundIdentityOptions Read(IConfiguration config)
    {
        var app = config.GetSection("Booking:AppOnly");
        var options = new BackgroundIdentityOptions(
            Blank(app["Credential"]),
            Blank(app["TenantId"]) ?? Blank(config["AzureAd:TenantId"]),
            Blank(app["ClientId"]) ?? Blank(config["AzureAd:ClientId"]),
            Blank(app["ClientSecret"]),
            Blank(app["CertificatePath"]),
            Blank(app["CertificatePassword"]),
            Blank(app["ManagedIdentityClientId"]),
            app.GetSection("Mailboxes").Get<string[]>() ?? [],
            config.GetValue("Booking:LongRunningObo", false));
        options.Validate();
        return options;
    }

    /// <summary>Throws naming the setting that is missing for the chosen credential.</summary>
    public void Validate()
    {
        if (Credential is null)
        {
            if (Mailboxes.Count > 0)
            {
                throw new InvalidSettingException(InvalidSettingException.Describe("Booking:AppOnly:Credential", null, $"{string.Join(", ", CredentialKinds)} (Booking:AppOnly:Mailboxes lists mailboxes)"));
            }

            return;
        }

        if (!CredentialKinds.Contains(Credential, StringComparer.Ordinal))
        {
            throw new InvalidSettingException(InvalidSettingException.Describe("Booking:AppOnly:Credential", Credential, string.Join(", ", CredentialKinds)));
        }

        if (Mailboxes.Count == 0)
        {
            throw new InvalidSettingException(InvalidSettingException.Describe("Booking:AppOnly:Mailboxes", null, "the mailboxes (user principal names or object ids) an administrator approved for app-only booking"));
        }

        string? missing = Credential switch
        {
            "ClientSecret" when TenantId is null => "Booking:AppOnly:TenantId",
            "ClientSecret" when ClientId is null => "Booking:AppOnly:ClientId",
            "ClientSecret" when ClientSecret is null => "Booking:AppOnly:ClientSecret",
            "Certificate" when TenantId is null => "Booking:AppOnly:TenantId",
            "Certificate" when ClientId is null => "Booking:AppOnly:ClientId",
            "Certificate" when CertificatePath is null => "Booking:AppOnly:CertificatePath",
            _ => null,
        };
        if (missing is not null)
        {
            throw new InvalidSettingException(InvalidSettingException.Describe(missing, null, $"a value: Booking:AppOnly:Credential '{Credential}' needs it"));
        }
    }

    public bool ListsMailbox(AppUser user) =>
        Mailboxes.Any(m => string.Equals(m, user.UserPrincipalName, StringComparison.OrdinalIgnoreCase) || string.Equals(m, user.ObjectId, StringComparison.OrdinalIgnoreCase));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public static class BackgroundIdentity
{
    /// <summary>An administrator's explicit list wins; otherwise a long-running session if enabled.</summary>
    public static BackgroundIdentityKind For(AppUser user, BackgroundIdentityOptions options) =>
        options.Credential is not null && options.ListsMailbox(user) ? BackgroundIdentityKind.AppOnly
        : options.LongRunningObo ? BackgroundIdentityKind.LongRunningOnBehalfOf
        : BackgroundIdentityKind.None;

    /// <summary>The session key Identity.Web stores the long-running token under: stable per user, so nothing extra is stored.</summary>
    public const string LongRunningSessionPrefix = "occ-lro.";

    public static string LongRunningSessionKey(AppUser user) => $"{LongRunningSessionPrefix}{user.TenantId}.{user.ObjectId}";

    /// <summary>The Azure.Identity credential for app-only Graph tokens (scope https://graph.microsoft.com/.default).</summary>
    public static TokenCredential CreateAppOnlyCredential(BackgroundIdentityOptions options) => options.Credential switch
    {
        "ClientSecret" => new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret),
        "Certificate" => new ClientCertificateCredential(
            options.TenantId,
            options.ClientId,
            X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath!, options.CertificatePassword)),
        "ManagedIdentity" => options.ManagedIdentityClientId is null
            ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId)),
        "WorkloadIdentity" => new WorkloadIdentityCredential(new WorkloadIdentityCredentialOptions
        {
            TenantId = options.TenantId,
            ClientId = options.ClientId,
        }),
        _ => throw new InvalidOperationException("Booking:AppOnly:Credential is not set: no app-only credential exists."),
    };
}
