using Microsoft.AspNetCore.Http;
using OutlookClientCare.Server.Manifest;

namespace OutlookClientCare.Server.Tests.Manifest;

public sealed class PublicBaseUrlTests
{
    private static readonly AddInBaseUrl Configured = AddInBaseUrl.Parse("https://care.example.com/occ");

    [Fact]
    public void TheConfiguredAddressWinsOverEverythingTheServerSees()
    {
        var url = PublicBaseUrl.Resolve(Configured, demo: true, requestIsHttps: true, new HostString("localhost", 5181), ["https://127.0.0.1:5181"]);

        Assert.Equal("https://care.example.com/occ", url?.Value);
    }

    [Theory]
    [InlineData("localhost", 5181, "https://localhost:5181")]
    [InlineData("127.0.0.1", 5181, "https://localhost:5181")]
    [InlineData("[::1]", 5181, "https://localhost:5181")]
    [InlineData("care.example.com", null, "https://care.example.com")]
    [InlineData("care.example.com", 443, "https://care.example.com")]
    public void AnHttpsRequestShowsAnAddressThatWorksWithLoopbackAsLocalhost(string host, int? port, string expected)
    {
        var requestHost = port is null ? new HostString(host) : new HostString(host, port.Value);

        foreach (var demo in new[] { true, false })
        {
            Assert.Equal(expected, PublicBaseUrl.Resolve(null, demo, requestIsHttps: true, requestHost, [])?.Value);
        }
    }

    [Fact]
    public void AnHttpRequestInDemoModeUsesTheHttpsAddressTheServerListensOn()
    {
        var url = PublicBaseUrl.Resolve(null, demo: true, requestIsHttps: false, new HostString("127.0.0.1", 5180), ["http://127.0.0.1:5180", "https://127.0.0.1:5181"]);

        Assert.Equal("https://localhost:5181", url?.Value);
    }

    [Fact]
    public void WithoutAnyHttpsAddressThereIsNoUsableManifest()
    {
        Assert.Null(PublicBaseUrl.Resolve(null, demo: true, requestIsHttps: false, new HostString("127.0.0.1", 5180), ["http://127.0.0.1:5180"]));
        Assert.Null(PublicBaseUrl.Resolve(null, demo: false, requestIsHttps: false, new HostString("care.internal", 8080), ["https://[::]:443"]));
    }
}
