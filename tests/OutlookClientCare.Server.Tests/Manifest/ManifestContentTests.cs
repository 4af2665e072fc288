using System.Xml.Linq;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Manifest;
using static OutlookClientCare.Server.Tests.Manifest.ManifestChecks;
using static OutlookClientCare.Server.Tests.Manifest.ManifestSchemaTests;

namespace OutlookClientCare.Server.Tests.Manifest;

public sealed class ManifestContentTests
{
    private static XDocument Manifest(string baseUrl = "https://care.example.com/occ", string? clientId = TenantClientId) =>
        XDocument.Parse(Produce(baseUrl, clientId));

    private static IEnumerable<XElement> BothOverrides(XDocument manifest) =>
        manifest.Descendants().Where(e => e.Name.LocalName == "VersionOverrides");

    [Theory]
    [MemberData(nameof(Deployments), MemberType = typeof(ManifestSchemaTests))]
    public void EveryResidResolvesToAResourceOfTheRightKindInItsOwnVersionOverrides(string baseUrl, string? clientId)
    {
        var manifest = Manifest(baseUrl, clientId);

        Assert.Contains(manifest.Descendants(), e => e.Attribute("resid") is not null);
        Assert.Empty(UnresolvedResids(manifest));
    }

    [Fact]
    public void TheResidCheckFindsATypoAndAStringOfTheWrongKind()
    {
        var manifest = Manifest();
        var labels = manifest.Descendants(Mail11 + "Label").ToList();
        labels[0].SetAttributeValue("resid", "groupLabl");
        labels[1].SetAttributeValue("resid", "readButtonTip");

        var problems = UnresolvedResids(manifest);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("groupLabl", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("readButtonTip", StringComparison.Ordinal) && p.Contains("ShortStrings", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryResourceIsUsed() => Assert.Empty(UnusedResources(Manifest()));

    [Fact]
    public void EveryStringTheUserSeesHasAGermanTranslation()
    {
        var manifest = Manifest();
        var localized = manifest.Descendants(Bt + "String")
            .Concat([manifest.Root!.Element(App + "DisplayName")!, manifest.Root!.Element(App + "Description")!])
            .ToList();

        Assert.Equal(2 * 7 + 2, localized.Count);
        foreach (var text in localized)
        {
            var german = Assert.Single(text.Elements(), e => e.Name.LocalName == "Override" && e.Attribute("Locale")?.Value == "de-DE");
            Assert.False(string.IsNullOrWhiteSpace(german.Attribute("Value")!.Value));
            Assert.NotEqual(text.Attribute("DefaultValue")!.Value, german.Attribute("Value")!.Value);
        }

        Assert.Equal("en-US", manifest.Root!.Element(App + "DefaultLocale")!.Value);
        Assert.Equal("Kundenpflege", manifest.Root!.Element(App + "DisplayName")!.Elements().Single().Attribute("Value")!.Value);
    }

    [Fact]
    public void ReadAndComposeEachGetOneButtonThatOpensThePaneInBothVersionOverrides()
    {
        foreach (var overrides in BothOverrides(Manifest()))
        {
            var ns = overrides.Name.Namespace;
            var form = overrides.Element(ns + "Hosts")!.Element(ns + "Host")!.Element(ns + "DesktopFormFactor")!;
            Assert.Null(form.Element(ns + "FunctionFile"));
            var commandSurfaces = form.Elements(ns + "ExtensionPoint").Where(e => e.Attribute(Xsi + "type")!.Value.EndsWith("CommandSurface", StringComparison.Ordinal)).ToList();
            Assert.Equal(["MessageReadCommandSurface", "MessageComposeCommandSurface"], commandSurfaces.Select(e => e.Attribute(Xsi + "type")!.Value));
            foreach (var point in commandSurfaces)
            {
                var button = Assert.Single(point.Descendants(ns + "Control"));
                Assert.Equal("Button", button.Attribute(Xsi + "type")!.Value);
                var action = button.Element(ns + "Action")!;
                Assert.Equal("ShowTaskpane", action.Attribute(Xsi + "type")!.Value);
                Assert.Equal("https://care.example.com/occ/pane/taskpane.html", UrlOf(action.Element(ns + "SourceLocation")!));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Deployments), MemberType = typeof(ManifestSchemaTests))]
    public void TheSendTimeReviewHasTheShapeMicrosoftDocumentsForSmartAlerts(string baseUrl, string? clientId)
    {
        var manifest = Manifest(baseUrl, clientId);

        Assert.Empty(EventShapeProblems(manifest));
        var launch = manifest.Descendants(Mail11 + "LaunchEvent").Single();
        Assert.Equal(("OnMessageSend", "onMessageSendHandler", "SoftBlock"), (launch.Attribute("Type")!.Value, launch.Attribute("FunctionName")!.Value, launch.Attribute("SendMode")!.Value));
        var expected = AddInBaseUrl.Parse(baseUrl).Value;
        var runtime = manifest.Descendants(Mail11 + "Runtime").Single();
        Assert.Equal($"{expected}/pane/launchevent.html", UrlOf(runtime));
        Assert.Equal($"{expected}/pane/launchevent.js", UrlOf(runtime.Element(Mail11 + "Override")!));
    }

    [Fact]
    public void PromptUserCanBeChosenAndTheShapeCheckRefusesBlockAndAMisplacedRuntime()
    {
        var prompt = XDocument.Parse(ManifestWriter.Write(AddInBaseUrl.Parse("https://care.example.com"), null, sendMode: SendMode.PromptUser));
        var block = XDocument.Parse(ManifestWriter.Write(AddInBaseUrl.Parse("https://care.example.com"), null));
        block.Descendants(Mail11 + "LaunchEvent").Single().SetAttributeValue("SendMode", "Block");
        var misplaced = XDocument.Parse(ManifestWriter.Write(AddInBaseUrl.Parse("https://care.example.com"), null));
        var runtimes = misplaced.Descendants(Mail11 + "Runtimes").Single();
        runtimes.Remove();
        misplaced.Descendants(Mail11 + "DesktopFormFactor").Single().AddAfterSelf(runtimes);
        var noScript = XDocument.Parse(ManifestWriter.Write(AddInBaseUrl.Parse("https://care.example.com"), null));
        noScript.Descendants(Mail11 + "Override").Single().Remove();

        Assert.Equal("PromptUser", prompt.Descendants(Mail11 + "LaunchEvent").Single().Attribute("SendMode")!.Value);
        Assert.Empty(EventShapeProblems(prompt));
        Assert.Contains(EventShapeProblems(block), p => p.Contains("never", StringComparison.Ordinal) || p.Contains("SendMode", StringComparison.Ordinal));
        Assert.Contains(EventShapeProblems(misplaced), p => p.Contains("right before DesktopFormFactor", StringComparison.Ordinal));
        Assert.Contains(EventShapeProblems(noScript), p => p.Contains("javascript", StringComparison.Ordinal));
    }

    [Fact]
    public void ThePaneCanBePinnedWhereOutlookSupportsIt()
    {
        var manifest = Manifest();

        var pinning = manifest.Descendants(Mail11 + "SupportsPinning").ToList();

        Assert.Equal(2, pinning.Count);
        Assert.All(pinning, p => Assert.Equal("true", p.Value));
        Assert.Empty(manifest.Descendants(Mail10 + "SupportsPinning"));
    }

    [Fact]
    public void TheAddInAsksForNoMoreThanTheOpenItem()
    {
        var manifest = Manifest();

        Assert.Equal("ReadWriteItem", manifest.Root!.Element(App + "Permissions")!.Value);
        var rules = manifest.Root!.Element(App + "Rule")!.Elements(App + "Rule").Select(r => (r.Attribute("ItemType")!.Value, r.Attribute("FormType")!.Value));
        Assert.Equal([("Message", "Read"), ("Message", "Edit")], rules);
    }

    [Fact]
    public void MailboxRequirementSetsAreTheLowestEachPartNeeds()
    {
        var manifest = Manifest();

        var baseSet = manifest.Root!.Element(App + "Requirements")!.Element(App + "Sets")!.Element(App + "Set")!;
        Assert.Equal(("Mailbox", "1.1"), (baseSet.Attribute("Name")!.Value, baseSet.Attribute("MinVersion")!.Value));
        var overrideSets = BothOverrides(manifest)
            .Select(o => o.Element(o.Name.Namespace + "Requirements")!.Element(Bt + "Sets")!)
            .Select(s => (s.Element(Bt + "Set")!.Attribute("Name")!.Value, s.Element(Bt + "Set")!.Attribute("MinVersion")?.Value ?? s.Attribute("DefaultMinVersion")!.Value));
        Assert.Equal([("Mailbox", "1.3"), ("Mailbox", "1.5")], overrideSets);
    }

    [Fact]
    public void SingleSignOnNamesOurAppRegistrationAndTheScopesTheServerUses()
    {
        var info = Manifest("https://care.example.com:8443/occ").Descendants(Mail11 + "WebApplicationInfo").Single();

        Assert.Equal(TenantClientId, info.Element(Mail11 + "Id")!.Value);
        Assert.Equal($"api://care.example.com:8443/{TenantClientId}", info.Element(Mail11 + "Resource")!.Value);
        var graphScopes = EntraIdSetup.GraphScopes.Select(s => s[(s.LastIndexOf('/') + 1)..]);
        Assert.Equal(
            graphScopes.Append("openid").Append("profile").Order(StringComparer.Ordinal),
            info.Element(Mail11 + "Scopes")!.Elements().Select(s => s.Value).Order(StringComparer.Ordinal));
        Assert.Empty(info.Nodes().OfType<XComment>());
    }

    [Fact]
    public void DemoManifestsCarryAPlaceholderClientIdAndSayThatNoSignInIsNeeded()
    {
        var info = Manifest("https://localhost:5181", clientId: null).Descendants(Mail11 + "WebApplicationInfo").Single();

        Assert.Equal(Guid.Empty.ToString(), info.Element(Mail11 + "Id")!.Value);
        Assert.Equal($"api://localhost:5181/{Guid.Empty}", info.Element(Mail11 + "Resource")!.Value);
        Assert.Contains("needs no sign-in", Assert.Single(info.Nodes().OfType<XComment>()).Value, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Deployments), MemberType = typeof(ManifestSchemaTests))]
    public void EveryUrlPointsIntoTheDeploymentAndNoPlaceholderIsLeft(string baseUrl, string? clientId)
    {
        var expected = AddInBaseUrl.Parse(baseUrl).Value + "/";
        var manifest = Manifest(baseUrl, clientId);
        var values = manifest.Descendants().SelectMany(e => e.Attributes()).Where(a => !a.IsNamespaceDeclaration).Select(a => a.Value)
            .Concat(manifest.Descendants().SelectMany(e => e.Nodes().OfType<XText>()).Select(t => t.Value))
            .ToList();

        var urls = values.Where(v => v.StartsWith("https://", StringComparison.Ordinal) || v.StartsWith("http://", StringComparison.Ordinal)).ToList();
        Assert.Equal(2 + 2 + 2 * 4 + 2, urls.Count);
        Assert.All(urls, u => Assert.StartsWith(expected, u, StringComparison.Ordinal));
        Assert.DoesNotContain(values, v => v.Contains("{{", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryIconUrlPointsToAPngWeShipWithTheDeclaredSize()
    {
        var manifest = Manifest("https://care.example.com/occ");
        var declared = new List<(string Url, int Size)>
        {
            (manifest.Root!.Element(App + "IconUrl")!.Attribute("DefaultValue")!.Value, 64),
            (manifest.Root!.Element(App + "HighResolutionIconUrl")!.Attribute("DefaultValue")!.Value, 128),
        };
        foreach (var image in manifest.Descendants(Bt + "Image").Where(i => i.Attribute("resid") is not null))
        {
            declared.Add((UrlOf(image), int.Parse(image.Attribute("size")!.Value, System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.Equal(2 + 2 * 2 * 3, declared.Count);
        foreach (var (url, size) in declared)
        {
            Assert.StartsWith("https://care.example.com/occ/assets/", url, StringComparison.Ordinal);
            var file = RepositoryFile("addin-manifest", "assets", url["https://care.example.com/occ/assets/".Length..]);
            Assert.True(File.Exists(file), $"{url} points to {file}, which we do not ship");
            Assert.Equal((size, size), PngSize(File.ReadAllBytes(file)));
        }
    }

    [Fact]
    public void ShippedIconsAreTheOnesTheServerEmbeds()
    {
        var shipped = Directory.GetFiles(RepositoryFile("addin-manifest", "assets"), "*.png").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(shipped, AddInFiles.Assets.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, content) in AddInFiles.Assets)
        {
            Assert.Equal(File.ReadAllBytes(RepositoryFile("addin-manifest", "assets", name)), content);
        }
    }

    [Fact]
    public void TheVersionIsTheServerVersionUnlessOneIsGiven()
    {
        Assert.Equal(typeof(ManifestWriter).Assembly.GetName().Version!.ToString(4), Manifest().Root!.Element(App + "Version")!.Value);
        Assert.Equal("2.14.3", XDocument.Parse(Produce("https://care.example.com", null, "2.14.3")).Root!.Element(App + "Version")!.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("v2")]
    [InlineData("1.2.3.4.5")]
    [InlineData("123456")]
    [InlineData("1.0\n")]
    public void AVersionOutlookWouldRejectIsRefused(string version)
    {
        var error = Assert.Throws<ArgumentException>(() => Produce("https://care.example.com", null, version));

        Assert.Contains("one to four numbers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheManifestIsUtf8AndKeepsGermanUmlauts()
    {
        var xml = Produce("https://care.example.com", null);

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", xml, StringComparison.Ordinal);
        Assert.Contains("Diese Antwort prüfen und verbessern", xml, StringComparison.Ordinal);
    }

    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private static string UrlOf(XElement reference)
    {
        var resid = reference.Attribute("resid")!.Value;
        var resources = OwnResources(reference);
        return resources.Elements().Elements().Single(e => e.Name.LocalName == (reference.Name.LocalName == "Image" ? "Image" : "Url") && e.Attribute("id")!.Value == resid)
            .Attribute("DefaultValue")!.Value;
    }
}
