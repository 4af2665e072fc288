using System.Globalization;
using System.Net;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Messages.Item.CreateForward;
using Microsoft.Graph.Users.Item.Messages.Item.CreateReplyAll;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Graph;

/// <summary>
/// One mailbox through the real SDK over HTTP. Only our records come out; Graph errors become
/// <see cref="GraphGatewayException"/>s, and "not found" is a normal result, not an exception.
/// </summary>
/// <remarks>
/// Calls address the mailbox as /users/{id} rather than /me, so the same code serves the
/// signed-in user (delegated), background booking (app-only) and the sandbox.
/// </remarks>
public sealed partial class GraphGateway
{
    public const int ThreadPageSize = 50;
    public const int RecentMessagesPageSize = 50;

    internal static readonly string[] EventFields =
    [
        "id", "subject", "start", "end", "isAllDay", "showAs", "isCancelled", "type", "seriesMasterId",
        "categories", "transactionId", "lastModifiedDateTime",
    ];

    private static readonly string[] ThreadFields =
    [
        "id", "conversationId", "subject", "from", "sender", "toRecipients", "ccRecipients",
        "sentDateTime", "receivedDateTime", "createdDateTime", "isDraft", "isRead", "body", "uniqueBody", "webLink", "flag",
    ];

    private static readonly string[] RecentMessageFields =
    [
        "id", "conversationId", "subject", "from", "sender", "toRecipients", "sentDateTime", "receivedDateTime",
        "isDraft", "uniqueBody", "bodyPreview", "parentFolderId",
    ];

    private static readonly string[] OwnerFields = ["id", "displayName", "mail", "userPrincipalName", "preferredLanguage", "proxyAddresses", "mailboxSettings"];

    private readonly GraphServiceClient _client;

    internal GraphGateway(GraphServiceClient client, string mailboxId)
    {
        _client = client;
        MailboxId = mailboxId;
    }

    public string MailboxId { get; }

    /// <summary>Who owns the mailbox and their Outlook settings, in one request (mailboxSettings is a $select of the user).</summary>
    public async Task<MailboxOwner> GetOwnerAsync(CancellationToken ct)
    {
        var user = await GraphCalls.CallAsync(() => _client.Users[MailboxId].GetAsync(r => r.QueryParameters.Select = OwnerFields, ct));
        return MailboxRecords.Owner(user, MailboxId);
    }

