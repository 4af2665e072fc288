using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace OutlookClientCare.Server.Manifest;

/// <summary>
/// The unified manifest for Microsoft 365 (manifest.json, its German strings and two icons, zipped as
/// the admin center and sideloading expect). It is read off the XML manifest of the same deployment,
/// so both always carry the same pane, buttons, permission, Entra app, strings and send-time review.
/// Outlook on the web, new Outlook and classic Outlook on Windows (current builds) take it; Mac,
/// mobile and perpetual Office need the XML manifest.
/// </summary>
public static class UnifiedManifest
{
    public const string ManifestVersion = "1.24";
    public const string GermanFile = "de-de.json";
    public const string ColorIcon = "color.png";
    public const string OutlineIcon = "outline.png";

    private static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    private static readonly XNamespace Bt = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    private static readonly XNamespace Mail11 = "http://schemas.microsoft.com/office/mailappversionoverrides/1.1";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // The unified manifest wants a short description of at most 80 characters; the XML manifest has none.
    private const string ShortDescriptionEn = "Read a client's thread at a glance, answer calmly, keep your promises.";
    private const string ShortDescriptionDe = "Kundenverläufe auf einen Blick, gelassen antworten, Zusagen halten.";

    /// <summary>manifest.json for a deployment, as text (UTF-8 without BOM when written).</summary>
    public static string Write(AddInBaseUrl baseUrl, Guid? clientId, string? version = null, SendMode sendMode = SendMode.SoftBlock) =>
        Build(baseUrl, clientId, version, sendMode).Manifest.ToJsonString(Indented) + "\n";

