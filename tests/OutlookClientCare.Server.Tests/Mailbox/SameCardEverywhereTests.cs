using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookClientCare.Server.Tests.Booking;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Mailbox;

/// <summary>
/// The pane, the coach, "who is waiting" and the snippets all read a thread through the one
/// mailbox service, so they agree about who "we" are: here Anna answered from an address of her
/// own on another domain (a proxy address), which only the profile's aliases reveal.
/// </summary>
public sealed class SameCardEverywhereTests
{
    private const string Conversation = "AAQkAliasThread";
    private const string AliasAddress = "anna@albrecht-beratung.example";

    [Fact]
    public async Task AThreadAnsweredFromTheUsersAliasGivesTheSameAsksOnEveryRoute()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync(WithAliasThread);
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock);
        var anna = app.ClientFor(Anna);

        var card = await anna.GetFromJsonAsync<JsonElement>($"/api/threads/{Conversation}/situation");
        var openAsks = card.GetProperty("asks").EnumerateArray().Where(a => a.GetProperty("isOpen").GetBoolean()).Select(a => a.GetProperty("text").GetString()).ToList();

        // Anna's answer from her alias closed the first two asks: only the invoice question is open.
        var open = Assert.Single(openAsks);
        Assert.Contains("Rechnung", open, StringComparison.Ordinal);
        Assert.Equal(3, card.GetProperty("asks").GetArrayLength());

        var coach = await (await anna.PostAsJsonAsync("/api/drafts/coach", new { text = "Vielen Dank für Ihre Nachricht.", language = "de", conversationId = Conversation })).Content.ReadFromJsonAsync<JsonElement>();
        var coached = coach.GetProperty("openAsks").EnumerateArray().Concat(coach.GetProperty("answeredAsks").EnumerateArray()).Select(a => a.GetString()).ToList();
        Assert.Equal(openAsks, coached);

        var waiting = await anna.GetFromJsonAsync<JsonElement>("/api/waiting");
        var entry = Assert.Single(waiting.GetProperty("threads").EnumerateArray(), t => t.GetProperty("conversationId").GetString() == Conversation);
        Assert.Equal(openAsks.Count, entry.GetProperty("openAsks").GetInt32());
        Assert.Equal(card.GetProperty("mood").GetProperty("level").GetString(), entry.GetProperty("mood").GetString());
        Assert.Equal(card.GetProperty("mainIssue").GetString(), entry.GetProperty("mainIssue").GetString());
        Assert.Equal(card.GetProperty("client").GetProperty("address").GetString(), entry.GetProperty("client").GetProperty("address").GetString());
    }

    private static void WithAliasThread(JsonObject seed)
    {
        var anna = seed["users"]!.AsArray().Single(u => (string?)u!["userPrincipalName"] == Anna)!.AsObject();
        anna["proxyAddresses"] = new JsonArray("SMTP:" + Anna, "smtp:" + AliasAddress);
        var messages = anna["messages"]!.AsArray();
        messages.Add(Message("AAMkAlias1", "2026-11-25T09:00:00Z", Address("Karl Kunde", Client), "inbox",
            "<p>Guten Tag Frau Albrecht, können Sie mir den neuen Liefertermin nennen? Schicken Sie mir bitte auch den Lieferplan.</p>"));
        messages.Add(Message("AAMkAlias2", "2026-11-25T14:00:00Z", Address("Anna Albrecht", AliasAddress), "sentitems",
            "<p>Guten Tag Herr Kunde, der neue Liefertermin ist der 4. Dezember, den Lieferplan finden Sie anbei.</p>"));
        messages.Add(Message("AAMkAlias3", "2026-11-26T08:30:00Z", Address("Karl Kunde", Client), "inbox",
            "<p>Danke. Wann bekomme ich die korrigierte Rechnung?</p>"));
    }

    private static JsonObject Message(string id, string sent, JsonObject from, string folder, string html) => new()
    {
        ["id"] = id,
        ["conversationId"] = Conversation,
        ["subject"] = "Liefertermin",
        ["from"] = from,
        ["toRecipients"] = new JsonArray(folder == "inbox" ? Address("Anna Albrecht", Anna) : Address("Karl Kunde", Client)),
        ["sentDateTime"] = sent,
        ["receivedDateTime"] = sent,
        ["parentFolderId"] = folder,
        ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = html },
    };
}
