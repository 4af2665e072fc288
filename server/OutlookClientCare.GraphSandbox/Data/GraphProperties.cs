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

    public static readonly HashSet<string> MailboxSettings = new(StringComparer.Ordinal)
    {
        "archiveFolder", "automaticRepliesSetting", "dateFormat", "delegateMeetingMessageDeliveryOptions", "language", "timeFormat",
        "timeZone", "userPurpose", "workingHours",
    };

    /// <summary>Graph's (OData's) answer to a body property its type does not have, or null when all are known.</summary>
    public static GraphProblem? Unknown(JsonObject body, HashSet<string> known, string typeName)
    {
        var unknown = body.Select(p => p.Key).FirstOrDefault(name => !name.Contains('@', StringComparison.Ordinal) && !known.Contains(name));
        return unknown is null
            ? null
            : new GraphProblem(400, "RequestBodyRead", $"The property '{unknown}' does not exist on type 'microsoft.graph.{typeName}'. Make sure to only use property names that are defined by the type or mark the type as open type.");
    }
}