    /// <summary>
    /// Every message of a conversation, oldest first. Graph refuses $orderby together with this
    /// filter on many mailboxes (InefficientFilter), so we sort here; a thread of up to
    /// <see cref="ThreadPageSize"/> messages costs one request.
    /// </summary>
    public async Task<IReadOnlyList<MailboxMessage>> GetThreadAsync(string conversationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        const string prefer = "outlook.body-content-type=\"html\"";
        var filter = $"conversationId eq '{conversationId.Replace("'", "''", StringComparison.Ordinal)}'";
        var first = await GraphCalls.CallAsync(() => _client.Users[MailboxId].Messages.GetAsync(r =>
        {
            r.QueryParameters.Filter = filter;
            r.QueryParameters.Select = ThreadFields;
            r.QueryParameters.Top = ThreadPageSize;
            r.Headers.Add("Prefer", prefer);
        }, ct));
        var messages = await GraphCalls.AllPagesAsync(first, p => p.Value, p => p.OdataNextLink, next =>
            _client.Users[MailboxId].Messages.WithUrl(next).GetAsync(r => r.Headers.Add("Prefer", prefer), ct));
        return [.. messages.Select(MailboxRecords.Message).OrderBy(m => m.When ?? DateTimeOffset.MinValue).ThenBy(m => m.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The newest messages of every folder since <paramref name="since"/>, one page, newest first, with
    /// their new text as plain text. All folders (not only the inbox) so our own replies in Sent Items
    /// tell which conversations are already answered.
    /// </summary>
    public async Task<IReadOnlyList<MailboxMessage>> GetRecentMessagesAsync(DateTimeOffset since, int top, CancellationToken ct)
    {
        var page = await GraphCalls.CallAsync(() => _client.Users[MailboxId].Messages.GetAsync(r =>
        {
            r.QueryParameters.Filter = "receivedDateTime ge " + Utc(since);
            r.QueryParameters.Select = RecentMessageFields;
            r.QueryParameters.Orderby = ["receivedDateTime desc"];
            r.QueryParameters.Top = Math.Clamp(top, 1, RecentMessagesPageSize);
            r.Headers.Add("Prefer", "outlook.body-content-type=\"text\"");
        }, ct));
        return [.. (page?.Value ?? []).Select(MailboxRecords.Message)];
    }

    /// <summary>Recent inbox messages, newest first, one page (for the agenda of a block).</summary>
    public async Task<IReadOnlyList<MailboxMessage>> GetRecentInboxAsync(DateTimeOffset since, int top, CancellationToken ct)
    {
        var page = await GraphCalls.CallAsync(() => _client.Users[MailboxId].MailFolders["inbox"].Messages.GetAsync(r =>
        {
            r.QueryParameters.Filter = "receivedDateTime ge " + Utc(since);
            r.QueryParameters.Select = ["id", "conversationId", "subject", "from", "receivedDateTime", "isRead", "flag"];
            r.QueryParameters.Orderby = ["receivedDateTime desc"];
            r.QueryParameters.Top = top;
        }, ct));
        return [.. (page?.Value ?? []).Select(MailboxRecords.Message)];
    }

    /// <summary>
    /// The calendar between two instants, recurring series expanded, times in <paramref name="timeZone"/>
    /// (a Windows or IANA name Graph understands), with our tag expanded so we can tell our blocks apart.
    /// </summary>
    public async Task<IReadOnlyList<CalendarEvent>> GetCalendarViewAsync(DateTimeOffset start, DateTimeOffset end, string timeZone, CancellationToken ct)
    {
        var first = await GraphCalls.CallAsync(() => _client.Users[MailboxId].CalendarView.GetAsync(r => CalendarViewQuery(r, start, end, timeZone), ct));
        return await CalendarPagesAsync(_client, MailboxId, first, timeZone, ct);
    }

    /// <summary>
    /// Creates a reply-all draft (never sends it) with <paramref name="summaryHtml"/> above the quoted
    /// thread. When writing the summary fails, the empty draft is deleted again, so the mailbox is
    /// left as it was.
    /// </summary>
    public async Task<DraftReply> CreateReplyAllDraftAsync(string messageId, string summaryHtml, CancellationToken ct)
    {
        var draft = await GraphCalls.CallAsync(() => _client.Users[MailboxId].Messages[messageId].CreateReplyAll.PostAsync(new CreateReplyAllPostRequestBody(), cancellationToken: ct))
            ?? throw new GraphGatewayException("The message to reply to no longer exists.", HttpStatusCode.NotFound);
        var draftId = draft.Id ?? throw new GraphGatewayException("Graph returned a draft without an id.", null);
        try
        {
            var quoted = draft.Body?.ContentType == BodyType.Html
                ? draft.Body.Content ?? ""
                : WebUtility.HtmlEncode(draft.Body?.Content ?? "").Replace("\n", "<br>", StringComparison.Ordinal);
            var update = new Message { Body = new ItemBody { ContentType = BodyType.Html, Content = SummaryBlock.PutOnTop(summaryHtml, quoted) } };
            var updated = await GraphCalls.CallAsync(() => _client.Users[MailboxId].Messages[draftId].PatchAsync(update, cancellationToken: ct))
                ?? throw new GraphGatewayException("The new draft disappeared before its summary was written.", HttpStatusCode.NotFound);
            return new DraftReply(draftId, updated.WebLink ?? draft.WebLink);
        }
        catch (GraphGatewayException)
        {
            await DeleteDraftQuietlyAsync(draftId);
            throw;
        }
    }

    /// <summary>
    /// People of the user's own organisation whose name or address starts with <paramref name="text"/>
    /// (word by word, as Graph's $search does), at most <paramref name="top"/>. Graph only answers
    /// $search on users with the header ConsistencyLevel: eventual. Quotes and backslashes are removed
    /// from <paramref name="text"/>: it is the user's input and must not change the search clause.
    /// </summary>
    public async Task<IReadOnlyList<DirectoryUser>> SearchUsersAsync(string text, int top, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(text);
        var term = new string([.. text.Where(c => c is not ('"' or '\\') && !char.IsControl(c))]).Trim();
        if (term.Length == 0)
        {
            return [];
        }

        var page = await GraphCalls.CallAsync(() => _client.Users.GetAsync(r =>
        {
            r.QueryParameters.Search = $"\"displayName:{term}\" OR \"mail:{term}\"";
            r.QueryParameters.Select = DirectoryUser.Fields;
            r.QueryParameters.Top = top;
            r.Headers.Add("ConsistencyLevel", "eventual");
        }, ct));
        return [.. (page?.Value ?? []).Select(DirectoryUser.From).OfType<DirectoryUser>()];
    }

    /// <summary>
    /// The person of the user's organisation with this address (mail, else user principal name, else one
    /// of their aliases in proxyAddresses); null when the directory has nobody by it, which is also the
    /// answer for any address outside the tenant.
    /// </summary>
    public async Task<DirectoryUser?> FindUserAsync(string address, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(address);
        var quoted = address.Trim().Replace("'", "''", StringComparison.Ordinal);
        var page = await GraphCalls.CallAsync(() => _client.Users.GetAsync(r =>
        {
            r.QueryParameters.Filter = $"mail eq '{quoted}'";
            r.QueryParameters.Select = DirectoryUser.Fields;
            r.QueryParameters.Top = 2;
        }, ct));
        if ((page?.Value ?? []).Select(DirectoryUser.From).OfType<DirectoryUser>().FirstOrDefault(u => u.Answers(address.Trim())) is { } byMail)
        {
            return byMail;
        }

        if (!address.Contains('@', StringComparison.Ordinal))
        {
            return null;
        }

        var byPrincipal = await GraphCalls.CallAsync(() => _client.Users[address.Trim()].GetAsync(r => r.QueryParameters.Select = DirectoryUser.Fields, ct));
        if (DirectoryUser.From(byPrincipal) is { } found && found.Answers(address.Trim()))
        {
            return found;
        }

        // An alias ("smtp:" in proxyAddresses; "SMTP:" is the primary, which mail already matched): an
        // advanced query, which Graph runs only with ConsistencyLevel: eventual and $count=true. A tenant
        // that refuses it (400/403: the directory permission does not cover proxyAddresses) finds nobody.
        UserCollectionResponse? byAlias;
        try
        {
            byAlias = await GraphCalls.CallAsync(() => _client.Users.GetAsync(r =>
            {
                r.QueryParameters.Filter = $"proxyAddresses/any(x:x eq 'smtp:{quoted}')";
                r.QueryParameters.Select = DirectoryUser.Fields;
                r.QueryParameters.Top = 2;
                r.QueryParameters.Count = true;
                r.Headers.Add("ConsistencyLevel", "eventual");
            }, ct));
        }
        catch (GraphGatewayException error) when (error.GraphStatus is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden)
        {
            return null;
        }

        var owners = (byAlias?.Value ?? []).Select(DirectoryUser.From).OfType<DirectoryUser>().ToList();
        return owners.Count == 1 ? owners[0] : null;
    }

    /// <summary>
    /// Creates a forward draft of <paramref name="messageId"/> to one person (never sends it), with
    /// <paramref name="briefHtml"/> above the forwarded thread. When writing the brief fails, the empty
    /// draft is deleted again, so the mailbox is left as it was.
    /// </summary>
    public async Task<DraftReply> CreateForwardDraftAsync(string messageId, string toName, string toAddress, string briefHtml, CancellationToken ct)
    {
        var request = new CreateForwardPostRequestBody
        {
            Message = new Message
            {
                ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Name = toName, Address = toAddress } }],
            },
        };
        var draft = await GraphCalls.CallAsync(() => _client.Users[MailboxId].Messages[messageId].CreateForward.PostAsync(request, cancellationToken: ct))
            ?? throw new GraphGatewayException("The message to forward no longer exists.", HttpStatusCode.NotFound);
        var draftId = draft.Id ?? throw new GraphGatewayException("Graph returned a draft without an id.", null);
        try
        {
            var quoted = draft.Body?.ContentType == BodyType.Html
                ? draft.Body.Content ?? ""
                : WebUtility.HtmlEncode(draft.Body?.Content ?? "").Replace("\n", "<br>", StringComparison.Ordinal);
            var update = new Message { Body = new ItemBody { ContentType = BodyType.Html, Content = DraftBody.Prepend(briefHtml, quoted) } };
            var updated = await GraphCalls.CallAsync(() => _client.Users[MailboxId].Messages[draftId].PatchAsync(update, cancellationToken: ct))
                ?? throw new GraphGatewayException("The new draft disappeared before its brief was written.", HttpStatusCode.NotFound);
            return new DraftReply(draftId, updated.WebLink ?? draft.WebLink);
        }
        catch (GraphGatewayException)
        {
            await DeleteDraftQuietlyAsync(draftId);
            throw;
        }
    }

