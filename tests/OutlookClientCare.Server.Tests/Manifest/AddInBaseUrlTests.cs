using OutlookClientCare.Server.Manifest;

namespace OutlookClientCare.Server.Tests.Manifest;

public sealed class AddInBaseUrlTests
{
    [Theory]
    [InlineData("https://care.example.com", "https://care.example.com", "care.example.com")]
    [InlineData("https://Care.Example.COM/", "https://care.example.com", "care.example.com")]
    [InlineData("  https://care.example.com/occ/  ", "https://care.example.com/occ", "care.example.com")]
    [InlineData("https://care.example.com:443/occ", "https://care.example.com/occ", "care.example.com")]
    [InlineData("https://localhost:5181", "https://localhost:5181", "localhost:5181")]
    [InlineData("https://bücher.example", "https://xn--bcher-kva.example", "xn--bcher-kva.example")]
    [InlineData("https://[::1]:5181/", "https://[::1]:5181", "[::1]:5181")]
    public void AnHttpsUrlIsKeptWithoutTrailingSlashDefaultPortOrUnicodeHost(string text, string value, string authority)
    {
        Assert.True(AddInBaseUrl.TryParse(text, out var url, out var error), error);

        Assert.Equal(value, url.Value);
        Assert.Equal(authority, url.Authority);
    }

    [Theory]
    [InlineData(null, "empty")]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("care.example.com", "not an absolute URL")]
    [InlineData("/pane", "not an absolute URL")]
    [InlineData("https://", "not an absolute URL")]
    [InlineData("https:///pane", "not an absolute URL")]
    [InlineData(@"C:\inetpub\care", "not an absolute URL")]
    [InlineData("https://care example.com", "not an absolute URL")]
    [InlineData("http://care.example.com", "must use https")]
    [InlineData("ftp://care.example.com", "must use https")]
    [InlineData("file:///etc/passwd", "must use https")]
    [InlineData("javascript:alert(1)", "must use https")]
    [InlineData("https://care.example.com/?tenant=1", "query")]
    [InlineData("https://care.example.com/#top", "fragment")]
    [InlineData("https://admin:secret@care.example.com", "user info")]
    public void AnythingButAnAbsoluteHttpsUrlIsRefusedWithAReason(string? text, string reason)
    {
        Assert.False(AddInBaseUrl.TryParse(text, out var url, out var error));

        Assert.Null(url);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOversizedUrlIsRefusedWithoutEchoingItAll()
    {
        var huge = "https://care.example.com/" + new string('x', 1_000_000);

        Assert.False(AddInBaseUrl.TryParse(huge, out _, out var error));

        Assert.Contains("longer than 2000", error, StringComparison.Ordinal);
        Assert.True(error.Length < 200);
    }

    [Fact]
    public void ParseThrowsTheSameClearMessage()
    {
        var error = Assert.Throws<ArgumentException>(() => AddInBaseUrl.Parse("http://care.example.com"));

        Assert.Contains("Outlook loads add-ins only over https", error.Message, StringComparison.Ordinal);
    }
}
