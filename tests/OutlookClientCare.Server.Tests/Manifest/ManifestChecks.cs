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

    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>
    /// Every error and warning of ../shared/office-manifest-xsd for this manifest text, leaving out the
    /// elements those XSDs predate (Runtimes and the LaunchEvent extension point): <see cref="EventShapeProblems"/>
    /// checks them against the shape Microsoft documents.
    /// </summary>
    public static IReadOnlyList<string> SchemaProblems(string manifestXml, bool keepEventParts = false)
    {
        if (!keepEventParts)
        {
            var document = XDocument.Parse(manifestXml, LoadOptions.PreserveWhitespace);
            manifestXml = document.Declaration + WithoutEventParts(document).ToString(SaveOptions.DisableFormatting);
        }

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

    /// <summary>Removes Runtimes and LaunchEvent extension points (only in VersionOverrides 1.1, where Microsoft documents them).</summary>
    public static XDocument WithoutEventParts(XDocument manifest)
    {
        manifest.Descendants(Mail11 + "Runtimes").ToList().ForEach(e => e.Remove());
        manifest.Descendants(Mail11 + "ExtensionPoint").Where(e => e.Attribute(Xsi + "type")?.Value == "LaunchEvent").ToList().ForEach(e => e.Remove());
        return manifest;
    }

    /// <summary>
    /// The send-time review in the shape Microsoft's Smart Alerts documentation gives (the XSDs here
    /// predate it): in VersionOverrides 1.1 only, the mail host has Runtimes (one Runtime whose resid
    /// is an https .html URL, with one Override type="javascript" naming an https .js URL) before its
    /// DesktopFormFactor, whose last ExtensionPoint is a LaunchEvent with one LaunchEvent
    /// Type="OnMessageSend", a FunctionName, a SendMode of PromptUser or SoftBlock (never Block) and a
    /// SourceLocation naming the Runtime's resid.
    /// </summary>
    public static IReadOnlyList<string> EventShapeProblems(XDocument manifest)
    {
        var problems = new List<string>();
        if (manifest.Descendants(Mail10 + "Runtimes").Any() || manifest.Descendants(Mail10 + "ExtensionPoint").Any(e => e.Attribute(Xsi + "type")?.Value == "LaunchEvent"))
        {
            problems.Add("Runtimes or a LaunchEvent in VersionOverrides 1.0, which does not allow them");
        }

        var host = manifest.Descendants(Mail11 + "Host").SingleOrDefault();
        var runtimes = host?.Elements(Mail11 + "Runtimes").ToList() ?? [];
        if (host is null || runtimes.Count != 1 || host.Elements().First() != runtimes[0] || runtimes[0].ElementsAfterSelf().FirstOrDefault()?.Name != Mail11 + "DesktopFormFactor")
        {
            problems.Add("the mail host of VersionOverrides 1.1 needs exactly one Runtimes element, first, right before DesktopFormFactor");
            return problems;
        }

        var runtime = runtimes[0].Elements().ToList() is [var only] && only.Name == Mail11 + "Runtime" ? only : null;
        var script = runtime?.Elements().ToList() is [var o] && o.Name == Mail11 + "Override" && o.Attribute("type")?.Value == "javascript" ? o : null;
        if (runtime is null || script is null)
        {
            problems.Add("Runtimes must hold one Runtime with one <Override type=\"javascript\">");
            return problems;
        }

        var resources = OwnResources(runtime);
        CheckUrl(problems, resources, runtime, ".html");
        CheckUrl(problems, resources, script, ".js");
        var form = host.Element(Mail11 + "DesktopFormFactor")!;
        var point = form.Elements(Mail11 + "ExtensionPoint").LastOrDefault();
        if (point?.Attribute(Xsi + "type")?.Value != "LaunchEvent")
        {
            problems.Add("the last ExtensionPoint of DesktopFormFactor must be xsi:type=\"LaunchEvent\"");
            return problems;
        }

        if (point.Elements().Select(e => e.Name.LocalName).ToList() is not ["LaunchEvents", "SourceLocation"])
        {
            problems.Add("the LaunchEvent extension point holds LaunchEvents, then SourceLocation");
            return problems;
        }

        var events = point.Element(Mail11 + "LaunchEvents")!.Elements().ToList();
        if (events is not [var launch] || launch.Name != Mail11 + "LaunchEvent")
        {
            problems.Add("LaunchEvents must hold one LaunchEvent");
            return problems;
        }

        if (launch.Attribute("Type")?.Value != "OnMessageSend")
        {
            problems.Add("the LaunchEvent's Type must be OnMessageSend");
        }

        if (string.IsNullOrWhiteSpace(launch.Attribute("FunctionName")?.Value))
        {
            problems.Add("the LaunchEvent needs a FunctionName");
        }

        if (launch.Attribute("SendMode")?.Value is not ("SoftBlock" or "PromptUser"))
        {
            problems.Add($"SendMode must be SoftBlock or PromptUser, not '{launch.Attribute("SendMode")?.Value}'");
        }

        if (launch.Attributes().Select(a => a.Name.LocalName).Except(["Type", "FunctionName", "SendMode"]).FirstOrDefault() is { } extra)
        {
            problems.Add($"the LaunchEvent has an attribute the documentation does not know: {extra}");
        }

        if (point.Element(Mail11 + "SourceLocation")!.Attribute("resid")?.Value != runtime.Attribute("resid")?.Value)
        {
            problems.Add("the LaunchEvent's SourceLocation must name the same resid as the Runtime");
        }

        return problems;
    }

    private static void CheckUrl(List<string> problems, XElement resources, XElement reference, string extension)
    {
        var resid = reference.Attribute("resid")?.Value;
        var url = resources.Element(Bt + "Urls")?.Elements().SingleOrDefault(e => e.Attribute("id")?.Value == resid)?.Attribute("DefaultValue")?.Value;
        if (url is null || !url.StartsWith("https://", StringComparison.Ordinal) || !url.EndsWith(extension, StringComparison.Ordinal))
        {
            problems.Add($"<{reference.Name.LocalName} resid=\"{resid}\"> must name an https {extension} URL in bt:Urls, not '{url}'");
        }
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
        "SourceLocation" or "FunctionFile" or "Runtime" or "Override" => "Urls",
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
