using System.Collections.Frozen;
using System.Reflection;

namespace OutlookClientCare.Server.Manifest;

/// <summary>
/// addin-manifest/manifest.template.xml and addin-manifest/assets/*.png, embedded in this assembly
/// by the project file so they ship with every build and publish without a content folder.
/// </summary>
public static class AddInFiles
{
    private const string Prefix = "OutlookClientCare.AddIn.";
    private const string AssetPrefix = Prefix + "assets.";

    public static string ManifestTemplate { get; } = ReadText(Prefix + "manifest.template.xml");

    /// <summary>File name ("icon-16.png") to content, as served at /assets/{name}.</summary>
    public static FrozenDictionary<string, byte[]> Assets { get; } = LoadAssets();

    private static Assembly Assembly => typeof(AddInFiles).Assembly;

    private static string ReadText(string name)
    {
        using var stream = Open(name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static FrozenDictionary<string, byte[]> LoadAssets()
    {
        var assets = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in Assembly.GetManifestResourceNames().Where(n => n.StartsWith(AssetPrefix, StringComparison.Ordinal)))
        {
            using var stream = Open(name);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            assets[name[AssetPrefix.Length..]] = copy.ToArray();
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static Stream Open(string name) =>
        Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"Embedded resource {name} is missing; check the EmbeddedResource items in OutlookClientCare.Server.csproj.");
}