    /// <summary>
    /// Replaces our summary in a draft we created before, leaving everything else in it (the quoted
    /// thread, anything the user wrote below or above) as it is. Null when that is not possible: the
    /// draft is gone, was sent (no longer a draft), or no longer holds our summary block; the caller
    /// then creates a new draft rather than touch the user's text.
    /// </summary>
    public async Task<DraftReply?> ReplaceSummaryInDraftAsync(string draftId, string summaryHtml, CancellationToken ct)
    {
        var draft = await GraphCalls.CallAsync(() => _client.Users[MailboxId].Messages[draftId].GetAsync(
            r => r.QueryParameters.Select = ["id", "isDraft", "body", "webLink"], ct));
        if (draft is not { IsDraft: true, Body: { ContentType: BodyType.Html, Content: { } body } }
            || SummaryBlock.Replace(body, summaryHtml) is not { } replaced)
        {
            return null;
        }

        var update = new Message { Body = new ItemBody { ContentType = BodyType.Html, Content = replaced } };
        var updated = await GraphCalls.CallAsync(() => _client.Users[MailboxId].Messages[draftId].PatchAsync(update, cancellationToken: ct));
        return updated is null ? null : new DraftReply(draftId, updated.WebLink ?? draft.WebLink);
    }

    /// <summary>
    /// Flags a message for follow-up from <paramref name="start"/> to <paramref name="due"/> (Graph
    /// needs a start whenever a due date is set). A message that is gone is a failure, so nothing
    /// is ever recorded for a flag that was not set.
    /// </summary>
    public async Task SetFollowUpFlagAsync(string messageId, DateTimeOffset start, DateTimeOffset due, string timeZone, CancellationToken ct)
    {
        var patch = new Message
        {
            Flag = new FollowupFlag
            {
                FlagStatus = FollowupFlagStatus.Flagged,
                StartDateTime = DateTimeTimeZoneOf(start, timeZone),
                DueDateTime = DateTimeTimeZoneOf(due, timeZone),
            },
        };
        _ = await GraphCalls.CallAsync(() => _client.Users[MailboxId].Messages[messageId].PatchAsync(patch, cancellationToken: ct))
            ?? throw new GraphGatewayException("The message to flag no longer exists.", HttpStatusCode.NotFound);
    }

