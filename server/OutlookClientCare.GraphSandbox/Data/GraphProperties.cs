using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookClientCare.GraphSandbox.Data;

/// <summary>
/// Top-level property names of the types clients write, copied from Graph's v1.0 metadata (v1.0-Prod.csdl,
/// base types included). Graph refuses a body with an unknown property; so does the sandbox, so a typo in the
/// gateway fails here as it would against Graph. Nested complex values are not checked.
/// </summary>
internal static class GraphProperties
{
    public static readonly HashSet<string> Event = new(StringComparer.Ordinal)
    {
        "id", "categories", "changeKey", "createdDateTime", "lastModifiedDateTime", "allowNewTimeProposals", "attendees", "body",
        "bodyPreview", "cancelledOccurrences", "end", "hasAttachments", "hideAttendees", "iCalUId", "importance", "isAllDay",
        "isCancelled", "isDraft", "isOnlineMeeting", "isOrganizer", "isReminderOn", "location", "locations", "onlineMeeting",
        "onlineMeetingProvider", "onlineMeetingUrl", "organizer", "originalEndTimeZone", "originalStart", "originalStartTimeZone",
        "recurrence", "reminderMinutesBeforeStart", "responseRequested", "responseStatus", "sensitivity", "seriesMasterId", "showAs",
        "start", "subject", "transactionId", "type", "webLink", "attachments", "calendar", "exceptionOccurrences", "extensions",
        "instances", "multiValueExtendedProperties", "singleValueExtendedProperties",
    };

    public static readonly HashSet<string> Message = new(StringComparer.Ordinal)
    {
        "id", "categories", "changeKey", "createdDateTime", "lastModifiedDateTime", "bccRecipients", "body", "bodyPreview",
        "ccRecipients", "conversationId", "conversationIndex", "flag", "from", "hasAttachments", "importance", "inferenceClassification",
        "internetMessageHeaders", "internetMessageId", "isDeliveryReceiptRequested", "isDraft", "isRead", "isReadReceiptRequested",
        "parentFolderId", "receivedDateTime", "replyTo", "sender", "sentDateTime", "subject", "toRecipients", "uniqueBody", "webLink",
        "attachments", "extensions", "multiValueExtendedProperties", "singleValueExtendedProperties",
    };

    public static readonly HashSet<string> TodoTaskList = new(StringComparer.Ordinal)
    {
        "id", "displayName", "isOwner", "isShared", "wellknownListName", "extensions", "tasks",
    };

    public static readonly HashSet<string> TodoTask = new(StringComparer.Ordinal)
    {
        "id", "body", "bodyLastModifiedDateTime", "categories", "completedDateTime", "createdDateTime", "dueDateTime", "hasAttachments",
        "importance", "isReminderOn", "lastModifiedDateTime", "recurrence", "reminderDateTime", "startDateTime", "status", "title",
        "attachments", "attachmentSessions", "checklistItems", "extensions", "linkedResources",
    };

    public static readonly HashSet<string> LinkedResource = new(StringComparer.Ordinal)
    {
        "id", "applicationName", "displayName", "externalId", "webUrl",
    };

    public static readonly HashSet<string> MailboxSettings = new(StringComparer.Ordinal)
    {
        "archiveFolder", "automaticRepliesSetting", "dateFormat", "delegateMeetingMessageDeliveryOptions", "language", "timeFormat",
        "timeZone", "userPurpose", "workingHours",
    };

    private static readonly HashSet<string> Booleans = new(StringComparer.Ordinal)
    {
        "isAllDay", "isCancelled", "isReminderOn", "isRead", "isDraft", "isOnlineMeeting", "responseRequested", "allowNewTimeProposals",
        "hideAttendees", "isDeliveryReceiptRequested", "isReadReceiptRequested", "hasAttachments",
    };

    private static readonly HashSet<string> Texts = new(StringComparer.Ordinal)
    {
        "subject", "showAs", "importance", "sensitivity", "transactionId", "timeZone", "dateFormat", "timeFormat", "inferenceClassification",
    };

    private static readonly HashSet<string> Objects = new(StringComparer.Ordinal)
    {
        "start", "end", "body", "location", "recurrence", "flag", "from", "sender", "organizer", "workingHours", "language", "automaticRepliesSetting",
    };

    private static readonly HashSet<string> Arrays = new(StringComparer.Ordinal)
    {
        "categories", "attendees", "locations", "toRecipients", "ccRecipients", "bccRecipients", "replyTo", "singleValueExtendedProperties",
    };

    /// <summary>
    /// Graph's (OData's) answer to a body property its type does not have, or whose value has the wrong JSON
    /// kind (for the properties the sandbox reads); null when the body is fine.
    /// </summary>
    public static GraphProblem? Unknown(JsonObject body, HashSet<string> known, string typeName)
    {
        foreach (var (name, value) in body)
        {
            if (name.Contains('@', StringComparison.Ordinal) || value is null)
            {
                continue;
            }

            if (!known.Contains(name))
            {
                return new GraphProblem(400, "RequestBodyRead", $"The property '{name}' does not exist on type 'microsoft.graph.{typeName}'. Make sure to only use property names that are defined by the type or mark the type as open type.");
            }

            var kind = value.GetValueKind();
            var fits = (!Booleans.Contains(name) || kind is JsonValueKind.True or JsonValueKind.False)
                && (!Texts.Contains(name) || kind == JsonValueKind.String)
                && (!Objects.Contains(name) || kind == JsonValueKind.Object)
                && (!Arrays.Contains(name) || kind == JsonValueKind.Array);
            if (!fits)
            {
                return new GraphProblem(400, "BadRequest", $"Cannot convert the literal '{Shorten(value.ToJsonString())}' to the expected type of '{name}'.");
            }
        }

        return null;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
