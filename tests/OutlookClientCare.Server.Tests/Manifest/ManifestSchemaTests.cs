using System.Xml.Linq;
using OutlookClientCare.Server.Manifest;
using OutlookClientCare.Tests;
using static OutlookClientCare.Server.Tests.Manifest.ManifestChecks;

namespace OutlookClientCare.Server.Tests.Manifest;

public sealed class ManifestSchemaTests
{
    public const string TenantClientId = "0f0e0d0c-1b2a-4c3d-8e9f-a0b1c2d3e4f5";

    /// <summary>Deployments we expect: plain host, path below a host, demo on localhost, port, IDN, IPv6 loopback.</summary>
    public static TheoryData<string, string?> Deployments() => new()
    {
        { "https://outlookclientcare.example", TenantClientId },
        { "https://care.example.com/occ/", TenantClientId },
        { "https://localhost:5181", null },
        { "https://localhost", null },
        { "https://bücher.example:8443/kunden", TenantClientId },
        { "https://[::1]:5181", null },
    };

    public static string Produce(string baseUrl, string? clientId, string? version = null) =>
        ManifestWriter.Write(AddInBaseUrl.Parse(baseUrl), clientId is null ? null : Guid.Parse(clientId), version);

    [SharedTheory("every manifest we produce validates against the Office manifest XSDs")]
    [MemberData(nameof(Deployments))]
    public void EveryManifestWeProduceIsValidAgainstTheOfficeSchemas(string baseUrl, string? clientId)
    {
        Assert.Empty(SchemaProblems(Produce(baseUrl, clientId)));
    }

    [SharedFact("a release version number keeps the manifest valid")]
    public void AManifestWithAReleaseVersionIsValid()
    {
        Assert.Empty(SchemaProblems(Produce("https://care.example.com", TenantClientId, "2.14.3")));
    }

    [SharedFact("the schema check rejects a permission that does not exist")]
    public void TheSchemaCheckRejectsAnUnknownPermission()
    {
        var manifest = XDocument.Parse(Produce("https://care.example.com", TenantClientId));
        manifest.Root!.Element(App + "Permissions")!.Value = "ReadWriteEverything";

        var problems = SchemaProblems(manifest.ToString());

        Assert.Contains(problems, p => p.Contains("Permissions", StringComparison.Ordinal));
    }

    [SharedFact("the schema check rejects pinning in VersionOverrides 1.0")]
    public void TheSchemaCheckRejectsPinningWhereTheSchemaDoesNotAllowIt()
    {
        var manifest = XDocument.Parse(Produce("https://care.example.com", TenantClientId));
        var action = manifest.Descendants(Mail10 + "Action").First();
        action.Add(new XElement(Mail10 + "SupportsPinning", "true"));

        Assert.NotEmpty(SchemaProblems(manifest.ToString()));
    }

    [SharedFact("the schema check rejects a URL resource longer than 2048 characters")]
    public void TheSchemaCheckRejectsAnOverlongUrl()
    {
        var manifest = XDocument.Parse(Produce("https://care.example.com", TenantClientId));
        manifest.Descendants(Bt + "Url").First().SetAttributeValue("DefaultValue", "https://care.example.com/" + new string('a', 2048));

        Assert.NotEmpty(SchemaProblems(manifest.ToString()));
    }

    [SharedFact("everything but Runtimes and LaunchEvent is still checked against the Office manifest XSDs")]
    public void OnlyTheEventPartsTheXsdsPredateAreLeftToTheDocumentedShapeCheck()
    {
        var produced = Produce("https://care.example.com", TenantClientId);
        var broken = XDocument.Parse(produced);
        broken.Descendants(Mail11 + "Runtimes").Single().AddAfterSelf(new XElement(Mail11 + "Sometimes"));

        Assert.Contains(SchemaProblems(produced, keepEventParts: true), p => p.Contains("Runtimes", StringComparison.Ordinal));
        Assert.Empty(SchemaProblems(produced));
        Assert.Contains(SchemaProblems(broken.ToString()), p => p.Contains("Sometimes", StringComparison.Ordinal));
    }

    [SharedFact("the longest base URL we accept still gives a valid manifest")]
    public void TheLongestAcceptedBaseUrlStillGivesAValidManifest()
    {
        var prefix = "https://care.example.com/";
        var longest = prefix + new string('p', AddInBaseUrl.MaxLength - prefix.Length);

        Assert.Empty(SchemaProblems(Produce(longest, TenantClientId)));
    }
}
