using System.Net;
using System.Net.Http.Json;
using static OutlookClientCare.Server.Tests.Booking.BookingTestKit;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Booking;

public sealed class FollowUpAgendaInBlockTests
{
    [Fact]
    public async Task TheBlockOnTheDueDayListsOurFollowUpButNotTheClientsOwnStep()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock);
        var anna = app.ClientFor(Anna);
        var summary = await anna.PostAsJsonAsync($"/api/threads/{ThreadId}/follow-up-summary", new
        {
            nextSteps = new object[]
            {
                new { what = "Versandnummer an Karl schicken", owner = "Anna", due = "2026-12-02" },
                new { what = "Lieferadresse bestätigen", owner = "Karl", due = "2026-12-02" },
            },
        });
        Assert.Equal(HttpStatusCode.Created, summary.StatusCode);

        await BookAsync(anna);

        var ours = app.OurEventsOf(Anna);
        var dueDay = (string)ours.Single(e => WallStart(e).Date == new DateTime(2026, 12, 2))["body"]!["content"]!;
        var dayBefore = (string)ours.Single(e => WallStart(e).Date == new DateTime(2026, 12, 1))["body"]!["content"]!;
        Assert.Contains("Nachfassen: Versandnummer an Karl schicken (heute f", System.Net.WebUtility.HtmlDecode(dueDay), StringComparison.Ordinal);
        Assert.Contains("Versandnummer an Karl schicken (heute fällig)", System.Net.WebUtility.HtmlDecode(dueDay), StringComparison.Ordinal);
        Assert.DoesNotContain("Lieferadresse", dueDay, StringComparison.Ordinal);
        Assert.DoesNotContain("Versandnummer", dayBefore, StringComparison.Ordinal);
    }
}

public sealed class BookingInteractionLogTests
{
    [Fact]
    public async Task BookingIsWrittenToTheInteractionLogOnceAndNotAgainWhenNothingChanged()
    {
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var app = new BookingApp(sandbox, clock);
        var anna = app.ClientFor(Anna);

        await BookAsync(anna);
        await BookAsync(anna);

        var log = await anna.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/interactions");
        var booked = log.EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "block-booked").ToList();
        var entry = Assert.Single(booked);
        Assert.StartsWith("Kundenzeit gebucht: 8 neu", entry.GetProperty("text").GetString(), StringComparison.Ordinal);
        var ben = await app.ClientFor(Ben).GetFromJsonAsync<System.Text.Json.JsonElement>("/api/interactions");
        Assert.Empty(ben.EnumerateArray());
    }
}
