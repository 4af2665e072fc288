using System.Text.RegularExpressions;
using OutlookClientCare.Server.Tests.Infrastructure;
using OutlookClientCare.Server.Tests.Security;

namespace OutlookClientCare.Server.Tests.Settings;

/// <summary>
/// A setting the server cannot work with stops it before it listens or touches the database: exit
/// code 2 and one line on stderr naming the setting, its value and what is allowed, as an operator
/// sees it in the started process. One row per configuration section at least.
/// </summary>
public sealed partial class BadSettingsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("occ-settings-").FullName;

    /// <summary>Environment variable, its value, the setting named, what the line says is allowed, and whether a tenant is configured.</summary>
    public static TheoryData<string, string, string, string, bool> BadSettings() => new()
    {
        { "Hardening__RequestsPerMinute", "1000000", "Hardening:RequestsPerMinute", "1 to 100000", false },
        { "Hardening__MaxRequestBodyBytes", "lots", "Hardening:MaxRequestBodyBytes", "1024 to 67108864", false },
        { "Storage__Provider", "mysql", "Storage:Provider", "sqlite, postgres", false },
        { "Storage__Provider", "postgres", "Storage:ConnectionString", "PostgreSQL connection string", false },
        { "Booking__RunInterval", "00:00:00", "Booking:RunInterval", "00:00:01 to 1.00:00:00", false },
        { "Booking__ParallelBatches", "0", "Booking:ParallelBatches", "1 to 64", false },
        { "Booking__ChangeNotifications", "sometimes", "Booking:ChangeNotifications", "true, false", false },
        { "ToDo__SyncInterval", "00:00:01", "ToDo:SyncInterval", "00:00:10 to 1.00:00:00", false },
        { "ToDo__ParallelUsers", "many", "ToDo:ParallelUsers", "1 to 32", false },
        { "Graph__MaxRetries", "11", "Graph:MaxRetries", "0 to 10", false },
        { "Graph__BaseUrl", "graph.example", "Graph:BaseUrl", "absolute URL", false },
        { "Graph__BaseUrl", "https://graph.microsoft.com/v1.0", "Graph:BaseUrl", "only a Graph sandbox", false },
        { "Privacy__RetentionDays", "0", "Privacy:RetentionDays", "1 to 3650", false },
        { "PublicBaseUrl", "http://tunnel.example.net", "PublicBaseUrl", "https URL", false },
        { "AddIn__PublicBaseUrl", "https://tunnel.example.net", "AddIn:PublicBaseUrl", "replaced by the one setting PublicBaseUrl", false },
        { "Booking__PublicBaseUrl", "https://tunnel.example.net", "Booking:PublicBaseUrl", "replaced by the one setting PublicBaseUrl", false },
        { "Booking__ReplanSettle", "00:05:00", "Booking:ReplanSettle", "00:00:00 to 00:01:00", false },
        { "Booking__SubscriptionLifetime", "8.00:00:00", "Booking:SubscriptionLifetime", "00:45:00 to 7.00:00:00", false },
        { "AddIn__SendMode", "Block", "AddIn:SendMode", "SoftBlock, PromptUser", false },
        { "OTEL_EXPORTER_OTLP_ENDPOINT", "collector:4317", "OTEL_EXPORTER_OTLP_ENDPOINT", "http(s) URL", false },
        { "OTEL_EXPORTER_OTLP_PROTOCOL", "udp", "OTEL_EXPORTER_OTLP_PROTOCOL", "grpc, http/protobuf", false },
        { "AzureAd__TenantId", TestTokens.HomeTenant, "AzureAd:ClientId", "but AzureAd:TenantId configure a real tenant", false },
        { "AzureAd__TenantId", "contoso", "AzureAd:TenantId", "tenant) ID GUID", true },
        { "AzureAd__ClientId", "my-app", "AzureAd:ClientId", "a GUID", true },
        { "AzureAd__Instance", "http://login.microsoftonline.com/", "AzureAd:Instance", "https URL", true },
        { "TokenCache__Provider", "redis", "TokenCache:Provider", "memory, distributed", true },
        { "Booking__AppOnly__Credential", "Password", "Booking:AppOnly:Credential", "ClientSecret, Certificate", true },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task ABadSettingStopsTheServerWithOneLineNamingItsValueAndTheAllowedRange(string variable, string value, string setting, string allowed, bool tenant)
    {
        var variables = tenant ? EnvironmentConfigurationTests.TenantVariables() : [];
        variables[variable] = value;

        var (exitCode, errors, output) = await RunAsync(variables);

        Assert.Equal(2, exitCode);
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains(setting, line, StringComparison.Ordinal);
        Assert.Contains(allowed, line, StringComparison.Ordinal);
        if (setting == variable.Replace("__", ":", StringComparison.Ordinal))
        {
            Assert.Contains($"'{value}'", line, StringComparison.Ordinal);
        }

        Assert.DoesNotMatch(StackFrame(), output);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AKeyCertificateThatCannotBeReadStopsTheStartAndIsNamed(bool exists)
    {
        using var certificate = new TemporaryPfx();
        var variables = EnvironmentConfigurationTests.TenantVariables();
        variables["TokenCache__Provider"] = "distributed";
        variables["TokenCache__KeyCertificatePath"] = exists ? certificate.Path : "/nowhere/keys.pfx";
        variables["TokenCache__KeyCertificatePassword"] = "wrong password";

        var (exitCode, errors, output) = await RunAsync(variables);

        Assert.Equal(2, exitCode);
        Assert.Contains("TokenCache:KeyCertificatePath", errors, StringComparison.Ordinal);
        Assert.DoesNotMatch(StackFrame(), output);
    }

    [Fact]
    public async Task SeveralTenantsWithoutAnAllowListDoNotStart()
    {
        var variables = EnvironmentConfigurationTests.TenantVariables();
        variables["AzureAd__TenantId"] = "organizations";

        var (exitCode, errors, _) = await RunAsync(variables);

        Assert.Equal(2, exitCode);
        Assert.Contains("AzureAd:AllowedTenants", errors, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<(int ExitCode, string Errors, string Output)> RunAsync(Dictionary<string, string> variables)
    {
        variables["Storage__DataFolder"] = _folder;
        using var server = ServerProcess.Start(ServerProcess.BuiltDll, _folder, variables);
        var exitCode = await server.ExitCodeAsync();
        Assert.False(File.Exists(Path.Combine(_folder, "outlookclientcare.db")), "the server touched the database before checking its settings");
        return (exitCode, server.Errors, server.Output);
    }

    [GeneratedRegex(@"^\s+at ", RegexOptions.Multiline)]
    private static partial Regex StackFrame();
}
