using System.Globalization;
using System.Net;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Messages.Item.CreateReplyAll;
using Microsoft.Kiota.Abstractions;

namespace OutlookClientCare.Server.Graph;

/// <summary>
/// The only code that talks to Microsoft Graph, for one mailbox. Every call goes through the
/// real SDK over HTTP; Graph errors become <see cref="GraphGatewayException"/>s, and "not found"
/// is a normal result (null), not an exception.
/// </summary>
/// <remarks>
/// Calls address the mailbox as /users/{id} rather than /me, so the same code serves the
/// signed-in user (delegated), background booking (app-only) and the sandbox.
/// </remarks>
public sealed partial class GraphGateway(GraphServiceClient client, string mailboxId)
{
    public const int ThreadPageSize = 50;

    public static readonly string[] ThreadFields =
    [
        "id", "conversationId", "subject", "from", "sender", "toRecipients", "ccRecipients",
        "sentDateTime", "receivedDateTime", "isDraft", "isRead", "body", "uniqueBody", "webLink", "flag",
    ];

    internal static readonly string[] EventFields =
    [
        "id", "subject", "start", "end", "isAllDay", "showAs", "isCancelled", "type", "seriesMasterId",
        "categories", "transactionId", "lastModifiedDateTime",
    ];

    public string MailboxId { get; } = mailboxId;

    public GraphServiceClient Client => client;

    public Task<User?> GetUserAsync(CancellationToken ct) =>
        CallAsync(() => client.Users[MailboxId].GetAsync(
            r => r.QueryParameters.Select = ["id", "displayName", "mail", "userPrincipalName", "preferredLanguage"], ct));

    public Task<MailboxSettings?> GetMailboxSettingsAsync(CancellationToken ct) =>
        CallAsync(() => client.Users[MailboxId].MailboxSettings.GetAsync(cancellationToken: ct));

    /// <summary>
    /// Every message of a conversation, oldest first. Graph refuses $orderby together with this
    /// filter on many mailboxes (InefficientFilter), so we sort here; a thread of up to
    /// <see cref="ThreadPageSize"/> messages costs one request.
    /// </summary>
    public async Task<IReadOnlyList<Message>> GetThreadAsync(string conversationId, CancellationToken ct)
    {
        var filter = $"conversationId eq '{conversationId.Replace("'", "''", StringComparison.Ordinal)}'";
        var page = await CallAsync(() => client.Users[MailboxId].Messages.GetAsync(r =>
        {
            r.QueryParameters.Filter = filter;
            r.QueryParameters.Select = ThreadFields;
            r.QueryParameters.Top = ThreadPageSize;
            r.Headers.Add("Prefer", "outlook.body-content-type=\"html\"");
        }, ct));

        var messages = new List<Message>();
        while (page is not null)
        {
            messages.AddRange(page.Value ?? []);
            if (string.IsNullOrEmpty(page.OdataNextLink))
            {
                break;
            }

            var next = page.OdataNextLink;
            page = await CallAsync(() => client.Users[MailboxId].Messages.WithUrl(next).GetAsync(
                r => r.Headers.Add("Prefer", "outlook.body-content-type=\"html\""), ct));
        }

        return [.. messages.OrderBy(m => m.SentDateTime ?? m.ReceivedDateTime ?? DateTimeOffset.MinValue).ThenBy(m => m.Id, StringComparer.Ordinal)];
    }

    /// <summary>Recent inbox messages, newest first, one page (for "who is waiting on me").</summary>
    public async Task<IReadOnlyList<Message>> GetRecentInboxAsync(DateTimeOffset since, int top, CancellationToken ct)
    {
        var page = await CallAsync(() => client.Users[MailboxId].MailFolders["inbox"].Messages.GetAsync(r =>
        {
            r.QueryParameters.Filter = "receivedDateTime ge " + since.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            r.QueryParameters.Select = ["id", "conversationId", "subject", "from", "receivedDateTime", "isRead", "flag"];
            r.QueryParameters.Orderby = ["receivedDateTime desc"];
            r.QueryParameters.Top = top;
        }, ct));
        return page?.Value ?? [];
    }

