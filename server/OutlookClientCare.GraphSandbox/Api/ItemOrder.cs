using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookClientCare.GraphSandbox.Data;

namespace OutlookClientCare.GraphSandbox.Api;

/// <summary>$orderby over JSON items: "receivedDateTime desc", "subject", "start/dateTime asc, subject".</summary>
internal static class ItemOrder
{
    public static List<JsonObject> Sort(IEnumerable<JsonObject> items, string orderBy)
    {
        var keys = orderBy.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(words => (Path: words[0].Split('/'), Descending: words.Length > 1 && words[1].Equals("desc", StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var list = items.ToList();
        list.Sort((a, b) =>
        {
            foreach (var (path, descending) in keys)
            {
                var order = CompareValues(Read(a, path), Read(b, path));
                if (order != 0)
                {
                    return descending ? -order : order;
                }
            }

            return 0;
        });
        return list;
    }

    private static JsonNode? Read(JsonObject item, string[] path)
    {
        JsonNode? node = item;
        foreach (var segment in path)
        {
            node = node is JsonObject obj ? obj[segment] : null;
        }

        return node;
    }

    private static int CompareValues(JsonNode? left, JsonNode? right)
    {
        if (left is not JsonValue a || right is not JsonValue b)
        {
            return (left is null ? 0 : 1) - (right is null ? 0 : 1);
        }

        if (a.GetValueKind() == JsonValueKind.Number && b.GetValueKind() == JsonValueKind.Number)
        {
            return ((double)a).CompareTo((double)b);
        }

        var textA = a.GetValueKind() == JsonValueKind.String ? JsonRead.Text(a) : a.ToJsonString();
        var textB = b.GetValueKind() == JsonValueKind.String ? JsonRead.Text(b) : b.ToJsonString();
        return GraphTime.TryParseInstant(textA, out var instantA) && GraphTime.TryParseInstant(textB, out var instantB)
            ? instantA.CompareTo(instantB)
            : string.Compare(textA, textB, StringComparison.OrdinalIgnoreCase);
    }
}
