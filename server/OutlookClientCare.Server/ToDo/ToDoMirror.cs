using Microsoft.EntityFrameworkCore;
using OutlookClientCare.Graph;
using OutlookClientCare.Server.Clients;
using OutlookClientCare.Server.FollowUps;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Interactions;
using OutlookClientCare.Server.Mailbox;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.ToDo;

/// <summary>
/// Follow-ups as Microsoft To Do tasks, for users who switched it on: each new follow-up becomes a task
/// in our list "Kundenpflege" / "Client care" (created once, found again by its id) with its due day, a
/// short text and a link back to the message. Completing one side completes the other: ours through
/// <see cref="CompleteAsync"/>, To Do's through the list's delta query in <see cref="SyncAsync(AppUser, CancellationToken)"/> (from the pane) and <see cref="ToDoSyncRun"/> (in the background) (only
/// the tasks that changed since the last look; never every task). To Do trouble never undoes a follow-up:
/// it is logged and the item stays unlinked.
/// </summary>
public sealed class ToDoMirror(ClientCareDb db, GraphAccess graph, MailboxService mailbox, InteractionLog log, TimeProvider time, ILogger<ToDoMirror> logger)
{
    /// <summary>The permission To Do needs, asked for when the user first switches it on.</summary>
    public static readonly string[] Scopes = [EntraIdSetup.TasksScope];

    public const string ApplicationName = "OutlookClientCare";

    public sealed record SyncResult(int Completed, int Reopened);

    public async Task<ToDoSetting?> SettingAsync(AppUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        return await db.Set<ToDoSetting>().FirstOrDefaultAsync(s => s.TenantId == user.TenantId && s.ObjectId == user.ObjectId, ct);
    }

    /// <summary>Switches mirroring on (creating or finding our list, which asks for consent the first time) or off (tasks stay as they are).</summary>
    public async Task<ToDoSetting> SetAsync(AppUser user, bool on, CancellationToken ct)
    {
        var setting = await SettingAsync(user, ct);
        if (setting is null)
        {
            setting = new ToDoSetting { TenantId = user.TenantId, ObjectId = user.ObjectId };
            db.Add(setting);
        }

        if (on)
        {
            await EnsureListAsync(user, setting, ct);
        }

        setting.Enabled = on;
        setting.UserPrincipalName = user.UserPrincipalName;
        setting.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return setting;
    }

