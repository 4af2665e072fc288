using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.Testing;
using OutlookClientCare.Server.Tests.Infrastructure;
using OutlookClientCare.Tests;
using static OutlookClientCare.Server.Tests.Manifest.ManifestChecks;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Manifest;

public sealed class ManifestApiTests
{
    // The manifest and icons never touch Graph: nothing listens here.
    private const string NoGraph = "http://127.0.0.1:9/v1.0";

    private static ClientCareApp StartApp(Dictionary<string, string?>? settings = null) => new(Create(), NoGraph, settings);

    private static HttpClient Over(ClientCareApp app, string scheme) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"{scheme}://localhost") });

    [SharedFact("the manifest a demo user downloads over https validates against the Office manifest XSDs")]
    public async Task ADemoUserGetsAValidManifestForHttpsLocalhostWithoutSigningIn()
    {
        await using var app = StartApp();

        var response = await Over(app, "https").GetAsync("/manifest.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var xml = await response.Content.ReadAsStringAsync();
        Assert.Empty(SchemaProblems(xml));
        var manifest = XDocument.Parse(xml);
        Assert.Empty(UnresolvedResids(manifest));
        Assert.Equal("https://localhost/pane/taskpane.html", manifest.Descendants(Bt + "Url").First().Attribute("DefaultValue")!.Value);
        Assert.Equal(Guid.Empty.ToString(), manifest.Descendants(Mail11 + "Id").Single().Value);
    }

    [Fact]
    public async Task OverPlainHttpWithoutAnHttpsAddressTheDemoExplainsHowToGetOne()
    {
        await using var app = StartApp();

        var response = await Over(app, "http").GetAsync("/manifest.xml");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("PublicBaseUrl", problem.GetProperty("field").GetString());
        Assert.Contains("only over https", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("dotnet dev-certs https --trust", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConfiguredPublicAddressIsUsedWhateverTheRequestLooksLike()
    {
        await using var app = StartApp(new() { ["PublicBaseUrl"] = "https://tunnel.example.net/care/" });

        var manifest = XDocument.Parse(await Over(app, "http").GetStringAsync("/manifest.xml"));

        Assert.Equal("https://tunnel.example.net/care/assets/icon-64.png", manifest.Root!.Element(App + "IconUrl")!.Attribute("DefaultValue")!.Value);
        Assert.Equal($"api://tunnel.example.net/{Guid.Empty}", manifest.Descendants(Mail11 + "Resource").Single().Value);
    }

    [Fact]
    public async Task WithARealTenantTheManifestCarriesTheAppRegistrationForSingleSignOn()
    {
        await using var app = StartApp(new()
        {
            ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
            ["AzureAd:TenantId"] = "5d3c2b1a-0000-4000-8000-00000000abcd",
            ["AzureAd:ClientId"] = ManifestSchemaTests.TenantClientId,
            ["AzureAd:Audience"] = $"api://care.contoso.example/{ManifestSchemaTests.TenantClientId}",
            ["AzureAd:ClientSecret"] = "not-used-by-this-test",
            ["PublicBaseUrl"] = "https://care.contoso.example",
        });

        var manifest = XDocument.Parse(await Over(app, "http").GetStringAsync("/manifest.xml"));

        var info = manifest.Descendants(Mail11 + "WebApplicationInfo").Single();
        Assert.Equal(ManifestSchemaTests.TenantClientId, info.Element(Mail11 + "Id")!.Value);
        Assert.Equal($"api://care.contoso.example/{ManifestSchemaTests.TenantClientId}", info.Element(Mail11 + "Resource")!.Value);
        Assert.Empty(info.Nodes().OfType<XComment>());
    }

    [Fact]
    public async Task EveryIconInTheServedManifestIsServedAnonymouslyAsThePngWeShip()
    {
        await using var app = StartApp();
        var client = Over(app, "https");
        var manifest = XDocument.Parse(await client.GetStringAsync("/manifest.xml"));
        var urls = manifest.Descendants().SelectMany(e => e.Attributes())
            .Select(a => a.Value)
            .Where(v => v.EndsWith(".png", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(5, urls.Count);
        foreach (var url in urls)
        {
            var response = await client.GetAsync(new Uri(url).PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
            var name = url[(url.LastIndexOf('/') + 1)..];
            Assert.Equal(await File.ReadAllBytesAsync(RepositoryFile("addin-manifest", "assets", name)), await response.Content.ReadAsByteArrayAsync());
        }
    }

    [Theory]
    [InlineData("/assets/icon-17.png")]
    [InlineData("/assets/manifest.template.xml")]
    [InlineData("/assets/..%2Fappsettings.json")]
    public async Task AnythingButOurIconsIsNotFoundUnderAssets(string path)
    {
        await using var app = StartApp();

        var response = await Over(app, "https").GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
