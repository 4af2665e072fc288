using System.Buffers.Binary;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using OutlookClientCare.Tests;

namespace OutlookClientCare.Server.Tests.Manifest;

/// <summary>What Outlook and AppSource would check in a manifest, done offline.</summary>
internal static class ManifestChecks
{
    public static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    public static readonly XNamespace Bt = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    public static readonly XNamespace Mail10 = "http://schemas.microsoft.com/office/mailappversionoverrides";
    public static readonly XNamespace Mail11 = "http://schemas.microsoft.com/office/mailappversionoverrides/1.1";

    private static readonly Lazy<XmlSchemaSet> Schemas = new(LoadSchemas);

    /// <summary>Every error and warning of ../shared/office-manifest-xsd for this manifest text.</summary>
    public static IReadOnlyList<string> SchemaProblems(string manifestXml)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = Schemas.Value,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings | XmlSchemaValidationFlags.ProcessIdentityConstraints,
            DtdProcessing = DtdProcessing.Prohibit,
        };
        settings.ValidationEventHandler += (_, e) =>
            problems.Add($"{e.Severity} at line {e.Exception.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(manifestXml), settings);
        while (reader.Read())
        {
        }

        return problems;
    }

    /// <summary>
    /// resid attributes that do not name an entry of the right kind (image, URL, short or long
    /// string) in the Resources of their own VersionOverrides.
    /// </summary>
    public static IReadOnlyList<string> UnresolvedResids(XDocument manifest)
    {
        var problems = new List<string>();
        foreach (var reference in manifest.Descendants().Where(e => e.Attribute("resid") is not null))
        {
            var resid = reference.Attribute("resid")!.Value;
            var kind = ResourceKind(reference);
            var ids = ResourceIds(OwnResources(reference), kind);
            if (!ids.Contains(resid))
            {
                problems.Add($"<{reference.Name.LocalName} resid=\"{resid}\"> in {reference.Parent?.Name.LocalName}: no {kind} entry with that id");
            }
        }

        return problems;
    }

    /// <summary>Resource ids no element refers to (leftovers make translations drift).</summary>
    public static IReadOnlyList<string> UnusedResources(XDocument manifest)
    {
        var unused = new List<string>();
        foreach (var resources in manifest.Descendants().Where(e => e.Name.LocalName == "Resources"))
        {
            var scope = resources.Parent!;
            var used = scope.Descendants()
                .Where(e => e.Attribute("resid") is not null && e.Ancestors().First(a => a.Name.LocalName == "VersionOverrides") == scope)
                .Select(e => e.Attribute("resid")!.Value)
                .ToHashSet(StringComparer.Ordinal);
            unused.AddRange(resources.Elements().Elements().Select(e => e.Attribute("id")!.Value).Where(id => !used.Contains(id)));
        }

        return unused;
    }

    public static XElement OwnResources(XElement reference) =>
        reference.Ancestors().First(a => a.Name.LocalName == "VersionOverrides").Elements().Single(e => e.Name.LocalName == "Resources");

    public static string ResourceKind(XElement reference) => reference.Name.LocalName switch
    {
        "Image" => "Images",
        "SourceLocation" or "FunctionFile" => "Urls",
        "Label" or "Title" => "ShortStrings",
        "Description" => "LongStrings",
        var other => throw new InvalidOperationException($"resid on an element the checks do not know: {other}"),
    };

    public static HashSet<string> ResourceIds(XElement resources, string kind) =>
        resources.Elements(Bt + kind).Elements().Select(e => e.Attribute("id")!.Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>Width and height from a PNG's IHDR chunk; fails on anything that is not a PNG.</summary>
    public static (int Width, int Height) PngSize(byte[] png)
    {
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        Assert.True(png.Length > 24 && png.AsSpan(0, 8).SequenceEqual(signature), "not a PNG file");
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    /// <summary>The repository root (the folder with OutlookClientCare.sln).</summary>
    public static string RepositoryFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OutlookClientCare.sln")))
            {
                return Path.Combine([dir.FullName, .. parts]);
            }
        }

        throw new InvalidOperationException("OutlookClientCare.sln not found above the test output folder.");
    }

    private static XmlSchemaSet LoadSchemas()
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        set.Add(null, SharedFolder.File("office-manifest-xsd", "OfficeAppManifestV1_1.xsd"));
        set.Compile();
        return set;
    }
}