    /// <summary>Removes a draft we created, to undo a half-done operation: best effort, never hides the original error.</summary>
    public async Task DeleteDraftQuietlyAsync(string draftId)
    {
        try
        {
            await GraphCalls.CallAsync(() => _client.Users[MailboxId].Messages[draftId].DeleteAsync(cancellationToken: CancellationToken.None));
        }
        catch (GraphGatewayException)
        {
            // The caller reports the first failure; a draft we could not remove is the lesser harm.
        }
    }

    /// <summary>
    /// Subscribes <paramref name="notificationUrl"/> to created/updated/deleted events of this mailbox,
    /// with lifecycle notifications (reauthorizationRequired, subscriptionRemoved, missed) going to
    /// <paramref name="lifecycleNotificationUrl"/>; Graph only takes that URL at creation. Graph
    /// validates both URLs (handshake) before it answers.
    /// </summary>
    public async Task<EventSubscription> CreateEventSubscriptionAsync(Uri notificationUrl, Uri? lifecycleNotificationUrl, string clientState, DateTimeOffset expiry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notificationUrl);
        var subscription = new Subscription
        {
            ChangeType = "created,updated,deleted",
            NotificationUrl = notificationUrl.ToString(),
            LifecycleNotificationUrl = lifecycleNotificationUrl?.ToString(),
            Resource = $"users/{MailboxId}/events",
            ExpirationDateTime = expiry,
            ClientState = clientState,
        };
        var created = await GraphCalls.CallAsync(() => _client.Subscriptions.PostAsync(subscription, cancellationToken: ct));
        return created?.Id is { } id
            ? new EventSubscription(id, created.ExpirationDateTime ?? expiry)
            : throw new GraphGatewayException("Graph returned no subscription.", null);
    }

    /// <summary>Moves a subscription's expiry; null when Graph no longer knows it (re-create it then).</summary>
    public async Task<EventSubscription?> RenewSubscriptionAsync(string subscriptionId, DateTimeOffset expiry, CancellationToken ct)
    {
        var renewed = await GraphCalls.CallAsync(() => _client.Subscriptions[subscriptionId].PatchAsync(new Subscription { ExpirationDateTime = expiry }, cancellationToken: ct));
        return renewed is null ? null : new EventSubscription(subscriptionId, renewed.ExpirationDateTime ?? expiry);
    }

    /// <summary>Answers reauthorizationRequired: the subscription goes on with fresh credentials. False when Graph no longer knows it.</summary>
    public async Task<bool> ReauthorizeSubscriptionAsync(string subscriptionId, CancellationToken ct)
    {
        var found = await GraphCalls.CallAsync(async () =>
        {
            await _client.Subscriptions[subscriptionId].Reauthorize.PostAsync(cancellationToken: ct);
            return true;
        });
        return found;
    }

    /// <summary>Ends a subscription; one that is already gone counts as ended.</summary>
    public Task DeleteSubscriptionAsync(string subscriptionId, CancellationToken ct) =>
        GraphCalls.CallAsync(() => _client.Subscriptions[subscriptionId].DeleteAsync(cancellationToken: ct));

    internal static void CalendarViewQuery(Microsoft.Kiota.Abstractions.RequestConfiguration<Microsoft.Graph.Users.Item.CalendarView.CalendarViewRequestBuilder.CalendarViewRequestBuilderGetQueryParameters> r, DateTimeOffset start, DateTimeOffset end, string timeZone)
    {
        r.QueryParameters.StartDateTime = start.UtcDateTime.ToString("o", CultureInfo.InvariantCulture);
        r.QueryParameters.EndDateTime = end.UtcDateTime.ToString("o", CultureInfo.InvariantCulture);
        r.QueryParameters.Select = EventFields;
        r.QueryParameters.Expand = [$"singleValueExtendedProperties($filter={OurEventTag.ExpandFilter})"];
        r.QueryParameters.Top = 1000;
        r.Headers.Add("Prefer", PreferZone(timeZone));
    }

    /// <summary>The rest of a calendarView after its first page, page by page.</summary>
    internal static async Task<IReadOnlyList<CalendarEvent>> CalendarPagesAsync(GraphServiceClient client, string mailboxId, EventCollectionResponse? first, string timeZone, CancellationToken ct)
    {
        var events = await GraphCalls.AllPagesAsync(first, p => p.Value, p => p.OdataNextLink, next =>
            client.Users[mailboxId].CalendarView.WithUrl(next).GetAsync(r => r.Headers.Add("Prefer", PreferZone(timeZone)), ct));
        return [.. events.Select(CalendarEvent.From)];
    }

    internal static DateTimeTimeZone DateTimeTimeZoneOf(DateTimeOffset instant, string timeZone)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return new DateTimeTimeZone
        {
            DateTime = local.DateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", CultureInfo.InvariantCulture),
            TimeZone = timeZone,
        };
    }

    private static string PreferZone(string timeZone) => $"outlook.timezone=\"{timeZone}\"";

    private static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
