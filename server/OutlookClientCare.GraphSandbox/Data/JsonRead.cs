using System.Text.Json.Nodes;

namespace OutlookClientCare.GraphSandbox.Data;

/// <summary>
/// Reads JSON values without trusting their kind. A body may say "isAllDay": "yes" or "subject": 5; explicit
/// casts would throw on every later read of the stored item, so the sandbox reads with these instead and treats
/// a value of the wrong kind as absent.
/// </summary>
internal static class JsonRead
{
    public static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static int? Int(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;

    public static bool? Bool(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;
}
