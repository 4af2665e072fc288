using Microsoft.Extensions.Configuration;
using OutlookClientCare.Server.Demo;
using OutlookClientCare.Server.Hosting;

namespace OutlookClientCare.Server.Tests.Demo;

public sealed class DemoModeTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5180")]
    [InlineData("http://localhost:5000;https://localhost:5001")]
    [InlineData("http://[::1]:8080")]
    public void DemoModeListensOnLoopback(string urls) => DemoMode.EnsureLoopbackOnly(urls);

    [Theory]
    [InlineData("http://0.0.0.0:5180")]
    [InlineData("http://*:80")]
    [InlineData("http://+:80")]
    [InlineData("http://192.168.1.20:5180")]
    [InlineData("http://localhost:5000;http://[::]:5001")]
    public void DemoModeRefusesToExposeTheMailboxBeyondLoopback(string urls)
    {
        var error = Assert.ThrowsAny<InvalidOperationException>(() => DemoMode.EnsureLoopbackOnly(urls));

        Assert.Contains("loopback only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DemoModeIsOffAsSoonAsAnEntraClientIdIsConfigured()
    {
        var withTenant = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AzureAd:ClientId"] = "0f0e0d0c-0000-0000-0000-000000000001" }).Build();
        var without = new ConfigurationBuilder().Build();

        Assert.False(HostMode.From(withTenant).IsDemo);
        Assert.True(HostMode.From(without).IsDemo);
    }
}
