using System.Net;
using OutlookClientCare.Server.Tests.Infrastructure;

namespace OutlookClientCare.Server.Tests.Security;

/// <summary>
/// The server as an operator starts it: its own process, the tenant configured only through
/// environment variables (AzureAd__TenantId and friends), as in a container.
/// </summary>
public sealed class EnvironmentConfigurationTests : IDisposable
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("occ-env-").FullName;

    [Fact]
    public async Task ATenantConfiguredByEnvironmentVariablesStartsAndRefusesCallsWithoutAToken()
    {
        using var server = Start(TenantVariables());
        using var http = new HttpClient { BaseAddress = await server.ListeningUrlAsync() };

        using var response = await http.GetAsync(new Uri("/api/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("demo", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AMissingTenantIdInTheEnvironmentStopsTheStartAndIsNamed()
    {
        var variables = TenantVariables();
        variables.Remove("AzureAd__TenantId");
        using var server = Start(variables);

        Assert.Equal(2, await server.ExitCodeAsync());
        Assert.Contains("AzureAd:TenantId", server.Errors, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dataFolder, recursive: true);

    internal static Dictionary<string, string> TenantVariables() => new(StringComparer.Ordinal)
    {
        ["AzureAd__Instance"] = "https://login.microsoftonline.com/",
        ["AzureAd__TenantId"] = TestTokens.HomeTenant,
        ["AzureAd__ClientId"] = TestTokens.ClientId,
        ["AzureAd__Audience"] = TestTokens.Audience,
        ["AzureAd__ClientSecret"] = "from-the-environment",
    };

    private ServerProcess Start(Dictionary<string, string> variables)
    {
        variables["Storage__DataFolder"] = _dataFolder;
        variables["Booking__RunInBackground"] = "false";
        return ServerProcess.Start(ServerProcess.BuiltDll, _dataFolder, variables);
    }
}
