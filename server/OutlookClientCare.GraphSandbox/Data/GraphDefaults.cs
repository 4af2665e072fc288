using System.Net;
using System.Text.Json.Nodes;

namespace OutlookClientCare.GraphSandbox.Data;

/// <summary>
/// Fills in what Graph always returns for an item (the properties of the documented examples), so a seed or a
/// POST body only needs the interesting fields. Existing values are never overwritten.
/// </summary>
internal static class GraphDefaults
{
    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday"];

    public static void Message(JsonObject message, SandboxUser owner, GraphIds ids, DateTimeOffset now)
    {
        var id = Ensure(message, "id", () => ids.NextItemId("message"));
        var received = Ensure(message, "receivedDateTime", () => GraphTime.FormatInstant(now));
        Ensure(message, "sentDateTime", () => received);
        Ensure(message, "createdDateTime", () => received);
        Ensure(message, "lastModifiedDateTime", () => received);
        Ensure(message, "changeKey", () => ChangeKey(ids));
        Ensure(message, "categories", () => new JsonArray());
        Ensure(message, "hasAttachments", () => false);
        Ensure(message, "internetMessageId", () => $"<{ids.GuidFrom("imid/" + id):N}@sandbox.example>");
        Ensure(message, "subject", () => "");
        Ensure(message, "importance", () => "normal");
        var isDraft = JsonRead.Bool(message["isDraft"]) ?? false;
        message["isDraft"] = isDraft;
        Ensure(message, "parentFolderId", () => isDraft ? "drafts" : "inbox");
        Ensure(message, "conversationId", () => "AAQk" + ids.ItemId("conversation/" + id)[4..]);
        Ensure(message, "isDeliveryReceiptRequested", () => false);
        Ensure(message, "isReadReceiptRequested", () => false);
        Ensure(message, "isRead", () => true);
        Ensure(message, "webLink", () => $"https://outlook.office365.com/owa/?ItemID={WebUtility.UrlEncode(id)}&exvsurl=1&viewmodel=ReadMessageItem");
        Ensure(message, "inferenceClassification", () => "focused");
        Ensure(message, "body", () => new JsonObject { ["contentType"] = "text", ["content"] = "" });
        // uniqueBody defaults to the whole body: without a quoted history they are the same text.
        Ensure(message, "uniqueBody", () => message["body"]!.DeepClone());
        Ensure(message, "bodyPreview", () => BodyText.Preview(message["body"] as JsonObject));
        Ensure(message, "from", () => new JsonObject { ["emailAddress"] = owner.EmailAddress() });
        Ensure(message, "sender", () => message["from"]!.DeepClone());
        Ensure(message, "toRecipients", () => new JsonArray());
        Ensure(message, "ccRecipients", () => new JsonArray());
        Ensure(message, "bccRecipients", () => new JsonArray());
        Ensure(message, "replyTo", () => new JsonArray());
        Ensure(message, "flag", () => new JsonObject { ["flagStatus"] = "notFlagged" });
    }

    public static void Event(JsonObject calendarEvent, SandboxUser owner, GraphIds ids, DateTimeOffset now)
    {
        var id = Ensure(calendarEvent, "id", () => ids.NextItemId("event"));
        var stamp = GraphTime.FormatInstant(now);
        Ensure(calendarEvent, "createdDateTime", () => stamp);
        Ensure(calendarEvent, "lastModifiedDateTime", () => stamp);
        Ensure(calendarEvent, "changeKey", () => ChangeKey(ids));
        Ensure(calendarEvent, "categories", () => new JsonArray());
        Ensure(calendarEvent, "transactionId", () => null);
        Ensure(calendarEvent, "originalStartTimeZone", () => JsonRead.Text(calendarEvent["start"]?["timeZone"]));
        Ensure(calendarEvent, "originalEndTimeZone", () => JsonRead.Text(calendarEvent["end"]?["timeZone"]));
        Ensure(calendarEvent, "iCalUId", () => "040000008200E00074C5B7101A82E008" + ids.GuidFrom("ical/" + id).ToString("N").ToUpperInvariant());
        Ensure(calendarEvent, "reminderMinutesBeforeStart", () => 15);
        Ensure(calendarEvent, "isReminderOn", () => true);
        Ensure(calendarEvent, "hasAttachments", () => false);
        Ensure(calendarEvent, "hideAttendees", () => false);
        Ensure(calendarEvent, "subject", () => "");
        Ensure(calendarEvent, "body", () => new JsonObject { ["contentType"] = "html", ["content"] = "" });
        Ensure(calendarEvent, "bodyPreview", () => BodyText.Preview(calendarEvent["body"] as JsonObject));
        Ensure(calendarEvent, "importance", () => "normal");
        Ensure(calendarEvent, "sensitivity", () => "normal");
        Ensure(calendarEvent, "isAllDay", () => false);
        Ensure(calendarEvent, "isCancelled", () => false);
        Ensure(calendarEvent, "isDraft", () => false);
        Ensure(calendarEvent, "organizer", () => new JsonObject { ["emailAddress"] = owner.EmailAddress() });
        var organizer = JsonRead.Text(calendarEvent["organizer"]?["emailAddress"]?["address"]);
        var isOrganizer = owner.IsMe(organizer);
        Ensure(calendarEvent, "isOrganizer", () => isOrganizer);
        Ensure(calendarEvent, "responseRequested", () => true);
        Ensure(calendarEvent, "seriesMasterId", () => null);
        Ensure(calendarEvent, "showAs", () => "busy");
        Ensure(calendarEvent, "recurrence", () => null);
        Ensure(calendarEvent, "type", () => calendarEvent["recurrence"] is JsonObject ? "seriesMaster" : "singleInstance");
        Ensure(calendarEvent, "webLink", () => $"https://outlook.office365.com/owa/?itemid={WebUtility.UrlEncode(id)}&exvsurl=1&path=/calendar/item");
        Ensure(calendarEvent, "onlineMeetingUrl", () => null);
        Ensure(calendarEvent, "isOnlineMeeting", () => false);
        Ensure(calendarEvent, "onlineMeetingProvider", () => "unknown");
        Ensure(calendarEvent, "onlineMeeting", () => null);
        Ensure(calendarEvent, "allowNewTimeProposals", () => true);
        Ensure(calendarEvent, "responseStatus", () => new JsonObject
        {
            ["response"] = isOrganizer ? "organizer" : "none",
            ["time"] = "0001-01-01T00:00:00Z",
        });
        Location(calendarEvent);
        Ensure(calendarEvent, "attendees", () => new JsonArray());
        Ensure(calendarEvent, "cancelledOccurrences", () => new JsonArray());
    }

