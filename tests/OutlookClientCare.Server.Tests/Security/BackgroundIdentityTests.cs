using Azure.Identity;
using Microsoft.Extensions.Configuration;
using OutlookClientCare.Server.Identity;

namespace OutlookClientCare.Server.Tests.Security;

/// <summary>Which identity books in the background, and which settings each credential needs. Token acquisition itself needs Entra ID and is not run here.</summary>
public sealed class BackgroundIdentityTests
{
    private static readonly AppUser Anna = new("tenant", "anna-oid", "anna@contoso.example");
    private static readonly AppUser Ben = new("tenant", "ben-oid", "ben@contoso.example");

    [Fact]
    public void AnAdministratorsListedMailboxUsesAppOnlyAndOthersTheirLongRunningSession()
    {
        var options = Read(new()
        {
            ["Booking:AppOnly:Credential"] = "ManagedIdentity",
            ["Booking:AppOnly:Mailboxes:0"] = "ANNA@contoso.example",
            ["Booking:LongRunningObo"] = "true",
        });

        Assert.Equal(BackgroundIdentityKind.AppOnly, BackgroundIdentity.For(Anna, options));
        Assert.Equal(BackgroundIdentityKind.LongRunningOnBehalfOf, BackgroundIdentity.For(Ben, options));
    }

    [Fact]
    public void WithoutAnyBackgroundIdentityNothingIsBookedWhileTheUserIsAway()
    {
        var options = Read([]);

        Assert.Equal(BackgroundIdentityKind.None, BackgroundIdentity.For(Anna, options));
    }

    [Fact]
    public void MailboxesCanBeListedByObjectId()
    {
        var options = Read(new() { ["Booking:AppOnly:Credential"] = "WorkloadIdentity", ["Booking:AppOnly:Mailboxes:0"] = "ben-oid" });

        Assert.Equal(BackgroundIdentityKind.AppOnly, BackgroundIdentity.For(Ben, options));
        Assert.Equal(BackgroundIdentityKind.None, BackgroundIdentity.For(Anna, options));
    }

    [Theory]
    [InlineData("ClientSecret", typeof(ClientSecretCredential))]
    [InlineData("ManagedIdentity", typeof(ManagedIdentityCredential))]
    [InlineData("WorkloadIdentity", typeof(WorkloadIdentityCredential))]
    public void TheConfiguredCredentialKindIsTheAzureIdentityCredentialUsed(string kind, Type expected)
    {
        var options = Read(new()
        {
            ["AzureAd:TenantId"] = "5d3c2b1a-0000-4000-8000-00000000abcd",
            ["AzureAd:ClientId"] = "0b1c2d3e-4f50-4617-8899-aabbccddeeff",
            ["Booking:AppOnly:Credential"] = kind,
            ["Booking:AppOnly:ClientSecret"] = "s3cret",
            ["Booking:AppOnly:Mailboxes:0"] = "anna@contoso.example",
        });

        Assert.IsType(expected, BackgroundIdentity.CreateAppOnlyCredential(options));
    }

    [Theory]
    [InlineData("ClientSecret", "Booking:AppOnly:ClientSecret")]
    [InlineData("Certificate", "Booking:AppOnly:CertificatePath")]
    public void ACredentialWithoutItsSecretIsRefusedNamingTheSetting(string kind, string named)
    {
        var error = Assert.ThrowsAny<InvalidOperationException>(() => Read(new()
        {
            ["AzureAd:TenantId"] = "5d3c2b1a-0000-4000-8000-00000000abcd",
            ["AzureAd:ClientId"] = "0b1c2d3e-4f50-4617-8899-aabbccddeeff",
            ["Booking:AppOnly:Credential"] = kind,
            ["Booking:AppOnly:Mailboxes:0"] = "anna@contoso.example",
        }));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ListedMailboxesWithoutACredentialAreRefused()
    {
        var error = Assert.ThrowsAny<InvalidOperationException>(() => Read(new() { ["Booking:AppOnly:Mailboxes:0"] = "anna@contoso.example" }));

        Assert.Contains("Booking:AppOnly:Credential", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACredentialWithoutListedMailboxesIsRefusedBecauseAppOnlyWouldReachEveryMailbox()
    {
        var error = Assert.ThrowsAny<InvalidOperationException>(() => Read(new() { ["Booking:AppOnly:Credential"] = "ManagedIdentity" }));

        Assert.Contains("Booking:AppOnly:Mailboxes", error.Message, StringComparison.Ordinal);
    }

    private static BackgroundIdentityOptions Read(Dictionary<string, string?> settings) =>
        BackgroundIdentityOptions.Read(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
}

/// <summary>The credentials a real tenant hands the booking code when nobody is at the keyboard.</summary>
public sealed class TenantGraphCredentialsTests
{
    private static readonly AppUser Anna = new("tenant", "anna-oid", "anna@contoso.example");

    [Fact]
    public async Task BackgroundCallsUseTheUsersLongRunningSessionWithoutAnyRequestPrincipal()
    {
        var headers = new Infrastructure.SandboxHeaderProvider();
        var credentials = Create(headers, new() { ["Booking:LongRunningObo"] = "true" });

        var header = await credentials.ForBackground(Anna)!.AuthorizationHeaderAsync(CancellationToken.None);

        var call = Assert.Single(headers.Calls);
        Assert.False(call.HadPrincipal);
        Assert.Equal("occ-lro.tenant.anna-oid", call.SessionKey);
        Assert.Equal("Bearer session:occ-lro.tenant.anna-oid", header);
    }

    [Fact]
    public void WithoutAnyBackgroundIdentityThereAreNoBackgroundCredentials()
    {
        var credentials = Create(new Infrastructure.SandboxHeaderProvider(), []);

        Assert.Null(credentials.ForBackground(Anna));
    }

    [Fact]
    public void AListedMailboxGetsAnAppOnlyProviderInsteadOfTheUsersSession()
    {
        var credentials = Create(new Infrastructure.SandboxHeaderProvider(), new()
        {
            ["AzureAd:TenantId"] = "5d3c2b1a-0000-4000-8000-00000000abcd",
            ["AzureAd:ClientId"] = "0b1c2d3e-4f50-4617-8899-aabbccddeeff",
            ["Booking:LongRunningObo"] = "true",
            ["Booking:AppOnly:Credential"] = "ClientSecret",
            ["Booking:AppOnly:ClientSecret"] = "s3cret",
            ["Booking:AppOnly:Mailboxes:0"] = "anna@contoso.example",
        });

        Assert.IsType<AppOnlyAuthorization>(credentials.ForBackground(Anna));
    }

    private static TenantGraphCredentials Create(Infrastructure.SandboxHeaderProvider headers, Dictionary<string, string?> settings)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new TenantGraphCredentials(headers, new Microsoft.AspNetCore.Http.HttpContextAccessor(), BackgroundIdentityOptions.Read(config));
    }
}
