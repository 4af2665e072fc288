using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static OutlookClientCare.Server.Tests.Booking.BookingTestKit;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Booking;

public sealed class BlockAgendaTests
{
    private const string InboxRoute = "GET /me/mailFolders/{folder}/messages";

    [Fact]
    public async Task TomorrowsBlockListsTheClientThreadsWaitingOnTheUserEscapedAndLaterBlocksDoNot()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync(seed => seed["users"]![0]!["messages"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "AAMkHostile",
            ["conversationId"] = "AAQkHostile",
            ["subject"] = "<script>alert(1)</script> & Co",
            ["from"] = Address("Mallory <b>Bold</b>", "mallory@client.example"),
            ["toRecipients"] = new JsonArray(Address("Anna Albrecht", Anna)),
            ["receivedDateTime"] = "2026-11-28T09:00:00Z",
            ["sentDateTime"] = "2026-11-28T08:59:00Z",
            ["parentFolderId"] = "inbox",
            ["isRead"] = false,
            ["body"] = new JsonObject { ["contentType"] = "text", ["content"] = "SECRET BODY TEXT" },
        }));
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock);
        var anna = app.ClientFor(Anna);

        await BookAsync(anna);

        var ours = app.OurEventsOf(Anna);
        var monday = (string)ours.Single(e => WallStart(e).Date == new DateTime(2026, 11, 30))["body"]!["content"]!;
        var thursday = (string)ours.Single(e => WallStart(e).Date == new DateTime(2026, 12, 3))["body"]!["content"]!;
        Assert.Contains("Karl Kunde: AW: Lieferung versp", monday, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co", monday, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", monday, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Bold</b>", monday, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET BODY TEXT", monday, StringComparison.Ordinal);
        Assert.DoesNotContain("Karl Kunde", thursday, StringComparison.Ordinal);
        Assert.Contains("Reservierte Zeit", thursday, StringComparison.Ordinal);
        Assert.Equal(1, sandbox.Counters.Get(InboxRoute, Anna));
    }

    [Fact]
    public async Task AThreadHandedOverToAColleagueIsNoLongerOnTheUsersBlock()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock);
        var anna = app.ClientFor(Anna);
        var handedOver = await anna.PostAsJsonAsync($"/api/threads/{ThreadId}/handover", new { to = Ben });

        await BookAsync(anna);

        Assert.Equal(System.Net.HttpStatusCode.Created, handedOver.StatusCode);
        var monday = (string)app.OurEventsOf(Anna).Single(e => WallStart(e).Date == new DateTime(2026, 11, 30))["body"]!["content"]!;
        Assert.DoesNotContain("Karl Kunde", monday, StringComparison.Ordinal);
        Assert.Equal(1, sandbox.Counters.Get(InboxRoute, Anna));
    }

    [Fact]
    public async Task TheBatchedBackgroundRunSpendsNoRequestOnTheInbox()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock);
        await PutSettingsAsync(app.ClientFor(Anna), s => s["autoBooking"] = true);

        await BookingDatabase.RunOnceAsync(app);

        Assert.Equal(8, app.OurEventsOf(Anna).Count);
        Assert.Equal(0, sandbox.Counters.Get(InboxRoute, Anna));
    }
}
