using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Json.Schema;
using Microsoft.AspNetCore.Mvc.Testing;
using OutlookClientCare.Server.Manifest;
using OutlookClientCare.Server.Tests.Infrastructure;
using OutlookClientCare.Tests;
using static OutlookClientCare.Server.Tests.Manifest.ManifestChecks;
using static OutlookClientCare.Server.Tests.Manifest.ManifestSchemaTests;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Manifest;

public sealed class UnifiedManifestTests
{
    private static readonly Lazy<(JsonSchema Manifest, JsonSchema Strings)> Schemas = new(LoadSchemas);

    /// <summary>
    /// Problems JsonSchema.Net finds against ../shared/unified-manifest-schema for the version the
    /// manifest declares. Those schemas declare draft-04, which JsonSchema.Net does not read; they use
    /// no keyword whose meaning changed after draft 4 (no boolean exclusiveMinimum/Maximum, no "id"),
    /// so draft-07's keywords are registered under the draft-04 URI. Formats are asserted, as draft 4 did.
    /// </summary>
    private static IReadOnlyList<string> SchemaProblems(JsonSchema schema, JsonNode document)
    {
        var result = schema.Evaluate(JsonDocument.Parse(document.ToJsonString()).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return result.IsValid
            ? []
            : [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))];
    }

    private static (JsonSchema, JsonSchema) LoadSchemas()
    {
        var draft04 = Dialect.Draft07.With([], new Uri("http://json-schema.org/draft-04/schema#"));
        var dialects = new DialectRegistry();
        dialects.Register(draft04);
        JsonSchema Load(string file) => JsonSchema.FromText(
            File.ReadAllText(SharedFolder.File("unified-manifest-schema", "v" + UnifiedManifest.ManifestVersion, file)),
            new BuildOptions { DialectRegistry = dialects, SchemaRegistry = new SchemaRegistry() });
        return (Load("MicrosoftTeams.schema.json"), Load("MicrosoftTeams.Localization.schema.json"));
    }

    private static JsonObject Manifest(string baseUrl = "https://care.example.com/occ", string? clientId = TenantClientId) =>
        UnifiedManifest.Build(AddInBaseUrl.Parse(baseUrl), clientId is null ? null : Guid.Parse(clientId)).Manifest;

    [SharedTheory("the unified manifest and its German strings validate against the schemas of the version they declare")]
    [MemberData(nameof(Deployments), MemberType = typeof(ManifestSchemaTests))]
    public void EveryUnifiedManifestWeProduceIsValidAgainstTheSchemaOfItsVersion(string baseUrl, string? clientId)
    {
        var (manifest, german) = UnifiedManifest.Build(AddInBaseUrl.Parse(baseUrl), clientId is null ? null : Guid.Parse(clientId));

        Assert.Equal(UnifiedManifest.ManifestVersion, manifest["manifestVersion"]!.GetValue<string>());
        Assert.EndsWith($"/v{UnifiedManifest.ManifestVersion}/MicrosoftTeams.schema.json", manifest["$schema"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(SchemaProblems(Schemas.Value.Manifest, manifest));
        Assert.Empty(SchemaProblems(Schemas.Value.Strings, german));
    }

    [SharedFact("the schema check refuses an unknown send mode, an unknown property and an overlong name")]
    public void TheSchemaCheckRefusesWhatTheSchemaForbids()
    {
        var block = Manifest();
        block["extensions"]![0]!["autoRunEvents"]![0]!["events"]![0]!["options"]!["sendMode"] = "sometimes";
        var unknown = Manifest();
        unknown["extensions"]![0]!["sendCheck"] = true;
        var longName = Manifest();
        longName["name"]!["short"] = "Client care for demanding clients";

        Assert.NotEmpty(SchemaProblems(Schemas.Value.Manifest, block));
        Assert.NotEmpty(SchemaProblems(Schemas.Value.Manifest, unknown));
        Assert.NotEmpty(SchemaProblems(Schemas.Value.Manifest, longName));
    }

    [Fact]
    public void TheUnifiedManifestCarriesTheSamePaneButtonsPermissionAppAndSendReviewAsTheXmlOne()
    {
        var xml = XDocument.Parse(Produce("https://care.example.com/occ", TenantClientId));
        var json = Manifest();
        var extension = json["extensions"]![0]!;
        var runtimes = extension["runtimes"]!.AsArray();
        var pane = runtimes.Single(r => r!["id"]!.GetValue<string>() == "TaskPaneRuntime")!;
        var send = runtimes.Single(r => r!["id"]!.GetValue<string>() == "SendCheckRuntime")!;
        var controls = extension["ribbons"]!.AsArray().Select(r => (Context: r!["contexts"]![0]!.GetValue<string>(), Control: r["tabs"]![0]!["groups"]![0]!["controls"]![0]!)).ToList();
        var launch = xml.Descendants(Mail11 + "LaunchEvent").Single();
        var autoRun = extension["autoRunEvents"]![0]!;

        Assert.Equal(xml.Root!.Element(App + "Id")!.Value, json["id"]!.GetValue<string>());
        Assert.Equal("https://care.example.com/occ/pane/taskpane.html", pane["code"]!["page"]!.GetValue<string>());
        Assert.True(pane["actions"]![0]!["pinnable"]!.GetValue<bool>());
        Assert.Equal([("mailRead", "occReadButton"), ("mailCompose", "occComposeButton")], controls.Select(c => (c.Context, c.Control["id"]!.GetValue<string>())));
        Assert.All(controls, c => Assert.Equal("openPane", c.Control["actionId"]!.GetValue<string>()));
        Assert.Equal("MailboxItem.ReadWrite.User", json["authorization"]!["permissions"]!["resourceSpecific"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(TenantClientId, json["webApplicationInfo"]!["id"]!.GetValue<string>());
        Assert.Equal(xml.Descendants(Mail11 + "Resource").Single().Value, json["webApplicationInfo"]!["resource"]!.GetValue<string>());
        Assert.Equal("https://care.example.com/occ/pane/launchevent.html", send["code"]!["page"]!.GetValue<string>());
        Assert.Equal("https://care.example.com/occ/pane/launchevent.js", send["code"]!["script"]!.GetValue<string>());
        Assert.Equal("short", send["lifetime"]!.GetValue<string>());
        Assert.Equal(launch.Attribute("FunctionName")!.Value, send["actions"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(("messageSending", launch.Attribute("FunctionName")!.Value, "softBlock"), (autoRun["events"]![0]!["type"]!.GetValue<string>(), autoRun["events"]![0]!["actionId"]!.GetValue<string>(), autoRun["events"]![0]!["options"]!["sendMode"]!.GetValue<string>()));
    }

    [Fact]
    public void TheSendReviewAsksForMailbox112WhileThePaneAndButtonsStayAt13()
    {
        var extension = Manifest()["extensions"]![0]!;
        static string MinVersion(JsonNode? node) => node!["requirements"]!["capabilities"]![0]!["minVersion"]!.GetValue<string>();

        Assert.Equal("1.3", MinVersion(extension));
        Assert.Equal(["1.3", "1.12"], extension["runtimes"]!.AsArray().Select(MinVersion));
        Assert.Equal("1.12", MinVersion(extension["autoRunEvents"]![0]));
        Assert.All(extension["ribbons"]!.AsArray(), r => Assert.Equal("1.3", MinVersion(r)));
    }

    [Fact]
    public void EveryStringHasTheGermanOfTheXmlManifest()
    {
        var (json, german) = UnifiedManifest.Build(AddInBaseUrl.Parse("https://care.example.com"), null);

        Assert.Equal("de-de", json["localizationInfo"]!["additionalLanguages"]![0]!["languageTag"]!.GetValue<string>());
        Assert.Equal("Kundenpflege", german["name.short"]!.GetValue<string>());
        Assert.Equal("Diese Antwort prüfen und verbessern", german["extensions[0].ribbons[1].tabs[0].groups[0].controls[0].supertip.title"]!.GetValue<string>());
        Assert.Equal("Check and improve this reply", json["extensions"]![0]!["ribbons"]![1]!["tabs"]![0]!["groups"]![0]!["controls"]![0]!["supertip"]!["title"]!.GetValue<string>());
        Assert.Equal(1 + 2 + 2 + 2 * 4, german.Count);
    }

    [Fact]
    public void ThePackageHoldsTheManifestItsStringsAndIconsOfTheSizesMicrosoftAsksFor()
    {
        var zip = new ZipArchive(new MemoryStream(UnifiedManifest.Package(AddInBaseUrl.Parse("https://care.example.com"), null, "2.14.3", SendMode.PromptUser)));

        Assert.Equal(["color.png", "de-de.json", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        var manifest = JsonNode.Parse(zip.GetEntry("manifest.json")!.Open())!;
        Assert.Equal("2.14.3", manifest["version"]!.GetValue<string>());
        Assert.Equal("promptUser", manifest["extensions"]![0]!["autoRunEvents"]![0]!["events"]![0]!["options"]!["sendMode"]!.GetValue<string>());
        Assert.Equal((192, 192), PngSize(ReadAll(zip, manifest["icons"]!["color"]!.GetValue<string>())));
        Assert.Equal((32, 32), PngSize(ReadAll(zip, manifest["icons"]!["outline"]!.GetValue<string>())));
    }

    [Fact]
    public async Task TheServerServesTheUnifiedManifestThePackageAndTheScriptsAllowedToSignInWithoutSigningIn()
    {
        await using var app = new ClientCareApp(Create(), "http://127.0.0.1:9/v1.0");
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        var json = await client.GetAsync("/manifest.json");
        var package = await client.GetAsync("/manifest.zip");
        var allowed = await client.GetFromJsonAsync<JsonElement>("/.well-known/microsoft-officeaddins-allowed.json");

        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        Assert.Equal("https://localhost/pane/launchevent.js", JsonNode.Parse(await json.Content.ReadAsStringAsync())!["extensions"]![0]!["runtimes"]![1]!["code"]!["script"]!.GetValue<string>());
        Assert.Equal("application/zip", package.Content.Headers.ContentType?.MediaType);
        Assert.Contains(new ZipArchive(await package.Content.ReadAsStreamAsync()).Entries, e => e.FullName == "manifest.json");
        Assert.Equal(["https://localhost/pane/launchevent.js"], allowed.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task TheSendHandlerScriptCarriesTheServersHttpsAddressForOutlooksThatCannotTellItWhereItCameFrom()
    {
        await using var app = new ClientCareApp(Create(), "http://127.0.0.1:9/v1.0", new Dictionary<string, string?> { ["AddIn:PublicBaseUrl"] = "https://care.example.com/occ" });
        await using var plain = new ClientCareApp(Create(), "http://127.0.0.1:9/v1.0");

        var response = await app.CreateClient().GetAsync("/pane/launchevent.js");
        var script = await response.Content.ReadAsStringAsync();
        var unresolved = await plain.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://127.0.0.1") }).GetStringAsync("/pane/launchevent.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Contains("\"https://care.example.com/occ\"", script, StringComparison.Ordinal);
        Assert.DoesNotContain(ManifestApi.ServerBasePlaceholder, script, StringComparison.Ordinal);
        Assert.Contains("onMessageSendHandler", script, StringComparison.Ordinal);
        Assert.Contains("\"" + ManifestApi.ServerBasePlaceholder + "\"", unresolved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASendModeOfBlockStopsTheServerAtStartWithTheSettingNamed()
    {
        await using var app = new ClientCareApp(Create(), "http://127.0.0.1:9/v1.0", new Dictionary<string, string?> { ["AddIn:SendMode"] = "Block" });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("AddIn:SendMode must be SoftBlock or PromptUser", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCliWritesTheJsonManifestOrThePackageAndRefusesBlock()
    {
        var dir = Directory.CreateTempSubdirectory("unified-cli-").FullName;
        try
        {
            var (code, stdout, _) = await ManifestCommandTests.Run("--base-url", "https://care.example.com", "--format", "json", "--send-mode", "PromptUser");
            var zipPath = Path.Combine(dir, "care.zip");
            var (zipCode, zipOut, _) = await ManifestCommandTests.Run("--base-url", "https://care.example.com", "--format", "json", "--output", zipPath);
            var (blockCode, _, blockErr) = await ManifestCommandTests.Run("--base-url", "https://care.example.com", "--send-mode", "Block");
            var (formatCode, _, formatErr) = await ManifestCommandTests.Run("--base-url", "https://care.example.com", "--format", "yaml");

            Assert.Equal(0, code);
            Assert.Equal("promptUser", JsonNode.Parse(stdout)!["extensions"]![0]!["autoRunEvents"]![0]!["events"]![0]!["options"]!["sendMode"]!.GetValue<string>());
            Assert.Equal((0, ""), (zipCode, zipOut));
            Assert.Contains(ZipFile.OpenRead(zipPath).Entries, e => e.FullName == "de-de.json");
            Assert.Equal(2, blockCode);
            Assert.StartsWith("manifest: --send-mode must be SoftBlock or PromptUser", blockErr, StringComparison.Ordinal);
            Assert.Equal(2, formatCode);
            Assert.StartsWith("manifest: --format must be xml or json", formatErr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static byte[] ReadAll(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
