using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Identity.Web;
using Microsoft.Identity.Web.TokenCacheProviders;
using Microsoft.Identity.Web.TokenCacheProviders.Distributed;
using OutlookClientCare.Server.Privacy;
using OutlookClientCare.Server.Settings;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.Identity;

/// <summary>
/// Where Microsoft.Identity.Web keeps the Graph tokens it obtained ("TokenCache:Provider"):
/// "memory" (the default; one instance) or "distributed" (every instance shares one cache).
/// </summary>
public static class TokenCacheSetup
{
    public const string ProviderSetting = "TokenCache:Provider";

    /// <summary>A PFX file whose certificate encrypts the data-protection keys at rest (recommended with "distributed").</summary>
    public const string CertificatePathSetting = "TokenCache:KeyCertificatePath";

    public const string CertificatePasswordSetting = "TokenCache:KeyCertificatePassword";

    /// <summary>The application name data protection isolates by; the same on every instance, so they can read each other's entries.</summary>
    public const string ApplicationName = "OutlookClientCare";

    public static void AddTokenCache(this MicrosoftIdentityAppCallsWebApiAuthenticationBuilder tokens, WebApplicationBuilder builder)
    {
        var provider = builder.Configuration[ProviderSetting] ?? "memory";
        switch (provider)
        {
            case "memory":
                tokens.AddInMemoryTokenCaches();
                break;
            case "distributed":
                tokens.AddDistributedTokenCaches();

                // The cache is a table in our database, which every instance shares anyway; entries are
                // encrypted with data-protection keys kept in the same database, so any instance can
                // read what another wrote.
                builder.Services.RemoveAll<IDistributedCache>();
                builder.Services.AddSingleton<IDistributedCache, DatabaseTokenCache>();
                builder.Services.Configure<MsalDistributedTokenCacheAdapterOptions>(o =>
                {
                    o.Encrypt = true;
                    o.SlidingExpiration = DatabaseTokenCache.DefaultSlidingExpiration;

                    // No per-instance copy in memory: it would never learn that another instance
                    // refreshed a token, or that the user erased their data there.
                    o.DisableL1Cache = true;
                });
                var keys = builder.Services.AddDataProtection()
                    .SetApplicationName(ApplicationName)
                    .PersistKeysToDbContext<ClientCareDb>();
                if (KeyCertificate(builder.Configuration[CertificatePathSetting], builder.Configuration[CertificatePasswordSetting]) is { } certificate)
                {
                    keys.ProtectKeysWithCertificate(certificate);
                }

                break;
            default:
                throw new InvalidSettingException(InvalidSettingException.Describe(ProviderSetting, provider, "memory, distributed"));
        }

        builder.Services.AddSingleton<TokenSessions>();
    }

    /// <summary>
    /// Without a certificate the keys lie unencrypted beside the entries they encrypt (ASP.NET Core
    /// logs a warning at start), which protects against a leaked cache row but not a leaked database.
    /// </summary>
    private static X509Certificate2? KeyCertificate(string? path, string? password)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new InvalidSettingException(InvalidSettingException.Describe(CertificatePathSetting, path, $"a readable PFX file whose password is {CertificatePasswordSetting} ({e.Message.ReplaceLineEndings(" ")})"));
        }

        if (!certificate.HasPrivateKey)
        {
            throw new InvalidSettingException(InvalidSettingException.Describe(CertificatePathSetting, path, "a certificate with its private key, which data protection needs to read the keys back"));
        }

        return certificate;
    }
}

/// <summary>Ends what Identity.Web keeps for a user, when the user erases their data.</summary>
public sealed class TokenSessions(IMsalTokenCacheProvider cache)
{
    /// <summary>
    /// Forgets the user's long-running on-behalf-of session (refresh token included), so no
    /// background work can act for them any more. Entries cached for single requests are keyed by
    /// the hash of the request's API token, not by user; they go two hours after their last use
    /// (<see cref="DatabaseTokenCache.PerRequestSlidingExpiration"/>).
    /// </summary>
    public Task EndBackgroundSessionAsync(AppUser user) => cache.ClearAsync(BackgroundIdentity.LongRunningSessionKey(user));
}

/// <summary>Maps ASP.NET Core's data-protection key rows (only used when the token cache is distributed).</summary>
internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> key)
    {
        key.ToTable("DataProtectionKeys");
        key.IsNotPersonalData("The keys that encrypt the shared token cache; they belong to the server, not to a user.");
    }
}
