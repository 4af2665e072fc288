using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace OutlookClientCare.Server.Manifest;

/// <summary>
/// The Outlook add-in manifest for one deployment: addin-manifest/manifest.template.xml with the
/// base URL, the manifest version, the Entra client id and the SSO resource filled in.
/// </summary>
public static partial class ManifestWriter
{
    /// <summary>
    /// Demo mode has no app registration and no sign-in, so SSO is never used there; the manifest
    /// schema still wants an id, and an all-zero GUID can never be mistaken for a real one.
    /// </summary>
    public static readonly Guid DemoClientId = Guid.Empty;

    /// <summary>The server's assembly version, so a new release is a new manifest version for Outlook's cache.</summary>
    public static string DefaultVersion { get; } =
        (typeof(ManifestWriter).Assembly.GetName().Version ?? new Version(1, 0, 0, 0)).ToString(4);

    /// <summary>Up to four dot-separated numbers of at most five digits (the manifest schema's Version).</summary>
    public static bool IsValidVersion(string? version) => version is not null && VersionPattern().IsMatch(version);

    /// <summary>The manifest as UTF-8 XML text.</summary>
    /// <param name="baseUrl">Where the server serves /pane and /assets.</param>
    /// <param name="clientId">The Entra application (client) id; null in demo mode (see <see cref="DemoClientId"/>).</param>
    /// <param name="version">Manifest version; <see cref="DefaultVersion"/> when null.</param>
    /// <param name="sendMode">What Outlook does around the send-time review.</param>
    public static string Write(AddInBaseUrl baseUrl, Guid? clientId, string? version = null, SendMode sendMode = SendMode.SoftBlock)
    {
        var document = Build(baseUrl, clientId, version, sendMode);
        using var writer = new Utf8StringWriter();
        using (var xml = XmlWriter.Create(writer, new XmlWriterSettings { Encoding = Encoding.UTF8, Indent = false }))
        {
            document.Save(xml);
        }

        return writer.ToString() + "\n";
    }

    public static XDocument Build(AddInBaseUrl baseUrl, Guid? clientId, string? version = null, SendMode sendMode = SendMode.SoftBlock)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        version ??= DefaultVersion;
        if (!IsValidVersion(version))
        {
            throw new ArgumentException($"The manifest version must be one to four numbers separated by dots (e.g. 1.2.0.0), not '{version}'.", nameof(version));
        }

        var id = (clientId ?? DemoClientId).ToString("D", CultureInfo.InvariantCulture);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["BaseUrl"] = baseUrl.Value,
            ["Version"] = version,
            ["ClientId"] = id,
            ["SsoResource"] = $"api://{baseUrl.Authority}/{id}",
            ["SendMode"] = sendMode.ToString(),
        };

        var document = XDocument.Parse(AddInFiles.ManifestTemplate, LoadOptions.PreserveWhitespace);
        foreach (var element in document.Descendants())
        {
            foreach (var attribute in element.Attributes())
            {
                attribute.Value = Fill(attribute.Value, values);
            }

            foreach (var text in element.Nodes().OfType<XText>())
            {
                text.Value = Fill(text.Value, values);
            }
        }

        if (clientId is null)
        {
            var ns = XNamespace.Get("http://schemas.microsoft.com/office/mailappversionoverrides/1.1");
            document.Descendants(ns + "WebApplicationInfo").Single()
                .AddFirst(new XComment(" Demo mode: placeholder client id. The demo server needs no sign-in, so single sign-on is never used. "));
        }

        return document;
    }

    private static string Fill(string text, Dictionary<string, string> values) =>
        Placeholder().Replace(text, match => values.TryGetValue(match.Groups[1].Value, out var value)
            ? value
            : throw new InvalidOperationException($"manifest.template.xml uses an unknown placeholder {match.Value}."));

    [GeneratedRegex(@"\{\{(\w+)\}\}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^[0-9]{1,5}(\.[0-9]{1,5}){0,3}\z", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex VersionPattern();

    private sealed class Utf8StringWriter() : StringWriter(CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