    /// <summary>
    /// The calendar between two instants, recurring series expanded, times in <paramref name="timeZone"/>
    /// (a Windows or IANA name Graph understands), with our tag expanded so we can tell our blocks apart.
    /// </summary>
    public async Task<IReadOnlyList<CalendarEvent>> GetCalendarViewAsync(DateTimeOffset start, DateTimeOffset end, string timeZone, CancellationToken ct)
    {
        var prefer = $"outlook.timezone=\"{timeZone}\"";
        var page = await CallAsync(() => client.Users[MailboxId].CalendarView.GetAsync(r =>
        {
            r.QueryParameters.StartDateTime = start.UtcDateTime.ToString("o", CultureInfo.InvariantCulture);
            r.QueryParameters.EndDateTime = end.UtcDateTime.ToString("o", CultureInfo.InvariantCulture);
            r.QueryParameters.Select = EventFields;
            r.QueryParameters.Expand = [$"singleValueExtendedProperties($filter={OurEventTag.ExpandFilter})"];
            r.QueryParameters.Top = 1000;
            r.Headers.Add("Prefer", prefer);
        }, ct));

        var events = new List<Event>();
        while (page is not null)
        {
            events.AddRange(page.Value ?? []);
            if (string.IsNullOrEmpty(page.OdataNextLink))
            {
                break;
            }

            var next = page.OdataNextLink;
            page = await CallAsync(() => client.Users[MailboxId].CalendarView.WithUrl(next).GetAsync(r => r.Headers.Add("Prefer", prefer), ct));
        }

        return [.. events.Select(CalendarEvent.From)];
    }

    /// <summary>
    /// Creates one of our events. The transactionId makes a retried create (after a timeout or a
    /// crash) return the event created the first time instead of a second one.
    /// </summary>
    public async Task<CalendarEvent> CreateOurEventAsync(OurEventDraft draft, CancellationToken ct)
    {
        var created = await CallAsync(() => client.Users[MailboxId].Events.PostAsync(draft.ToGraphEvent(), cancellationToken: ct));
        return created is null
            ? throw new GraphGatewayException("Graph returned no event for a create.", null)
            : CalendarEvent.From(created, assumeOurs: true);
    }

    /// <summary>Moves one of our events. Only an event read back with our tag can be passed here.</summary>
    public async Task MoveOurEventAsync(CalendarEvent ours, DateTimeOffset start, DateTimeOffset end, string timeZone, CancellationToken ct)
    {
        EnsureOurs(ours);
        var patch = new Event
        {
            Start = DateTimeTimeZoneOf(start, timeZone),
            End = DateTimeTimeZoneOf(end, timeZone),
        };
        await CallAsync(() => client.Users[MailboxId].Events[ours.Id].PatchAsync(patch, cancellationToken: ct));
    }

    /// <summary>Deletes one of our events; an event that is already gone counts as deleted.</summary>
    public async Task DeleteOurEventAsync(CalendarEvent ours, CancellationToken ct)
    {
        EnsureOurs(ours);
        await CallAsync(async () =>
        {
            await client.Users[MailboxId].Events[ours.Id].DeleteAsync(cancellationToken: ct);
            return true;
        });
    }

    /// <summary>Reads an event by id with our tag expanded; null when it does not exist.</summary>
    public async Task<CalendarEvent?> GetEventAsync(string eventId, CancellationToken ct)
    {
        var found = await CallAsync(() => client.Users[MailboxId].Events[eventId].GetAsync(r =>
        {
            r.QueryParameters.Select = EventFields;
            r.QueryParameters.Expand = [$"singleValueExtendedProperties($filter={OurEventTag.ExpandFilter})"];
        }, ct));
        return found is null ? null : CalendarEvent.From(found);
    }

    /// <summary>
    /// Creates a reply-all draft (never sends it) and puts <paramref name="summaryHtml"/> above the
    /// quoted thread. Returns the draft as Graph holds it (id, webLink).
    /// </summary>
    public async Task<Message> CreateReplyAllDraftAsync(string messageId, string summaryHtml, CancellationToken ct)
    {
        var draft = await CallAsync(() => client.Users[MailboxId].Messages[messageId].CreateReplyAll.PostAsync(new CreateReplyAllPostRequestBody(), cancellationToken: ct))
            ?? throw new GraphGatewayException("Graph returned no draft for createReplyAll.", null);

        var quoted = draft.Body?.ContentType == BodyType.Html ? draft.Body.Content ?? "" : WebUtility.HtmlEncode(draft.Body?.Content ?? "").Replace("\n", "<br>", StringComparison.Ordinal);
        var update = new Message { Body = new ItemBody { ContentType = BodyType.Html, Content = PutOnTop(summaryHtml, quoted) } };
        var updated = await CallAsync(() => client.Users[MailboxId].Messages[draft.Id!].PatchAsync(update, cancellationToken: ct));
        return updated ?? draft;
    }

    /// <summary>Removes a draft we created (used to undo a half-done follow-up summary).</summary>
    public Task DeleteDraftAsync(string messageId, CancellationToken ct) =>
        CallAsync(async () =>
        {
            await client.Users[MailboxId].Messages[messageId].DeleteAsync(cancellationToken: ct);
            return true;
        });

