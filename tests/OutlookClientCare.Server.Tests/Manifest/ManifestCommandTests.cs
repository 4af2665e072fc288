using System.Xml.Linq;
using OutlookClientCare.Server.Cli;
using OutlookClientCare.Tests;
using static OutlookClientCare.Server.Tests.Manifest.ManifestChecks;

namespace OutlookClientCare.Server.Tests.Manifest;

public sealed class ManifestCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("manifest-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    internal static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliRunner.RunAsync(["manifest", .. args], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [SharedFact("the manifest printed by the CLI validates against the Office manifest XSDs")]
    public async Task TheManifestForAHostIsPrintedOnStdoutAndIsValid()
    {
        var (code, stdout, stderr) = await Run("--base-url", "https://care.example.com", "--client-id", ManifestSchemaTests.TenantClientId, "--addin-version", "1.4.0");

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Empty(SchemaProblems(stdout));
        var manifest = XDocument.Parse(stdout);
        Assert.Equal("1.4.0", manifest.Root!.Element(App + "Version")!.Value);
        Assert.Equal(ManifestSchemaTests.TenantClientId, manifest.Descendants(Mail11 + "Id").Single().Value);
        Assert.Equal("https://care.example.com/assets/icon-64.png", manifest.Root!.Element(App + "IconUrl")!.Attribute("DefaultValue")!.Value);
    }

    [Fact]
    public async Task WithOutputTheManifestGoesToTheFileAndStdoutStaysEmpty()
    {
        var path = Path.Combine(_dir, "manifest.xml");

        var (code, stdout, stderr) = await Run("--base-url", "https://care.example.com/occ", "--output", path);

        Assert.Equal(0, code);
        Assert.Equal("", stdout);
        Assert.Equal("", stderr);
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.NotEqual(0xEF, bytes[0]);
        var manifest = XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Equal("https://care.example.com/occ/pane/taskpane.html", manifest.Descendants(Bt + "Url").First().Attribute("DefaultValue")!.Value);
        Assert.Empty(UnresolvedResids(manifest));
    }

    [Theory]
    [InlineData(new[] { "--base-url", "http://care.example.com" }, "manifest: --base-url: 'http://care.example.com' must use https")]
    [InlineData(new[] { "--base-url", "care.example.com" }, "manifest: --base-url: 'care.example.com' is not an absolute URL")]
    [InlineData(new[] { "--base-url" }, "manifest: --base-url needs a value.")]
    [InlineData(new string[0], "manifest: --base-url is required.")]
    [InlineData(new[] { "--base-url", "https://care.example.com", "--client-id", "my-app" }, "manifest: --client-id must be the Entra application (client) ID, a GUID, not 'my-app'.")]
    [InlineData(new[] { "--base-url", "https://care.example.com", "--addin-version", "v2" }, "manifest: --addin-version must be one to four numbers")]
    [InlineData(new[] { "--base-url", "https://care.example.com", "--host", "x" }, "manifest: unknown option --host.")]
    public async Task BadInputExitsWithTwoAndSaysWhatIsWrong(string[] options, string message)
    {
        var (code, stdout, stderr) = await Run(options);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.StartsWith(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOutputFileThatCannotBeWrittenExitsWithTwo()
    {
        var path = Path.Combine(_dir, "no-such-folder", "manifest.xml");

        var (code, stdout, stderr) = await Run("--base-url", "https://care.example.com", "--output", path);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.StartsWith($"manifest: --output: cannot write {path}", stderr, StringComparison.Ordinal);
    }
}
