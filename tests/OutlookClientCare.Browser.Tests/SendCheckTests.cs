using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutlookClientCare.Browser.Tests;

/// <summary>
/// Pressing Send in the demo runs the review Outlook's OnMessageSend handler runs, through the
/// stand-in host, and shows it in the look of Outlook's Smart Alerts dialog.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class SendCheckTests(DemoServerFixture server)
{
    private const string SendCheckRoute = "**/api/drafts/send-check";

    private const string GoodGerman =
        "Sehr geehrte Frau Kröger,\n\ndanke für Ihre Nachricht, und es tut mir leid, dass Anfragen verloren gegangen sind. Ich habe mir das Kontaktformular kurzfristig angesehen: " +
        "Der Versand hing an einem abgelaufenen Zugang beim Mailserver. Das ist behoben, Sie verlieren keine neuen Patienten mehr über das Formular. " +
        "Die Anfragen der letzten Tage habe ich Ihnen gesammelt weitergeleitet, und ich melde mich gern telefonisch, wenn Sie Fragen haben.\n\nViele Grüße\nAnna Keller";

    private const string WeakGerman = "Hallo Frau Kröger,\n\nwie bereits erwähnt, kümmern wir uns zeitnah darum.\n\nGruß\nAnna";

    private const string GoodEnglish =
        "Hi Rachel,\n\nthank you for flagging this, and I'm sorry it took us so long to reply. I had Priya look at the online booking button this morning: a script update had broken it on mobile. " +
        "She is the one looking into it, and it is fixed now, so bookings work again. You're right: even when we're busy before the holidays, a quick reply is the minimum you should expect, and that is what you'll get from us.\n\nBest,\nDaniel";

    private const string WeakEnglish = "Hi Rachel,\n\nas I said before, we will look into it ASAP.\n\nDaniel";

    private async Task<(DemoPage Demo, List<string> Checks)> ReplyAsync(string lang, string body)
    {
        var (user, subject) = lang == "de" ? (DemoServerFixture.Anna, "Kontaktformular") : (DemoServerFixture.Daniel, "Online booking");
        var demo = await server.OpenDemoAsync(user, lang);
        var checks = new List<string>();
        demo.Page.Request += (_, request) =>
        {
            if (request.Url.EndsWith("/api/drafts/send-check", StringComparison.Ordinal))
            {
                checks.Add(request.PostData ?? "");
            }
        };
        await demo.OpenThreadAsync(subject);
        await Expect(demo.Pane.GetByTestId("situation-card")).ToBeVisibleAsync();
        await demo.Page.Locator("[data-action=reply-all]").ClickAsync();
        await demo.Page.Locator("#compose-format").SelectOptionAsync("text");
        await demo.Page.Locator("#compose-body").FillAsync(body);
        return (demo, checks);
    }

    private static Task SendAsync(DemoPage demo) => demo.Page.Locator("[data-action=send]").ClickAsync();

    /// <summary>
    /// Presses Send and says what happened: "alert", or why the mail went out. On an overloaded machine
    /// the server can miss the 2.5 s budget, and the mail then goes out unchecked by design; what these
    /// tests check is the review, so such a send is written again and tried up to three times.
    /// </summary>
    private static async Task<string?> SendUntilAnsweredAsync(DemoPage demo, string body)
    {
        for (var attempt = 1; ; attempt++)
        {
            await SendAsync(demo);
            await Expect(demo.Page.GetByTestId("smart-alert").Or(demo.Page.GetByTestId("sent-notice"))).ToBeVisibleAsync();
            if (await demo.Page.GetByTestId("smart-alert").CountAsync() > 0)
            {
                return "alert";
            }

            var why = await demo.Page.GetByTestId("sent-notice").GetAttributeAsync("data-why");
            if (why != "no-answer" || attempt == 3)
            {
                return why;
            }

            await demo.Page.Locator("[data-action=reply-all]").ClickAsync();
            await demo.Page.Locator("#compose-format").SelectOptionAsync("text");
            await demo.Page.Locator("#compose-body").FillAsync(body);
        }
    }

    [Theory]
    [InlineData("de", GoodGerman)]
    [InlineData("en", GoodEnglish)]
    public async Task A_reply_that_answers_everything_goes_out_without_a_dialog(string lang, string body)
    {
        var (demo, checks) = await ReplyAsync(lang, body);
        await using var _ = demo;

        var outcome = await SendUntilAnsweredAsync(demo, body);

        Assert.Equal("clean", outcome);
        Assert.NotEmpty(checks);
        await Expect(demo.Page.GetByTestId("smart-alert")).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("de", "Trotzdem senden", "Zurück zum Entwurf", "Noch offen:", "Könnten Sie sich das bitte kurzfristig ansehen?", "Versprechen ohne Termin: „zeitnah“")]
    [InlineData("en", "Send anyway", "Go back and edit", "Still open:", "Could you please let me know who is looking into this and when it will be fixed?", "Promise without a date: “ASAP”")]
    public async Task A_reply_that_misses_asks_is_held_with_the_list_in_the_users_language(string lang, string sendAnyway, string goBack, string stillOpen, string openAsk, string item)
    {
        var weak = lang == "de" ? WeakGerman : WeakEnglish;
        var (demo, _) = await ReplyAsync(lang, weak);
        await using var _ = demo;

        Assert.Equal("alert", await SendUntilAnsweredAsync(demo, weak));

        var alert = demo.Page.GetByRole(AriaRole.Alertdialog);
        await Expect(alert).ToBeVisibleAsync();
        await Expect(alert).ToContainTextAsync(stillOpen);
        await Expect(alert.GetByTestId("open-asks")).ToContainTextAsync(openAsk);
        await Expect(alert.GetByTestId("alert-items")).ToContainTextAsync(item);
        await Expect(alert.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = sendAnyway })).ToBeFocusedAsync();
        var violations = (await demo.Page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await demo.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(server.Artifacts, "screenshots", $"send-check-alert-{lang}.png") });

        // Keyboard only: Tab moves to "go back", Enter returns to the draft, which is kept as written;
        // Send again unchanged sends it (Outlook before Mailbox 1.14 has no "Send anyway" button).
        await demo.Page.Keyboard.PressAsync("Tab");
        await Expect(alert.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = goBack })).ToBeFocusedAsync();
        await demo.Page.Keyboard.PressAsync("Enter");
        await Expect(alert).ToHaveCountAsync(0);
        await Expect(demo.Page.GetByTestId("compose")).ToBeVisibleAsync();
        Assert.Contains(lang == "de" ? "zeitnah" : "ASAP", await demo.Page.Locator("#compose-body").InputValueAsync(), StringComparison.Ordinal);
        await SendAsync(demo);
        await Expect(demo.Page.GetByTestId("sent-notice")).ToHaveAttributeAsync("data-why", "insisted");
        await demo.Page.Locator("[data-action=reply-all]").ClickAsync();
        await demo.Page.Locator("#compose-format").SelectOptionAsync("text");

        // After an edit the reply is reviewed again, and "Send anyway" sends it as it is.
        var edited = weak + (lang == "de" ? " Danke." : " Thanks.");
        await demo.Page.Locator("#compose-body").FillAsync(edited);
        Assert.Equal("alert", await SendUntilAnsweredAsync(demo, edited));
        await alert.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = sendAnyway }).ClickAsync();
        await Expect(demo.Page.GetByTestId("sent-notice")).ToHaveAttributeAsync("data-why", "sent-anyway");
    }

    [Fact]
    public async Task When_the_server_is_down_the_mail_goes_out()
    {
        var (demo, checks) = await ReplyAsync("de", WeakGerman);
        await using var _ = demo;
        await demo.Page.Context.RouteAsync(SendCheckRoute, route => route.AbortAsync("connectionrefused"));

        await SendAsync(demo);

        await Expect(demo.Page.GetByTestId("sent-notice")).ToHaveAttributeAsync("data-why", "no-answer");
        await Expect(demo.Page.GetByTestId("smart-alert")).ToHaveCountAsync(0);
        Assert.Single(checks);
    }

    [Fact]
    public async Task When_the_server_is_too_slow_the_mail_goes_out_within_the_budget()
    {
        var (demo, _) = await ReplyAsync("en", WeakEnglish);
        await using var _ = demo;
        await demo.Page.Context.RouteAsync(SendCheckRoute, async route =>
        {
            await Task.Delay(TimeSpan.FromSeconds(6));
            await route.ContinueAsync();
        });

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await SendAsync(demo);
        await Expect(demo.Page.GetByTestId("sent-notice")).ToHaveAttributeAsync("data-why", "no-answer", new LocatorAssertionsToHaveAttributeOptions { Timeout = 5_000 });

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4.5), $"sending took {clock.Elapsed.TotalSeconds:0.0} s");
        await Expect(demo.Page.GetByTestId("smart-alert")).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("de", "Antworten an Kunden beim Senden prüfen")]
    [InlineData("en", "Review my replies to clients when I press Send")]
    public async Task With_the_users_switch_off_nothing_is_checked_and_the_mail_goes_out(string lang, string switchLabel)
    {
        var (demo, checks) = await ReplyAsync(lang, lang == "de" ? WeakGerman : WeakEnglish);
        await using var _ = demo;
        await demo.ShowTabAsync("settings");
        var toggle = demo.Pane.GetByRole(AriaRole.Switch, new FrameLocatorGetByRoleOptions { Name = switchLabel });
        await Expect(toggle).ToBeCheckedAsync();
        await demo.Pane.GetByText(switchLabel).ClickAsync();
        await Expect(toggle).Not.ToBeCheckedAsync();
        await Expect(demo.Pane.GetByText(lang == "de" ? "Gespeichert." : "Saved.")).ToBeVisibleAsync();

        await SendAsync(demo);

        await Expect(demo.Page.GetByTestId("sent-notice")).ToHaveAttributeAsync("data-why", "switched-off");
        Assert.Empty(checks);
        await Expect(demo.Page.GetByTestId("smart-alert")).ToHaveCountAsync(0);
        await demo.ShowTabAsync("settings");
        await Expect(toggle).Not.ToBeCheckedAsync();
    }
}
