using System.Text.Json.Nodes;
using OutlookClientCare.Graph;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Coach;

/// <summary>More conversations in Anna's mailbox beside the seed's long thread, written like real client mail.</summary>
internal static class ExtraThreads
{
    public const string Questions = "AAQkQuestions";
    public const string Answered = "AAQkAnswered";
    public const string OurBlockId = "AAMkOurBlock";

    /// <summary>A German client with two open asks (Monday 13:00 Berlin), a thread Anna already answered, and one of our booked blocks.</summary>
    public static void Add(JsonObject seed)
    {
        var anna = seed["users"]![0]!.AsObject();
        var messages = anna["messages"]!.AsArray();
        messages.Add(Message("AAMkQ1", Questions, "Lieferung und Rechnung", Address("Karl Kunde", Client), "2026-11-23T12:00:00Z", "inbox",
            "Hallo Frau Albrecht,\n\ndas ist jetzt schon die dritte Verschiebung, ich bin wirklich verärgert. Wann kommt endlich die Lieferung? Können Sie mir bitte die korrigierte Rechnung schicken?\n\nGrüße\nKarl Kunde"));
        messages.Add(Message("AAMkA1", Answered, "Termin", Address("Eva Engel", "eva@client.example"), "2026-11-22T10:00:00Z", "inbox",
            "Hallo Anna, passt dir Donnerstag für den Termin?"));
        messages.Add(Message("AAMkA2", Answered, "AW: Termin", Address("Anna Albrecht", Anna), "2026-11-22T12:00:00Z", "sentitems",
            "Hallo Eva, Donnerstag passt, bis dann!"));
        anna["events"]!.AsArray().Add(new JsonObject
        {
            ["id"] = OurBlockId,
            ["subject"] = "Kundenzeit",
            ["start"] = new JsonObject { ["dateTime"] = "2026-11-25T10:00:00", ["timeZone"] = "Europe/Berlin" },
            ["end"] = new JsonObject { ["dateTime"] = "2026-11-25T11:00:00", ["timeZone"] = "Europe/Berlin" },
            ["categories"] = new JsonArray(OurEventTag.Category),
            ["singleValueExtendedProperties"] = new JsonArray(new JsonObject { ["id"] = OurEventTag.PropertyId, ["value"] = "block" }),
        });
    }

    private static JsonObject Message(string id, string conversationId, string subject, JsonObject from, string received, string folder, string text) => new()
    {
        ["id"] = id,
        ["conversationId"] = conversationId,
        ["subject"] = subject,
        ["from"] = from,
        ["toRecipients"] = new JsonArray(folder == "inbox" ? Address("Anna Albrecht", Anna) : Address("Eva Engel", "eva@client.example")),
        ["receivedDateTime"] = received,
        ["sentDateTime"] = received,
        ["parentFolderId"] = folder,
        ["isRead"] = false,
        ["body"] = new JsonObject { ["contentType"] = "text", ["content"] = text },
    };
}
