using OutlookClientCare.GraphSandbox.Hosting;
using OutlookClientCare.Server.Tests.Infrastructure;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Security;

/// <summary>A tenant configuration with a hole refuses to start and says which setting to fix.</summary>
public sealed class StartupValidationTests
{
    public static TheoryData<string, string?, string> BrokenSettings() => new()
    {
        { "AzureAd:TenantId", null, "AzureAd:TenantId" },
        { "AzureAd:TenantId", "contoso", "AzureAd:TenantId" },
        { "AzureAd:Audience", null, "AzureAd:Audience" },
        { "AzureAd:Instance", null, "AzureAd:Instance" },
        { "AzureAd:Instance", "http://login.microsoftonline.com/", "AzureAd:Instance" },
        { "AzureAd:ClientId", "my-app", "AzureAd:ClientId" },
        { "AzureAd:ClientSecret", null, "AzureAd:ClientSecret or AzureAd:ClientCredentials" },
        { "TokenCache:Provider", "redis", "TokenCache:Provider" },
        { "Booking:AppOnly:Credential", "Password", "Booking:AppOnly:Credential" },
    };

    [Theory]
    [MemberData(nameof(BrokenSettings))]
    public async Task TenantModeWithABrokenSettingDoesNotStartAndNamesIt(string key, string? value, string named)
    {
        using var tokens = new TestTokens();
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        var settings = TenantModeApp.SingleTenant();
        settings[key] = value;
        await using var app = new TenantModeApp(sandbox.Tenant, sandbox.BaseUrl, tokens, settings);

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeveralTenantsWithoutAnAllowListDoNotStart()
    {
        using var tokens = new TestTokens();
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        var settings = TenantModeApp.SingleTenant();
        settings["AzureAd:TenantId"] = "organizations";
        await using var app = new TenantModeApp(sandbox.Tenant, sandbox.BaseUrl, tokens, settings);

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("AzureAd:AllowedTenants", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AzureAd:TenantId", TestTokens.HomeTenant)]
    [InlineData("AzureAd:ClientSecret", "s3cret")]
    [InlineData("AzureAd:Audience", TestTokens.Audience)]
    [InlineData("Graph:BaseUrl", "https://graph.microsoft.com/v1.0")]
    public async Task DemoModeNeverStartsNextToARealTenantConfiguration(string key, string value)
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new ClientCareApp(sandbox.Tenant, key == "Graph:BaseUrl" ? value : sandbox.BaseUrl, new Dictionary<string, string?> { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(key == "Graph:BaseUrl" ? "Graph:BaseUrl" : key, error.Message, StringComparison.Ordinal);
        Assert.Contains("demo", error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
