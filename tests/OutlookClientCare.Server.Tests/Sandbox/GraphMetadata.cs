using System.Text.Json.Nodes;
using System.Xml.Linq;
using OutlookClientCare.Tests;

namespace OutlookClientCare.Server.Tests.Sandbox;

/// <summary>
/// Graph's official v1.0 metadata (../shared/graph/v1.0-Prod.csdl): entity and complex types with their
/// properties (inherited ones included), used to check that every property name the sandbox writes exists on
/// the type Graph declares for it.
/// </summary>
internal sealed class GraphMetadata
{
    private static readonly Lazy<GraphMetadata> Shared = new(() => Load(SharedFolder.File("graph", "v1.0-Prod.csdl")));

    private readonly Dictionary<string, TypeInfo> _types;
    private readonly Dictionary<string, List<string>> _enums;
    private readonly HashSet<string> _boundOperations;

    private GraphMetadata(Dictionary<string, TypeInfo> types, Dictionary<string, List<string>> enums, HashSet<string> boundOperations)
    {
        _types = types;
        _enums = enums;
        _boundOperations = boundOperations;
    }

    public static GraphMetadata Official => Shared.Value;

    public int TypeCount => _types.Count;

    /// <summary>The members of an enum type ("lifecycleEventType").</summary>
    public IReadOnlyList<string> EnumMembers(string enumName) => _enums.GetValueOrDefault(Qualify(enumName)) ?? [];

    /// <summary>True when Graph declares a bound function or action, e.g. ("Function", "delta", "Collection(graph.event)").</summary>
    public bool HasBoundOperation(string kind, string name, string bindingType) => _boundOperations.Contains($"{kind} {name} {bindingType}");

    /// <summary>Every property name in <paramref name="json"/> (recursively) that its declared type does not have.</summary>
    public List<string> UnknownProperties(JsonNode? json, string typeName)
    {
        var problems = new List<string>();
        Check(json, Qualify(typeName), typeName, problems);
        return problems;
    }

    private void Check(JsonNode? json, string typeName, string path, List<string> problems)
    {
        if (json is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Check(array[i], typeName, $"{path}[{i}]", problems);
            }

            return;
        }

        if (json is not JsonObject obj || !_types.TryGetValue(typeName, out var type))
        {
            return;
        }

        if ((string?)obj["@odata.type"] is { } derived && _types.ContainsKey(Qualify(derived.TrimStart('#'))))
        {
            type = _types[Qualify(derived.TrimStart('#'))];
        }

        foreach (var (name, value) in obj)
        {
            if (name.Contains('@', StringComparison.Ordinal))
            {
                continue;
            }

            var propertyType = PropertyType(type, name);
            if (propertyType is null)
            {
                if (!IsOpen(type))
                {
                    problems.Add($"{path}.{name} is not a property of {type.Name}");
                }

                continue;
            }

            Check(value, propertyType, $"{path}.{name}", problems);
        }
    }

    private string? PropertyType(TypeInfo type, string name)
    {
        for (TypeInfo? current = type; current is not null; current = current.BaseType is { } b && _types.TryGetValue(b, out var next) ? next : null)
        {
            if (current.Properties.TryGetValue(name, out var propertyType))
            {
                return propertyType;
            }
        }

        return null;
    }

    private bool IsOpen(TypeInfo type)
    {
        for (TypeInfo? current = type; current is not null; current = current.BaseType is { } b && _types.TryGetValue(b, out var next) ? next : null)
        {
            if (current.IsOpen)
            {
                return true;
            }
        }

        return false;
    }

    private static GraphMetadata Load(string path)
    {
        var document = XDocument.Load(path);
        XNamespace edm = "http://docs.oasis-open.org/odata/ns/edm";
        var types = new Dictionary<string, TypeInfo>(StringComparer.OrdinalIgnoreCase);
        var enums = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var operations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var schema in document.Descendants(edm + "Schema"))
        {
            var ns = (string)schema.Attribute("Namespace")!;
            var alias = (string?)schema.Attribute("Alias");
            foreach (var element in schema.Elements(edm + "EnumType"))
            {
                enums[$"{ns}.{(string)element.Attribute("Name")!}"] = [.. element.Elements(edm + "Member").Select(m => (string)m.Attribute("Name")!)];
            }

            foreach (var element in schema.Elements().Where(e => (e.Name == edm + "Function" || e.Name == edm + "Action") && (string?)e.Attribute("IsBound") == "true"))
            {
                var binding = (string?)element.Elements(edm + "Parameter").FirstOrDefault()?.Attribute("Type");
                operations.Add($"{element.Name.LocalName} {(string)element.Attribute("Name")!} {binding}");
            }

            foreach (var element in schema.Elements().Where(e => e.Name == edm + "EntityType" || e.Name == edm + "ComplexType"))
            {
                var name = $"{ns}.{(string)element.Attribute("Name")!}";
                var properties = element.Elements()
                    .Where(p => p.Name == edm + "Property" || p.Name == edm + "NavigationProperty")
                    .ToDictionary(p => (string)p.Attribute("Name")!, p => Resolve((string)p.Attribute("Type")!, ns, alias), StringComparer.Ordinal);
                var baseType = (string?)element.Attribute("BaseType") is { } b ? Resolve(b, ns, alias) : null;
                types[name] = new TypeInfo(name, baseType, properties, (string?)element.Attribute("OpenType") == "true");
            }
        }

        return new GraphMetadata(types, enums, operations);
    }

    private static string Resolve(string type, string ns, string? alias)
    {
        var unwrapped = type.StartsWith("Collection(", StringComparison.Ordinal) ? type["Collection(".Length..^1] : type;
        return alias is not null && unwrapped.StartsWith(alias + ".", StringComparison.Ordinal)
            ? ns + unwrapped[alias.Length..]
            : unwrapped.StartsWith("graph.", StringComparison.Ordinal) ? "microsoft." + unwrapped : unwrapped;
    }

    private static string Qualify(string typeName) =>
        typeName.Contains('.', StringComparison.Ordinal) ? typeName : "microsoft.graph." + typeName;

    private sealed record TypeInfo(string Name, string? BaseType, Dictionary<string, string> Properties, bool IsOpen);
}
