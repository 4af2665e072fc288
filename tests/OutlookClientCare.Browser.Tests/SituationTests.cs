using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace OutlookClientCare.Browser.Tests;

[Collection(DemoServerCollection.Name)]
public sealed class SituationTests(DemoServerFixture server, ITestOutputHelper output)
{
    [Theory]
    [InlineData(DemoServerFixture.Anna, "de", "SEO-Betreuung")]
    [InlineData(DemoServerFixture.Anna, "de", "Abmahnung")]
    [InlineData(DemoServerFixture.Daniel, "en", null)]
    public async Task Opening_a_thread_shows_the_clients_mood_issue_and_asks_in_the_users_language(string user, string lang, string? subject)
    {
        await using var demo = await server.OpenDemoAsync(user, lang);
        var conversationId = subject is null
            ? await demo.Page.Locator(".thread").First.GetAttributeAsync("data-conversation")
            : await demo.OpenThreadAsync(subject);
        if (subject is null)
        {
            await demo.Page.Locator(".thread").First.ClickAsync();
        }

        using var card = JsonDocument.Parse(await server.GetJsonAsync($"/api/threads/{Uri.EscapeDataString(conversationId!)}/situation", user));
        var root = card.RootElement;
        var situation = demo.Pane.GetByTestId("situation-card");
        await Expect(situation).ToBeVisibleAsync();
        await Expect(demo.Pane.GetByTestId("mood")).ToHaveTextAsync(Words.Mood(lang, root.GetProperty("mood").GetProperty("level").GetString()!));
        await Expect(demo.Pane.GetByTestId("main-issue")).ToHaveTextAsync(Words.Issue(lang, root.GetProperty("mainIssue").GetString()!));
        var asks = demo.Pane.GetByTestId("asks");
        foreach (var ask in root.GetProperty("asks").EnumerateArray())
        {
            await Expect(asks).ToContainTextAsync(ask.GetProperty("text").GetString()!);
        }

        await Expect(demo.Pane.GetByTestId("next-step")).Not.ToBeEmptyAsync();
        await demo.ScreenshotAsync(server, $"situation-{lang}-{(subject ?? "first").Replace(' ', '-')}");
    }

    [Fact]
    public async Task The_dates_of_a_thread_are_listed_in_calendar_order_each_once()
    {
        await using var demo = await server.OpenDemoAsync(DemoServerFixture.Anna, "de");
        await demo.OpenThreadAsync("Go-live");
        var dates = demo.Pane.Locator("ul.dates li");
        await Expect(dates.First).ToBeVisibleAsync();

        var rows = new List<(string Date, string Tags)>();
        foreach (var row in await dates.AllAsync())
        {
            rows.Add((await row.Locator("time").GetAttributeAsync("datetime") ?? "", string.Join('|', await row.Locator(".tag").AllTextContentsAsync())));
        }

        Assert.True(rows.Count > 3, "the go-live thread names many dates");
        Assert.Equal(rows.OrderBy(r => r.Date, StringComparer.Ordinal), rows);
        Assert.Equal(rows.Count, rows.Distinct().Count());
    }

    [Fact]
    public async Task The_situation_card_appears_soon_after_the_pane_opens_and_the_time_is_recorded()
    {
        await using var probe = await server.OpenDemoAsync(DemoServerFixture.Anna, "de");
        var conversationId = await probe.Thread("SEO-Betreuung").GetAttributeAsync("data-conversation");

        // Cold: the page opens with the message selected, as when the pane is opened on a message.
        await using var cold = await server.OpenDemoAsync(DemoServerFixture.Anna, "de", open: conversationId);
        await Expect(cold.Pane.GetByTestId("situation-card")).ToBeVisibleAsync();
        var coldMs = await cold.PaneFrame.EvaluateAsync<double>("() => window.paneTimings.situationCardMs");

        // Warm: the pane is open and the user selects another message.
        var watch = Stopwatch.StartNew();
        await cold.OpenThreadAsync("Abmahnung");
        await Expect(cold.Pane.GetByTestId("situation-card")).ToContainTextAsync("Claasen", new LocatorAssertionsToContainTextOptions { Timeout = 10_000 });
        var warmMs = watch.Elapsed.TotalMilliseconds;

        var line = string.Create(CultureInfo.InvariantCulture, $"situation card: {coldMs:F0} ms from pane navigation start (cold), {warmMs:F0} ms from selecting another message (warm)");
        output.WriteLine(line);
        server.Record(line);
        Assert.True(coldMs > 0);
    }
}
