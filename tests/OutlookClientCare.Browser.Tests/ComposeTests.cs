using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutlookClientCare.Browser.Tests;

[Collection(DemoServerCollection.Name)]
public sealed class ComposeTests(DemoServerFixture server)
{
    private const string RudeDraft =
        "Sehr geehrter Herr Brandt, wie ich Ihnen bereits mehrfach erklärt habe, ist das nicht unser Fehler. " +
        "Lesen Sie meine letzte Mail bitte nochmal durch. Das hätten Sie auch selbst sehen können. Ich zeige dir das gern.";

    [Fact]
    public async Task Starting_a_reply_switches_the_pane_to_compose_and_a_snippet_lands_at_the_cursor_as_escaped_html()
    {
        await using var demo = await server.OpenDemoAsync(DemoServerFixture.Anna, "de");
        var conversationId = await demo.OpenThreadAsync("SEO-Betreuung");
        await demo.Page.Locator("[data-action=reply-all]").ClickAsync();
        await Expect(demo.Pane.Locator("[role=tab][data-tab=compose]")).ToHaveAttributeAsync("aria-selected", "true");

        var option = demo.Pane.Locator("[data-snippet=acknowledge-impact]");
        await option.ClickAsync();
        await Expect(demo.Pane.GetByTestId("snippet-preview")).Not.ToBeEmptyAsync();
        await demo.Pane.GetByRole(AriaRole.Button, new FrameLocatorGetByRoleOptions { Name = "An der Cursorposition einfügen" }).ClickAsync();
        await Expect(demo.Pane.GetByText("Eingefügt.")).ToBeVisibleAsync();

        using var rendered = JsonDocument.Parse(await server.PostJsonAsync(
            "/api/snippets/acknowledge-impact/render", DemoServerFixture.Anna,
            JsonSerializer.Serialize(new { conversationId, language = "de", form = "sie", tone = "warm" })));
        var html = rendered.RootElement.GetProperty("html").GetString()!;
        // The body holds the server's escaped HTML as markup, the way the browser reads it back.
        var expected = await demo.Page.EvaluateAsync<string>("html => { const t = document.createElement('template'); t.innerHTML = html; return t.innerHTML; }", html);
        var body = await demo.Page.Locator("#compose-body").InnerHTMLAsync();
        Assert.Contains(expected, body, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;p&gt;", body, StringComparison.Ordinal);
        await demo.ScreenshotAsync(server, "compose-de-inserted");
    }

    [Fact]
    public async Task Reply_with_opens_the_reply_form_with_the_chosen_snippets_and_the_pane_follows_into_compose()
    {
        await using var demo = await server.OpenDemoAsync(DemoServerFixture.Daniel, "en");
        await demo.Page.Locator(".thread").First.ClickAsync();
        await Expect(demo.Pane.GetByTestId("situation-card")).ToBeVisibleAsync();
        await demo.Pane.GetByRole(AriaRole.Button, new FrameLocatorGetByRoleOptions { Name = "Reply with …" }).ClickAsync();
        var chosen = demo.Pane.Locator(".pick input:checked");
        await Expect(chosen.First).ToBeVisibleAsync();
        var titles = await demo.Pane.Locator(".pick:has(input:checked) strong").AllInnerTextsAsync();
        await demo.Pane.GetByRole(AriaRole.Button, new FrameLocatorGetByRoleOptions { Name = "Open reply" }).ClickAsync();

        await Expect(demo.Page.GetByTestId("compose")).ToBeVisibleAsync();
        await Expect(demo.Page.Locator("#compose-body")).Not.ToBeEmptyAsync();
        await Expect(demo.Pane.Locator("[role=tab][data-tab=compose]")).ToHaveAttributeAsync("aria-selected", "true");
        Assert.NotEmpty(titles);
    }

    [Fact]
    public async Task On_a_plain_text_body_the_snippet_is_inserted_as_text()
    {
        await using var demo = await server.OpenDemoAsync(DemoServerFixture.Anna, "de");
        await demo.OpenThreadAsync("SEO-Betreuung");
        await demo.Page.Locator("[data-action=reply-all]").ClickAsync();
        await demo.Page.Locator("#compose-format").SelectOptionAsync("text");
        await demo.Pane.Locator("[data-snippet=acknowledge-impact]").ClickAsync();
        await demo.Pane.GetByRole(AriaRole.Button, new FrameLocatorGetByRoleOptions { Name = "An der Cursorposition einfügen" }).ClickAsync();
        await Expect(demo.Pane.GetByText("Eingefügt.")).ToBeVisibleAsync();
        var text = await demo.Page.Locator("#compose-body").InputValueAsync();
        Assert.False(string.IsNullOrWhiteSpace(text));
        Assert.DoesNotContain("<p>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coaching_a_rude_draft_lists_the_findings_and_one_click_rewords_a_passage()
    {
        await using var demo = await server.OpenDemoAsync(DemoServerFixture.Anna, "de");
        var conversationId = await demo.OpenThreadAsync("SEO-Betreuung");
        await demo.Page.Locator("[data-action=reply-all]").ClickAsync();
        await demo.Page.Locator("#compose-body").FillAsync(RudeDraft);
        await demo.Pane.GetByRole(AriaRole.Button, new FrameLocatorGetByRoleOptions { Name = "Entwurf prüfen" }).ClickAsync();

        var result = demo.Pane.GetByTestId("coach-result");
        await Expect(result).ToBeVisibleAsync();
        var editorHtml = await demo.Page.Locator("#compose-body").InnerHTMLAsync();
        using var coached = JsonDocument.Parse(await server.PostJsonAsync(
            "/api/drafts/coach", DemoServerFixture.Anna, JsonSerializer.Serialize(new { html = editorHtml, conversationId })));
        var kinds = coached.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("kind").GetString()!).ToList();
        Assert.NotEmpty(kinds);
        Assert.Contains(kinds, k => k is "blame" or "passive-aggressive" or "rudeness");
        await Expect(result.Locator(".finding")).ToHaveCountAsync(kinds.Count);
        await Expect(result.GetByTestId("answers")).ToContainTextAsync("Beantwortet");
        await demo.ScreenshotAsync(server, "compose-de-coach");

        // "dir" in a Sie-thread: the coach names the word to write instead, so one click rewords it.
        var addressForm = coached.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("kind").GetString() == "address-form");
        Assert.Equal("dir", addressForm.GetProperty("text").GetString());
        await result.Locator(".finding[data-kind=address-form]").GetByRole(AriaRole.Button).ClickAsync();
        await Expect(demo.Page.Locator("#compose-body")).ToContainTextAsync("Ich zeige Ihnen das gern.");
        await Expect(demo.Page.Locator("#compose-body")).Not.ToContainTextAsync(" dir ");
    }
}
