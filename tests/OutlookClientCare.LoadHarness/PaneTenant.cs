using System.Globalization;
using System.Text.Json.Nodes;
using OutlookClientCare.GraphSandbox.Data;

namespace OutlookClientCare.LoadHarness;

/// <summary>
/// N pane users, each with a copy of one demo user's mailbox (German and English client threads
/// as the demo shows them, their address put in place of the demo user's), so every card is built
/// from a realistic thread.
/// </summary>
public static class PaneTenant
{
    public static SandboxTenant Create(int users, TimeProvider time)
    {
        var demo = SandboxTenant.LoadDemo(time);
        var list = new JsonArray();
        for (var n = 1; n <= users; n++)
        {
            var model = demo.Users[n % demo.Users.Count];
            var upn = string.Create(CultureInfo.InvariantCulture, $"pane{n:0000}@clientcare-demo.example");
            var seed = new JsonObject
            {
                ["userPrincipalName"] = upn,
                ["displayName"] = model.DisplayName,
                ["mail"] = upn,
                ["mailboxSettings"] = model.SnapshotMailboxSettings(),
                ["messages"] = new JsonArray([.. model.SnapshotMessages().Select(m => (JsonNode)m)]),
                ["events"] = new JsonArray([.. model.SnapshotEvents().Select(e => (JsonNode)e)]),
            };
            list.Add(JsonNode.Parse(seed.ToJsonString().Replace(model.UserPrincipalName, upn, StringComparison.OrdinalIgnoreCase)));
        }

        var json = new JsonObject { ["anchor"] = demo.Anchor.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["users"] = list };
        return SandboxTenant.FromJson(json.ToJsonString());
    }

    /// <summary>The conversations of a user's inbox that the pane would open a card for.</summary>
    public static IReadOnlyList<string> Conversations(SandboxUser user) =>
        [.. user.SnapshotMessages().Where(m => (string?)m["parentFolderId"] == "inbox").Select(m => (string)m["conversationId"]!).Distinct(StringComparer.Ordinal)];
}
