using System.Globalization;
using System.Net;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Messages.Item.CreateReplyAll;

namespace OutlookClientCare.Server.Graph;

/// <summary>Reply-toolkit calls: a reply-all draft that never stays half-written, and the recent mail of all folders.</summary>
public sealed partial class GraphGateway
{
    public const int RecentMessagesPageSize = 50;

    private static readonly string[] RecentMessageFields =
    [
        "id", "conversationId", "subject", "from", "sender", "toRecipients", "sentDateTime", "receivedDateTime",
        "isDraft", "uniqueBody", "bodyPreview", "parentFolderId",
    ];

    /// <summary>
    /// Like <see cref="CreateReplyAllDraftAsync"/>, but when putting the summary into the new draft
    /// fails, the empty draft is deleted again, so the mailbox is left as it was.
    /// </summary>
    public async Task<Message> CreateFilledReplyAllDraftAsync(string messageId, string summaryHtml, CancellationToken ct)
    {
        var draft = await CallAsync(() => client.Users[MailboxId].Messages[messageId].CreateReplyAll.PostAsync(new CreateReplyAllPostRequestBody(), cancellationToken: ct))
            ?? throw new GraphGatewayException("The message to reply to no longer exists.", HttpStatusCode.NotFound);
        var draftId = draft.Id ?? throw new GraphGatewayException("Graph returned a draft without an id.", null);
        try
        {
            var quoted = draft.Body?.ContentType == BodyType.Html
                ? draft.Body.Content ?? ""
                : WebUtility.HtmlEncode(draft.Body?.Content ?? "").Replace("\n", "<br>", StringComparison.Ordinal);
            var update = new Message { Body = new ItemBody { ContentType = BodyType.Html, Content = PutOnTop(summaryHtml, quoted) } };
            var updated = await CallAsync(() => client.Users[MailboxId].Messages[draftId].PatchAsync(update, cancellationToken: ct))
                ?? throw new GraphGatewayException("The new draft disappeared before its summary was written.", HttpStatusCode.NotFound);
            return updated;
        }
        catch (GraphGatewayException)
        {
            await DeleteDraftQuietlyAsync(draftId);
            throw;
        }
    }

    /// <summary>
    /// Like <see cref="SetFollowUpFlagAsync"/>, but a message that is gone is a failure rather than a
    /// silent no-op, so a summary is never recorded for a flag that was not set.
    /// </summary>
    public async Task SetFollowUpFlagOrFailAsync(string messageId, DateTimeOffset start, DateTimeOffset due, string timeZone, CancellationToken ct)
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
        _ = await CallAsync(() => client.Users[MailboxId].Messages[messageId].PatchAsync(patch, cancellationToken: ct))
            ?? throw new GraphGatewayException("The message to flag no longer exists.", HttpStatusCode.NotFound);
    }

    /// <summary>Compensation after a failure: best effort, never hides the original error.</summary>
    public async Task DeleteDraftQuietlyAsync(string draftId)
    {
        try
        {
            await DeleteDraftAsync(draftId, CancellationToken.None);
        }
        catch (GraphGatewayException)
        {
            // The caller reports the first failure; a draft we could not remove is the lesser harm.
        }
    }

    /// <summary>
    /// The newest messages of every folder since <paramref name="since"/>, one page, newest first, with
    /// their new text as plain text. All folders (not only the inbox) so our own replies in Sent Items
    /// tell which conversations are already answered.
    /// </summary>
    public async Task<IReadOnlyList<Message>> GetRecentMessagesAsync(DateTimeOffset since, int top, CancellationToken ct)
    {
        var page = await CallAsync(() => client.Users[MailboxId].Messages.GetAsync(r =>
        {
            r.QueryParameters.Filter = "receivedDateTime ge " + since.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            r.QueryParameters.Select = RecentMessageFields;
            r.QueryParameters.Orderby = ["receivedDateTime desc"];
            r.QueryParameters.Top = Math.Clamp(top, 1, RecentMessagesPageSize);
            r.Headers.Add("Prefer", "outlook.body-content-type=\"text\"");
        }, ct));
        return page?.Value ?? [];
    }
}