    /// <summary>
    /// Graph completes a location given by name (locationType, uniqueId, uniqueIdType) and mirrors it into
    /// locations, as the documented POST /events responses show.
    /// </summary>
    public static void Location(JsonObject calendarEvent)
    {
        if (calendarEvent["location"] is not JsonObject location)
        {
            calendarEvent["location"] = new JsonObject { ["displayName"] = "", ["locationType"] = "default", ["uniqueIdType"] = "unknown" };
            Ensure(calendarEvent, "locations", () => new JsonArray());
            return;
        }

        var name = JsonRead.Text(location["displayName"]) ?? "";
        Ensure(location, "locationType", () => "default");
        Ensure(location, "uniqueId", () => name.Length > 0 ? name : null);
        Ensure(location, "uniqueIdType", () => name.Length > 0 ? "private" : "unknown");
        Ensure(calendarEvent, "locations", () => name.Length == 0
            ? new JsonArray()
            : new JsonArray(new JsonObject { ["displayName"] = name, ["locationType"] = "default", ["uniqueIdType"] = "unknown" }));
    }

    public static void MailboxSettings(JsonObject settings, string? preferredLanguage)
    {
        var timeZone = Ensure(settings, "timeZone", () => "UTC");
        var locale = preferredLanguage ?? "en-US";
        var german = locale.StartsWith("de", StringComparison.OrdinalIgnoreCase);
        Ensure(settings, "automaticRepliesSetting", () => new JsonObject
        {
            ["status"] = "disabled",
            ["externalAudience"] = "all",
            ["scheduledStartDateTime"] = new JsonObject { ["dateTime"] = "2026-01-01T00:00:00.0000000", ["timeZone"] = "UTC" },
            ["scheduledEndDateTime"] = new JsonObject { ["dateTime"] = "2026-01-02T00:00:00.0000000", ["timeZone"] = "UTC" },
            ["internalReplyMessage"] = "",
            ["externalReplyMessage"] = "",
        });
        Ensure(settings, "language", () => new JsonObject
        {
            ["locale"] = locale,
            ["displayName"] = german ? "Deutsch (Deutschland)" : "English (United States)",
        });
        Ensure(settings, "workingHours", () => new JsonObject
        {
            ["daysOfWeek"] = new JsonArray([.. Weekdays.Select(d => (JsonNode)d)]),
            ["startTime"] = "08:00:00.0000000",
            ["endTime"] = "17:00:00.0000000",
            ["timeZone"] = new JsonObject { ["name"] = timeZone },
        });
        Ensure(settings, "dateFormat", () => german ? "dd.MM.yyyy" : "M/d/yyyy");
        Ensure(settings, "timeFormat", () => german ? "HH:mm" : "h:mm tt");
        Ensure(settings, "delegateMeetingMessageDeliveryOptions", () => "sendToDelegateOnly");
        Ensure(settings, "userPurpose", () => "user");
    }

    public static string ChangeKey(GraphIds ids) =>
        Convert.ToBase64String(ids.NextGuid("changeKey").ToByteArray());

    private static string? Ensure(JsonObject target, string name, Func<JsonNode?> create)
    {
        if (!target.ContainsKey(name))
        {
            target[name] = create();
        }

        return target[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
    }
}
