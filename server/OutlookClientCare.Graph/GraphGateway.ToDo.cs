using System.Globalization;
using Microsoft.Graph.Models;
using GraphTaskStatus = Microsoft.Graph.Models.TaskStatus;

namespace OutlookClientCare.Graph;

/// <summary>Microsoft To Do for one mailbox: our list, our tasks, and what changed in the list since last time.</summary>
public sealed partial class GraphGateway
{
    /// <summary>The list with this id; null when the user deleted it (we never look a list up by its name).</summary>
    public async Task<ToDoList?> FindToDoListAsync(string listId, CancellationToken ct)
    {
        var list = await GraphCalls.CallAsync(() => _client.Users[MailboxId].Todo.Lists[listId].GetAsync(cancellationToken: ct));
        return list?.Id is { } id ? new ToDoList(id, list.DisplayName ?? "") : null;
    }

    public async Task<ToDoList> CreateToDoListAsync(string displayName, CancellationToken ct)
    {
        var created = await GraphCalls.CallAsync(() => _client.Users[MailboxId].Todo.Lists.PostAsync(new TodoTaskList { DisplayName = displayName }, cancellationToken: ct));
        return created?.Id is { } id ? new ToDoList(id, created.DisplayName ?? displayName) : throw new GraphGatewayException("Graph returned no task list.", null);
    }

    /// <summary>Creates a task with its due day and a link back to the message, in one request; returns its id.</summary>
    public async Task<string> CreateToDoTaskAsync(string listId, NewToDoTask task, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(task);
        var body = new TodoTask
        {
            Title = task.Title,
            Body = new ItemBody { ContentType = BodyType.Text, Content = task.Body },
            DueDateTime = new DateTimeTimeZone { DateTime = task.Due.ToDateTime(TimeOnly.MinValue).ToString("yyyy-MM-ddTHH:mm:ss.fffffff", CultureInfo.InvariantCulture), TimeZone = task.TimeZone },
            LinkedResources = task.Link is { } link
                ? [new LinkedResource { WebUrl = link.WebUrl, ApplicationName = link.ApplicationName, DisplayName = link.DisplayName, ExternalId = link.ExternalId }]
                : null,
        };
        var created = await GraphCalls.CallAsync(() => _client.Users[MailboxId].Todo.Lists[listId].Tasks.PostAsync(body, cancellationToken: ct));
        return created?.Id ?? throw new GraphGatewayException("Graph returned no task.", null);
    }

    /// <summary>Ticks a task off (or opens it again); false when the task is gone.</summary>
    public async Task<bool> SetToDoTaskCompletedAsync(string listId, string taskId, bool completed, CancellationToken ct)
    {
        var patch = new TodoTask { Status = completed ? GraphTaskStatus.Completed : GraphTaskStatus.NotStarted };
        var updated = await GraphCalls.CallAsync(() => _client.Users[MailboxId].Todo.Lists[listId].Tasks[taskId].PatchAsync(patch, cancellationToken: ct));
        return updated is not null;
    }

    /// <summary>Deletes a task; one that is already gone counts as deleted.</summary>
    public Task DeleteToDoTaskAsync(string listId, string taskId, CancellationToken ct) =>
        GraphCalls.CallAsync(() => _client.Users[MailboxId].Todo.Lists[listId].Tasks[taskId].DeleteAsync(cancellationToken: ct));

    /// <summary>
    /// The tasks of the list that changed since <paramref name="deltaLink"/> (all of them without one),
    /// page by page, and the link to ask next time. Null when the list is gone.
    /// </summary>
    public async Task<ToDoChanges?> GetToDoChangesAsync(string listId, string? deltaLink, CancellationToken ct)
    {
        var tasks = _client.Users[MailboxId].Todo.Lists[listId].Tasks.Delta;
        var page = await GraphCalls.CallAsync(() => deltaLink is null ? tasks.GetAsDeltaGetResponseAsync(cancellationToken: ct) : tasks.WithUrl(deltaLink).GetAsDeltaGetResponseAsync(cancellationToken: ct));
        if (page is null)
        {
            return null;
        }

        var changed = new List<ToDoTaskChange>();
        while (true)
        {
            changed.AddRange((page.Value ?? []).Where(t => t.Id is not null).Select(t => new ToDoTaskChange(
                t.Id!,
                t.AdditionalData?.ContainsKey("@removed") == true,
                t.Status == GraphTaskStatus.Completed,
                CompletedAt(t.CompletedDateTime))));
            if (page.OdataDeltaLink is { } next)
            {
                return new ToDoChanges(changed, next);
            }

            if (page.OdataNextLink is not { } more)
            {
                throw new GraphGatewayException("Graph's task delta ended without a deltaLink.", null);
            }

            page = await GraphCalls.CallAsync(() => tasks.WithUrl(more).GetAsDeltaGetResponseAsync(cancellationToken: ct))
                ?? throw new GraphGatewayException("The task list disappeared while its changes were read.", System.Net.HttpStatusCode.NotFound);
        }
    }

    /// <summary>One message's link to open it in Outlook and its subject; null when it is gone.</summary>
    public async Task<(string? WebLink, string? Subject)?> GetMessageLinkAsync(string messageId, CancellationToken ct)
    {
        var message = await GraphCalls.CallAsync(() => _client.Users[MailboxId].Messages[messageId].GetAsync(r => r.QueryParameters.Select = ["id", "webLink", "subject"], ct));
        return message is null ? null : (message.WebLink, message.Subject);
    }

    private static DateTimeOffset? CompletedAt(DateTimeTimeZone? completed)
    {
        if (completed?.DateTime is not { } text || !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(completed.TimeZone ?? "UTC", out var found) ? found : TimeZoneInfo.Utc;
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}

/// <summary>A To Do list (ours is found again by this id, never by its name).</summary>
public sealed record ToDoList(string Id, string DisplayName);

/// <summary>A task to create: title, a short text, the due day in a time zone, and a link back to where it came from.</summary>
public sealed record NewToDoTask(string Title, string Body, DateOnly Due, string TimeZone, ToDoLink? Link);

/// <summary>Graph's linkedResource: the message's webUrl, our application's name, the message subject and our own id for the item.</summary>
public sealed record ToDoLink(string WebUrl, string ApplicationName, string DisplayName, string ExternalId);

/// <summary>One task as delta reports it: removed, or its completion state now.</summary>
public sealed record ToDoTaskChange(string Id, bool Removed, bool Completed, DateTimeOffset? CompletedAt);

public sealed record ToDoChanges(IReadOnlyList<ToDoTaskChange> Tasks, string DeltaLink);