    /// <summary>Flags a message for follow-up. Graph needs a start whenever a due date is set.</summary>
    public Task SetFollowUpFlagAsync(string messageId, DateTimeOffset start, DateTimeOffset due, string timeZone, CancellationToken ct)
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
        return CallAsync(() => client.Users[MailboxId].Messages[messageId].PatchAsync(patch, cancellationToken: ct));
    }

    /// <summary>
    /// Subscribes <paramref name="notificationUrl"/> to created/updated/deleted events of this
    /// mailbox. Graph validates the URL (handshake) before it answers.
    /// </summary>
    public async Task<Subscription> CreateEventSubscriptionAsync(Uri notificationUrl, string clientState, DateTimeOffset expiry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notificationUrl);
        var subscription = new Subscription
        {
            ChangeType = "created,updated,deleted",
            NotificationUrl = notificationUrl.ToString(),
            Resource = $"users/{MailboxId}/events",
            ExpirationDateTime = expiry,
            ClientState = clientState,
        };
        return await CallAsync(() => client.Subscriptions.PostAsync(subscription, cancellationToken: ct))
            ?? throw new GraphGatewayException("Graph returned no subscription.", null);
    }

    /// <summary>Moves a subscription's expiry; false when Graph no longer knows it (re-create it then).</summary>
    public async Task<bool> RenewSubscriptionAsync(string subscriptionId, DateTimeOffset expiry, CancellationToken ct)
    {
        var renewed = await CallAsync(() => client.Subscriptions[subscriptionId].PatchAsync(new Subscription { ExpirationDateTime = expiry }, cancellationToken: ct));
        return renewed is not null;
    }

    /// <summary>Ends a subscription; one that is already gone counts as ended.</summary>
    public Task DeleteSubscriptionAsync(string subscriptionId, CancellationToken ct) =>
        CallAsync(async () =>
        {
            await client.Subscriptions[subscriptionId].DeleteAsync(cancellationToken: ct);
            return true;
        });

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

    private static string PutOnTop(string summaryHtml, string quotedHtml)
    {
        var bodyStart = quotedHtml.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        if (bodyStart >= 0)
        {
            var bodyEnd = quotedHtml.IndexOf('>', bodyStart);
            if (bodyEnd > 0)
            {
                return quotedHtml[..(bodyEnd + 1)] + summaryHtml + quotedHtml[(bodyEnd + 1)..];
            }
        }

        return summaryHtml + quotedHtml;
    }

    private static void EnsureOurs(CalendarEvent calendarEvent)
    {
        if (!calendarEvent.IsOurs)
        {
            throw new NotOurEventException(calendarEvent.Id);
        }
    }

    private static async Task<T?> CallAsync<T>(Func<Task<T?>> call)
    {
        try
        {
            return await call();
        }
        catch (ODataError error) when (error.ResponseStatusCode == (int)HttpStatusCode.NotFound)
        {
            return default;
        }
        catch (ApiException error)
        {
            throw Translate(error);
        }
        catch (AggregateException error)
        {
            throw GaveUpRetrying(error);
        }
        catch (HttpRequestException error)
        {
            throw new GraphUnavailableException("Microsoft Graph could not be reached.", null, TimeSpan.FromSeconds(30), error);
        }
    }

    /// <summary>The SDK's retry handler gives up with an AggregateException of the failed attempts.</summary>
    internal static GraphUnavailableException GaveUpRetrying(AggregateException error)
    {
        var status = error.InnerExceptions
            .Select(e => e switch
            {
                HttpRequestException http => http.StatusCode,
                ApiException api => (HttpStatusCode?)api.ResponseStatusCode,
                _ => null,
            })
            .LastOrDefault(s => s is not null);
        var shown = status is null ? "no answer" : ((int)status.Value).ToString(CultureInfo.InvariantCulture);
        return new GraphUnavailableException(
            $"Microsoft Graph is busy ({shown}) and still was after {error.InnerExceptions.Count} attempts.", status, TimeSpan.FromSeconds(10), error);
    }

    internal static GraphGatewayException Translate(ApiException error)
    {
        var status = (HttpStatusCode)error.ResponseStatusCode;
        var code = (error as ODataError)?.Error?.Code;
        var detail = (error as ODataError)?.Error?.Message ?? error.Message;
        return status switch
        {
            HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout =>
                new GraphUnavailableException($"Microsoft Graph is busy ({(int)status} {code}) and still was after our retries.", status, RetryAfterOf(error), error),
            HttpStatusCode.Forbidden when code is "ErrorAccessDenied" or "Authorization_RequestDenied" =>
                new GraphConsentRequiredException($"Microsoft Graph refused access: {detail}", [], error),
            _ => new GraphGatewayException($"Microsoft Graph answered {(int)status} {code}: {detail}", status, error),
        };
    }

    private static TimeSpan RetryAfterOf(ApiException error)
    {
        if (error.ResponseHeaders.TryGetValue("Retry-After", out var values))
        {
            foreach (var value in values)
            {
                if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
                {
                    return TimeSpan.FromSeconds(seconds);
                }
            }
        }

        return TimeSpan.FromSeconds(10);
    }
}