    /// <summary>The zip to upload or sideload: manifest.json, de-de.json and the two icons at its root.</summary>
    public static byte[] Package(AddInBaseUrl baseUrl, Guid? clientId, string? version = null, SendMode sendMode = SendMode.SoftBlock)
    {
        var (manifest, german) = Build(baseUrl, clientId, version, sendMode);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "manifest.json", Encoding.UTF8.GetBytes(manifest.ToJsonString(Indented) + "\n"));
            Add(zip, GermanFile, Encoding.UTF8.GetBytes(german.ToJsonString(Indented) + "\n"));
            Add(zip, ColorIcon, AddInFiles.Assets["icon-192.png"]);
            Add(zip, OutlineIcon, AddInFiles.Assets["outline-32.png"]);
        }

        return buffer.ToArray();
    }

    /// <summary>manifest.json and the German strings file it names.</summary>
    public static (JsonObject Manifest, JsonObject German) Build(AddInBaseUrl baseUrl, Guid? clientId, string? version = null, SendMode sendMode = SendMode.SoftBlock)
    {
        var xml = ManifestWriter.Build(baseUrl, clientId, version, sendMode);
        var root = xml.Root!;
        var overrides = xml.Descendants(Mail11 + "VersionOverrides").Single();
        var resources = overrides.Element(Mail11 + "Resources")!;
        var host = overrides.Descendants(Mail11 + "Host").Single();
        var german = new JsonObject();

        var name = Localized(root.Element(App + "DisplayName")!);
        var description = Localized(root.Element(App + "Description")!);
        german["name.short"] = name.De;
        german["name.full"] = name.De;
        german["description.short"] = ShortDescriptionDe;
        german["description.full"] = description.De;

        var ribbons = new JsonArray();
        var points = host.Descendants(Mail11 + "ExtensionPoint").ToList();
        foreach (var point in points.Where(p => p.Attribute(Xsi + "type")!.Value.EndsWith("CommandSurface", StringComparison.Ordinal)))
        {
            var path = $"extensions[0].ribbons[{ribbons.Count}].tabs[0].groups[0]";
            var group = point.Descendants(Mail11 + "Group").Single();
            var control = group.Element(Mail11 + "Control")!;
            var groupLabel = String(resources, "ShortStrings", group.Element(Mail11 + "Label")!);
            var label = String(resources, "ShortStrings", control.Element(Mail11 + "Label")!);
            var title = String(resources, "ShortStrings", control.Element(Mail11 + "Supertip")!.Element(Mail11 + "Title")!);
            var tip = String(resources, "LongStrings", control.Element(Mail11 + "Supertip")!.Element(Mail11 + "Description")!);
            german[$"{path}.label"] = groupLabel.De;
            german[$"{path}.controls[0].label"] = label.De;
            german[$"{path}.controls[0].supertip.title"] = title.De;
            german[$"{path}.controls[0].supertip.description"] = tip.De;
            var icons = Icons(resources, control);
            ribbons.Add(new JsonObject
            {
                ["requirements"] = Requirements("1.3"),
                ["contexts"] = new JsonArray(point.Attribute(Xsi + "type")!.Value.StartsWith("MessageRead", StringComparison.Ordinal) ? "mailRead" : "mailCompose"),
                ["tabs"] = new JsonArray(new JsonObject
                {
                    ["builtInTabId"] = point.Descendants(Mail11 + "OfficeTab").Single().Attribute("id")!.Value,
                    ["groups"] = new JsonArray(new JsonObject
                    {
                        ["id"] = group.Attribute("id")!.Value,
                        ["label"] = groupLabel.En,
                        ["icons"] = icons.DeepClone(),
                        ["controls"] = new JsonArray(new JsonObject
                        {
                            ["id"] = control.Attribute("id")!.Value,
                            ["type"] = "button",
                            ["label"] = label.En,
                            ["icons"] = icons,
                            ["supertip"] = new JsonObject { ["title"] = title.En, ["description"] = tip.En },
                            ["actionId"] = "openPane",
                        }),
                    }),
                }),
            });
        }

        var launch = points.Single(p => p.Attribute(Xsi + "type")!.Value == "LaunchEvent").Descendants(Mail11 + "LaunchEvent").Single();
        var runtime = host.Descendants(Mail11 + "Runtime").Single();
        var handler = launch.Attribute("FunctionName")!.Value;
        var paneUrl = Url(resources, points.First().Descendants(Mail11 + "SourceLocation").First());
        var info = overrides.Element(Mail11 + "WebApplicationInfo")!;

        var extension = new JsonObject
        {
            ["requirements"] = new JsonObject { ["scopes"] = new JsonArray("mail"), ["capabilities"] = Capabilities("1.3") },
            ["runtimes"] = new JsonArray(
                new JsonObject
                {
                    ["requirements"] = Requirements("1.3"),
                    ["id"] = "TaskPaneRuntime",
                    ["type"] = "general",
                    ["code"] = new JsonObject { ["page"] = paneUrl },
                    ["lifetime"] = "long",
                    ["actions"] = new JsonArray(new JsonObject { ["id"] = "openPane", ["type"] = "openPage", ["pinnable"] = true }),
                },
                new JsonObject
                {
                    ["requirements"] = Requirements("1.12"),
                    ["id"] = "SendCheckRuntime",
                    ["type"] = "general",
                    ["code"] = new JsonObject
                    {
                        ["page"] = Url(resources, runtime),
                        ["script"] = Url(resources, runtime.Element(Mail11 + "Override")!),
                    },
                    ["lifetime"] = "short",
                    ["actions"] = new JsonArray(new JsonObject { ["id"] = handler, ["type"] = "executeFunction" }),
                }),
            ["ribbons"] = ribbons,
            ["autoRunEvents"] = new JsonArray(new JsonObject
            {
                ["requirements"] = new JsonObject { ["capabilities"] = Capabilities("1.12"), ["scopes"] = new JsonArray("mail") },
                ["events"] = new JsonArray(new JsonObject
                {
                    ["type"] = "messageSending",
                    ["actionId"] = handler,
                    ["options"] = new JsonObject { ["sendMode"] = SendModes.Parse(launch.Attribute("SendMode")!.Value)!.Value.JsonName() },
                }),
            }),
        };

        var manifest = new JsonObject
        {
            ["$schema"] = $"https://developer.microsoft.com/json-schemas/teams/v{ManifestVersion}/MicrosoftTeams.schema.json",
            ["manifestVersion"] = ManifestVersion,
            ["version"] = SemanticVersion(root.Element(App + "Version")!.Value),
            ["id"] = root.Element(App + "Id")!.Value,
            ["localizationInfo"] = new JsonObject
            {
                ["defaultLanguageTag"] = root.Element(App + "DefaultLocale")!.Value.ToLowerInvariant(),
                ["additionalLanguages"] = new JsonArray(new JsonObject { ["languageTag"] = "de-de", ["file"] = GermanFile }),
            },
            ["developer"] = new JsonObject
            {
                ["name"] = root.Element(App + "ProviderName")!.Value,
                ["websiteUrl"] = baseUrl.Value,
                ["privacyUrl"] = baseUrl.Value,
                ["termsOfUseUrl"] = baseUrl.Value,
            },
            ["name"] = new JsonObject { ["short"] = name.En, ["full"] = name.En },
            ["description"] = new JsonObject { ["short"] = ShortDescriptionEn, ["full"] = description.En },
            ["icons"] = new JsonObject { ["outline"] = OutlineIcon, ["color"] = ColorIcon },
            ["accentColor"] = "#0F6CBD",
            ["validDomains"] = new JsonArray(baseUrl.Authority),
            ["webApplicationInfo"] = new JsonObject { ["id"] = info.Element(Mail11 + "Id")!.Value, ["resource"] = info.Element(Mail11 + "Resource")!.Value },
            ["authorization"] = new JsonObject
            {
                ["permissions"] = new JsonObject
                {
                    ["resourceSpecific"] = new JsonArray(new JsonObject { ["name"] = Permission(root.Element(App + "Permissions")!.Value), ["type"] = "Delegated" }),
                },
            },
            ["extensions"] = new JsonArray(extension),
        };

        german["$schema"] = $"https://developer.microsoft.com/json-schemas/teams/v{ManifestVersion}/MicrosoftTeams.Localization.schema.json";
        return (manifest, Sorted(german));
    }

    /// <summary>The XML manifest's 1 to 4 part version as the 3-part semantic version the unified manifest wants.</summary>
    public static string SemanticVersion(string version)
    {
        var parts = version.Split('.').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).Concat([0, 0]).Take(3);
        return string.Join('.', parts.Select(p => p.ToString(CultureInfo.InvariantCulture)));
    }

    private static string Permission(string xml) => xml switch
    {
        "ReadWriteItem" => "MailboxItem.ReadWrite.User",
        "ReadItem" => "MailboxItem.Read.User",
        "ReadWriteMailbox" => "Mailbox.ReadWrite.User",
        "Restricted" => "MailboxItem.Restricted.User",
        _ => throw new InvalidOperationException($"No unified-manifest permission for the XML permission {xml}."),
    };

    private static JsonArray Capabilities(string minVersion) =>
        new(new JsonObject { ["name"] = "Mailbox", ["minVersion"] = minVersion });

    private static JsonObject Requirements(string minVersion) => new() { ["capabilities"] = Capabilities(minVersion) };

    private static JsonArray Icons(XElement resources, XElement control) =>
        new([.. control.Element(Mail11 + "Icon")!.Elements(Bt + "Image").Select(image => (JsonNode)new JsonObject
        {
            ["size"] = int.Parse(image.Attribute("size")!.Value, CultureInfo.InvariantCulture),
            ["url"] = Resource(resources, "Images", image.Attribute("resid")!.Value).Attribute("DefaultValue")!.Value,
        })]);

    private static string Url(XElement resources, XElement reference) =>
        Resource(resources, "Urls", reference.Attribute("resid")!.Value).Attribute("DefaultValue")!.Value;

    private static (string En, string De) String(XElement resources, string kind, XElement reference) =>
        Localized(Resource(resources, kind, reference.Attribute("resid")!.Value));

    private static (string En, string De) Localized(XElement element) =>
        (element.Attribute("DefaultValue")!.Value,
         element.Elements().Single(e => e.Name.LocalName == "Override" && e.Attribute("Locale")?.Value == "de-DE").Attribute("Value")!.Value);

    private static XElement Resource(XElement resources, string kind, string id) =>
        resources.Element(Bt + kind)!.Elements().Single(e => e.Attribute("id")!.Value == id);

    private static JsonObject Sorted(JsonObject strings) =>
        new(strings.OrderBy(p => p.Key == "$schema" ? "" : p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        // A fixed time keeps the package byte-identical for the same manifest.
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var stream = entry.Open();
        stream.Write(content);
    }
}