    /// <summary>Mirrors saved follow-ups that have no task yet; a no-op while the user has not switched To Do on.</summary>
    public async Task MirrorAsync(AppUser user, IReadOnlyList<FollowUpItem> items, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(items);
        var setting = await SettingAsync(user, ct);
        var unlinked = items.Where(i => i.TodoTaskId is null && i.DoneAt is null).ToList();
        if (setting is not { Enabled: true })
        {
            return;
        }

        try
        {
            var gateway = await EnsureListAsync(user, setting, ct);
            var profile = await mailbox.GetProfileAsync(user, ct);
            var summaries = unlinked.Select(i => i.SummaryId).Distinct().ToList();
            var repliedTo = await db.Set<FollowUpSummary>()
                .Where(s => s.TenantId == user.TenantId && s.ObjectId == user.ObjectId && summaries.Contains(s.Id))
                .ToDictionaryAsync(s => s.Id, s => s.RepliedToMessageId, ct);
            var links = new Dictionary<string, (string? WebLink, string? Subject)?>(StringComparer.Ordinal);
            foreach (var item in unlinked)
            {
                ToDoLink? link = null;
                if (repliedTo.TryGetValue(item.SummaryId, out var messageId))
                {
                    if (!links.TryGetValue(messageId, out var found))
                    {
                        found = await gateway.GetMessageLinkAsync(messageId, ct);
                        links[messageId] = found;
                    }

                    if (found is { WebLink: { } webLink } message)
                    {
                        link = new ToDoLink(webLink, ApplicationName, message.Subject ?? item.What, item.Id.ToString("D"));
                    }
                }

                var task = new NewToDoTask(Title(item), Body(item), item.Due, profile.TimeZoneId, link);
                item.TodoTaskId = await gateway.CreateToDoTaskAsync(setting.ListId!, task, ct);
                item.TodoListId = setting.ListId;
                db.Add(new ToDoTask { TenantId = user.TenantId, ObjectId = user.ObjectId, TaskId = item.TodoTaskId, ListId = setting.ListId!, FollowUpId = item.Id, ConversationId = item.ConversationId, CreatedAt = time.GetUtcNow() });
            }

            await RemoveReplacedAsync(user, gateway, [.. items.Select(i => i.ConversationId).Distinct(StringComparer.Ordinal)], ct);
        }
        catch (GraphGatewayException error)
        {
            logger.LogWarning("Follow-ups could not all be mirrored to To Do: {Error}", error.Message);
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Check-ins due for address cards become one task each per due day (recorded in ToDoTasks, so a
    /// check-in is never mirrored twice); a no-op while To Do is off. Ticking the task off in To Do logs
    /// the check-in (see <see cref="ReadChangesAsync"/>), which moves the card's next check-in on.
    /// Domain cards are left out: a log entry counts for them only with a sender's address.
    /// </summary>
    public async Task MirrorCheckInsAsync(AppUser user, IReadOnlyList<CheckInDue> due, MailboxProfile profile, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(due);
        ArgumentNullException.ThrowIfNull(profile);
        var cards = due.Where(c => ClientKeys.IsAddress(c.Client)).ToList();
        if (cards.Count == 0 || await SettingAsync(user, ct) is not { Enabled: true } setting)
        {
            return;
        }

        var clients = cards.Select(c => c.Client).ToList();
        var known = await db.Set<ToDoTask>()
            .Where(t => t.TenantId == user.TenantId && t.ObjectId == user.ObjectId && t.CheckInClient != null && clients.Contains(t.CheckInClient))
            .Select(t => new { t.CheckInClient, t.CheckInDueOn })
            .ToListAsync(ct);
        var missing = cards.Where(c => !known.Any(k => k.CheckInClient == c.Client && k.CheckInDueOn == c.DueOn)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        try
        {
            var gateway = await EnsureListAsync(user, setting, ct);
            var german = profile.Language == Core.Threads.ThreadLanguage.De;
            foreach (var checkIn in missing)
            {
                var who = checkIn.DisplayName is { Length: > 0 } name ? $"{name} <{checkIn.Client}>" : checkIn.Client;
                var task = new NewToDoTask(
                    german ? $"Bei {who} melden" : $"Check in with {who}",
                    german ? $"Kunde: {checkIn.Client}\nRhythmus: alle {checkIn.EveryDays} Tage" : $"Client: {checkIn.Client}\nCadence: every {checkIn.EveryDays} days",
                    checkIn.DueOn,
                    profile.TimeZoneId,
                    null);
                var taskId = await gateway.CreateToDoTaskAsync(setting.ListId!, task, ct);
                db.Add(new ToDoTask
                {
                    TenantId = user.TenantId,
                    ObjectId = user.ObjectId,
                    TaskId = taskId,
                    ListId = setting.ListId!,
                    FollowUpId = Guid.Empty,
                    ConversationId = "",
                    CheckInClient = checkIn.Client,
                    CheckInDueOn = checkIn.DueOn,
                    Language = german ? "de" : "en",
                    CreatedAt = time.GetUtcNow(),
                });
            }
        }
        catch (GraphGatewayException error)
        {
            logger.LogWarning("Check-ins could not all be mirrored to To Do: {Error}", error.Message);
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Our follow-up was marked done (or open again): its task follows, while To Do is on.</summary>
    public async Task CompleteAsync(AppUser user, FollowUpItem item, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.TodoTaskId is not { } taskId || item.TodoListId is not { } listId || await SettingAsync(user, ct) is not { Enabled: true })
        {
            return;
        }

        try
        {
            if (!await graph.For(user, Scopes).SetToDoTaskCompletedAsync(listId, taskId, item.DoneAt is not null, ct))
            {
                item.TodoTaskId = null;
                item.TodoListId = null;
                await db.SaveChangesAsync(ct);
            }
        }
        catch (GraphGatewayException error)
        {
            logger.LogWarning("A To Do task could not follow its follow-up: {Error}", error.Message);
        }
    }

    /// <summary>
    /// Reads what changed in our list since the last look (To Do's delta query: one request for an
    /// unchanged list) and completes or reopens the follow-ups whose tasks were ticked off or reopened.
    /// </summary>
    public Task<SyncResult> SyncAsync(AppUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        return ReadChangesAsync(user, graph.For(user, Scopes), signedIn: true, ct);
    }

    /// <summary>The same catching up for the background round, through <paramref name="gateway"/> (background credentials).</summary>
    public Task<SyncResult> SyncInBackgroundAsync(AppUser user, GraphGateway gateway, CancellationToken ct) =>
        ReadChangesAsync(user, gateway, signedIn: false, ct);

    private async Task<SyncResult> ReadChangesAsync(AppUser user, GraphGateway gateway, bool signedIn, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await SettingAsync(user, ct) is not { Enabled: true, ListId: { } listId } setting)
        {
            return new SyncResult(0, 0);
        }

        if (signedIn)
        {
            // Rows from before the background round knew nobody's name: the signed-in user's request tells it.
            setting.UserPrincipalName = user.UserPrincipalName;
        }

        var changes = await gateway.GetToDoChangesAsync(listId, setting.DeltaLink, ct);
        if (changes is null)
        {
            // The user deleted our list: the next follow-up creates a new one.
            setting.ListId = null;
            setting.DeltaLink = null;
            await db.SaveChangesAsync(ct);
            return new SyncResult(0, 0);
        }

        var ids = changes.Tasks.Select(t => t.Id).ToList();
        var items = ids.Count == 0
            ? []
            : await db.Set<FollowUpItem>().Where(i => i.TenantId == user.TenantId && i.ObjectId == user.ObjectId && i.TodoTaskId != null && ids.Contains(i.TodoTaskId)).ToListAsync(ct);
        int completed = 0, reopened = 0;
        var byTask = items.ToDictionary(i => i.TodoTaskId!, StringComparer.Ordinal);
        var checkIns = ids.Count == 0
            ? []
            : await db.Set<ToDoTask>().Where(t => t.TenantId == user.TenantId && t.ObjectId == user.ObjectId && t.CheckInClient != null && ids.Contains(t.TaskId)).ToListAsync(ct);
        foreach (var checkIn in checkIns)
        {
            // Ticked off in To Do: the check-in happened, logged as the user would log it (a note on the
            // client), which is the contact the card's cadence counts from.
            if (changes.Tasks.Any(c => c.Id == checkIn.TaskId && c.Completed && !c.Removed))
            {
                log.Add(user, InteractionKind.Note, checkIn.Language == "de" ? "Check-in erledigt (in To Do abgehakt)" : "Check-in done (ticked off in To Do)", checkIn.CheckInClient);
                completed++;
            }
        }

        foreach (var change in changes.Tasks)
        {
            if (!byTask.TryGetValue(change.Id, out var item))
            {
                continue;
            }

            if (change.Removed)
            {
                item.TodoTaskId = null;
                item.TodoListId = null;
            }
            else if (change.Completed && item.DoneAt is null)
            {
                item.DoneAt = change.CompletedAt ?? time.GetUtcNow();
                log.Add(user, InteractionKind.FollowUpDone, LogText.FollowUpDone(item), item.ClientAddress, item.ConversationId);
                completed++;
            }
            else if (!change.Completed && item.DoneAt is not null)
            {
                item.DoneAt = null;
                reopened++;
            }
        }

        setting.DeltaLink = changes.DeltaLink;
        setting.SyncedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return new SyncResult(completed, reopened);
    }

    /// <summary>For erasure: deletes the tasks we created (and only those); the caller then erases the rows.</summary>
    public async Task<int> RemoveOurTasksAsync(AppUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var ours = await db.Set<ToDoTask>().Where(t => t.TenantId == user.TenantId && t.ObjectId == user.ObjectId).ToListAsync(ct);
        if (ours.Count == 0)
        {
            return 0;
        }

        var gateway = graph.For(user, Scopes);
        foreach (var task in ours)
        {
            await gateway.DeleteToDoTaskAsync(task.ListId, task.TaskId, ct);
        }

        return ours.Count;
    }

    /// <summary>
    /// Tasks of these conversations whose follow-up a changed summary replaced: they leave To Do, so the
    /// list holds no stale step. Only the conversations just summarised: nothing else is touched.
    /// </summary>
    private async Task RemoveReplacedAsync(AppUser user, GraphGateway gateway, IReadOnlyList<string> conversations, CancellationToken ct)
    {
        var followUps = db.Set<FollowUpItem>().Where(i => i.TenantId == user.TenantId && i.ObjectId == user.ObjectId).Select(i => i.Id);
        var replaced = await db.Set<ToDoTask>()
            .Where(t => t.TenantId == user.TenantId && t.ObjectId == user.ObjectId && conversations.Contains(t.ConversationId) && !followUps.Contains(t.FollowUpId))
            .ToListAsync(ct);
        foreach (var task in replaced)
        {
            await gateway.DeleteToDoTaskAsync(task.ListId, task.TaskId, ct);
            db.Remove(task);
        }
    }

    private async Task<GraphGateway> EnsureListAsync(AppUser user, ToDoSetting setting, CancellationToken ct)
    {
        var gateway = graph.For(user, Scopes);
        if (setting.ListId is { } id && await gateway.FindToDoListAsync(id, ct) is not null)
        {
            return gateway;
        }

        var profile = await mailbox.GetProfileAsync(user, ct);
        var list = await gateway.CreateToDoListAsync(profile.Language == Core.Threads.ThreadLanguage.De ? "Kundenpflege" : "Client care", ct);
        setting.ListId = list.Id;
        setting.DeltaLink = null;
        return gateway;
    }

    private static string Title(FollowUpItem item) => item.What.Length <= 255 ? item.What : item.What[..254] + "…";

    private static string Body(FollowUpItem item)
    {
        var client = item.ClientAddress ?? "–";
        return item.Language == "de"
            ? $"Kunde: {client}\nZugesagt ({(item.Who == "us" ? "wir" : "Kunde")}): {item.What}"
            : $"Client: {client}\nPromised ({(item.Who == "us" ? "us" : "client")}): {item.What}";
    }
}
