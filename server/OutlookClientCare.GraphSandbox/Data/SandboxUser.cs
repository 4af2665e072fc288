using System.Text.Json.Nodes;

namespace OutlookClientCare.GraphSandbox.Data;

/// <summary>
/// One mailbox: profile, mailbox settings, messages and events, all in Graph's own JSON shape.
/// Every read or write of the JSON goes through <see cref="Gate"/>; callers hand out clones, never the stored nodes.
/// </summary>
public sealed class SandboxUser
{
    internal SandboxUser(JsonObject profile, JsonObject mailboxSettings)
    {
        Profile = profile;
        MailboxSettings = mailboxSettings;
        Id = JsonRead.Text(profile["id"])!;
        UserPrincipalName = JsonRead.Text(profile["userPrincipalName"])!;
        Mail = JsonRead.Text(profile["mail"]) ?? UserPrincipalName;
        DisplayName = JsonRead.Text(profile["displayName"]) ?? UserPrincipalName;
    }

    public string Id { get; }

    public string UserPrincipalName { get; }

    public string Mail { get; }

    public string DisplayName { get; }

    internal Lock Gate { get; } = new();

    internal JsonObject Profile { get; }

    internal JsonObject MailboxSettings { get; }

    internal OrderedDictionary<string, JsonObject> Messages { get; } = new(StringComparer.Ordinal);

    internal OrderedDictionary<string, JsonObject> Events { get; } = new(StringComparer.Ordinal);

    /// <summary>Events (and cancelled occurrences) deleted since the start, for calendarView/delta's @removed entries.</summary>
    internal List<(string Id, DateTimeOffset At)> DeletedEvents { get; } = [];

    /// <summary>Microsoft To Do: the user's task lists by id, and each list's tasks (linkedResources kept inside the task).</summary>
    internal OrderedDictionary<string, JsonObject> TodoLists { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, OrderedDictionary<string, JsonObject>> TodoTasks { get; } = new(StringComparer.Ordinal);

    /// <summary>To Do's change counter: every task write takes the next number; delta tokens are such numbers.</summary>
    internal long TodoSequence { get; set; }

    internal Dictionary<string, long> TodoTaskChanged { get; } = new(StringComparer.Ordinal);

    internal List<(string ListId, string TaskId, long Sequence)> TodoTasksRemoved { get; } = [];

    /// <summary>A snapshot of the user's To Do tasks of every list (clones, linkedResources included), for assertions in tests.</summary>
    public IReadOnlyList<JsonObject> SnapshotTodoTasks()
    {
        lock (Gate)
        {
            return [.. TodoTasks.Values.SelectMany(l => l.Values).Select(t => (JsonObject)t.DeepClone())];
        }
    }

    /// <summary>A snapshot of the user's To Do lists (clones).</summary>
    public IReadOnlyList<JsonObject> SnapshotTodoLists()
    {
        lock (Gate)
        {
            return [.. TodoLists.Values.Select(l => (JsonObject)l.DeepClone())];
        }
    }

    public bool IsMe(string? address) =>
        address is not null
        && (address.Equals(Mail, StringComparison.OrdinalIgnoreCase) || address.Equals(UserPrincipalName, StringComparison.OrdinalIgnoreCase));

    public JsonObject EmailAddress() => new() { ["name"] = DisplayName, ["address"] = Mail };

    /// <summary>A snapshot of the stored messages (clones), for assertions in tests.</summary>
    public IReadOnlyList<JsonObject> SnapshotMessages()
    {
        lock (Gate)
        {
            return [.. Messages.Values.Select(m => (JsonObject)m.DeepClone())];
        }
    }

    /// <summary>A snapshot of the stored events as stored (series masters, not expanded), for assertions in tests.</summary>
    public IReadOnlyList<JsonObject> SnapshotEvents()
    {
        lock (Gate)
        {
            return [.. Events.Values.Select(e => (JsonObject)e.DeepClone())];
        }
    }

    public JsonObject SnapshotMailboxSettings()
    {
        lock (Gate)
        {
            return (JsonObject)MailboxSettings.DeepClone();
        }
    }
}
