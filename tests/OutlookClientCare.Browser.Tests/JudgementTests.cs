using static Microsoft.Playwright.Assertions;

namespace OutlookClientCare.Browser.Tests;

/// <summary>
/// The situation card tells the user where the client stands now, in the user's language: how the
/// mood moves, whether the matter is settled, when a mail is no client conversation, and when the
/// signs are too thin to name a mood.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class JudgementTests(DemoServerFixture server)
{
    [Theory]
    [InlineData(DemoServerFixture.Anna, "de", "Hosting-Rechnung", "Ruhig", "beruhigt sich", "Die Sache scheint erledigt")]
    [InlineData(DemoServerFixture.Daniel, "en", "Website down", "Calm", "calming down", "The matter looks settled")]
    public async Task A_client_who_settled_reads_calm_calming_down_and_settled_without_a_risk(
        string user, string lang, string subject, string mood, string direction, string settled)
    {
        await using var demo = await server.OpenDemoAsync(user, lang);
        await demo.OpenThreadAsync(subject);

        await Expect(demo.Pane.GetByTestId("mood")).ToContainTextAsync(mood);
        await Expect(demo.Pane.GetByTestId("mood-direction")).ToHaveTextAsync(direction);
        await Expect(demo.Pane.GetByTestId("resolved-note")).ToContainTextAsync(settled);
        await Expect(demo.Pane.GetByTestId("risk")).ToHaveCountAsync(0);
        await demo.ScreenshotAsync(server, $"judgement-settled-{lang}");
    }

    [Theory]
    [InlineData(DemoServerFixture.Anna, "de", "Wartungsarbeiten", "Keine Kundenkorrespondenz")]
    [InlineData(DemoServerFixture.Daniel, "en", "ALERT", "Not a client conversation")]
    public async Task A_newsletter_or_an_alert_is_shown_as_no_client_conversation(string user, string lang, string subject, string note)
    {
        await using var demo = await server.OpenDemoAsync(user, lang);
        await demo.OpenThreadAsync(subject);

        await Expect(demo.Pane.GetByTestId("bulk-note")).ToContainTextAsync(note);
        await Expect(demo.Pane.GetByTestId("mood")).ToHaveCountAsync(0);
        await Expect(demo.Pane.GetByTestId("risk")).ToHaveCountAsync(0);
        await demo.ScreenshotAsync(server, $"judgement-bulk-{lang}");
    }

    [Theory]
    [InlineData("de", "Unklar", "vielleicht")]
    [InlineData("en", "Unclear", "perhaps")]
    public async Task Thin_evidence_is_shown_as_unclear_instead_of_a_guess(string lang, string unclear, string hedge)
    {
        await using var demo = await server.OpenDemoAsync(DemoServerFixture.Daniel, lang);
        await demo.OpenThreadAsync("moodboards");

        await Expect(demo.Pane.GetByTestId("mood")).ToHaveTextAsync(unclear);
        await Expect(demo.Pane.GetByTestId("mood-why")).ToContainTextAsync(hedge);
        await demo.ScreenshotAsync(server, $"judgement-unclear-{lang}");
    }

    [Theory]
    [InlineData(DemoServerFixture.Anna, "de", "Onlineshop Nordlicht", "droht mit Kündigung", "Vertrag kündigen")]
    [InlineData(DemoServerFixture.Daniel, "en", "LMS integration", "threatens to cancel", "cancel the contract")]
    public async Task Escalation_signals_are_words_with_the_clients_sentence_never_codes(string user, string lang, string subject, string words, string sentence)
    {
        await using var demo = await server.OpenDemoAsync(user, lang);
        await demo.OpenThreadAsync(subject);

        var signals = demo.Pane.GetByTestId("signals");
        await Expect(signals).ToContainTextAsync(words);
        await Expect(signals).ToContainTextAsync(sentence);
        await Expect(demo.Pane.GetByTestId("situation-card")).Not.ToContainTextAsync("refund-demand");
        await Expect(demo.Pane.GetByTestId("situation-card")).Not.ToContainTextAsync("repeated-follow-up");
        await Expect(demo.Pane.Locator(".reason")).Not.ToContainTextAsync("(cancel");
        await demo.ScreenshotAsync(server, $"judgement-signals-{lang}");
    }
}
