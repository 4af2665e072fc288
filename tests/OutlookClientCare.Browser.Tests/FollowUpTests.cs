using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutlookClientCare.Browser.Tests;

[Collection(DemoServerCollection.Name)]
public sealed class FollowUpTests(DemoServerFixture server)
{
    [Fact]
    public async Task The_summary_is_previewed_line_by_line_created_as_a_reply_draft_and_an_edit_updates_the_same_draft()
    {
        const string user = DemoServerFixture.Anna;
        await using var demo = await server.OpenDemoAsync(user, "de");
        var conversationId = await demo.OpenThreadAsync("Go-live");
        await Expect(demo.Pane.GetByTestId("situation-card")).ToBeVisibleAsync();
        await demo.Pane.GetByRole(AriaRole.Button, new FrameLocatorGetByRoleOptions { Name = "Zusammenfassung" }).ClickAsync();

        // An angry client with nothing agreed: the pane proposes the "what I hear" form and says why.
        var preview = demo.Pane.GetByTestId("summary-preview");
        await Expect(preview.GetByTestId("summary-form")).ToContainTextAsync("Was ich höre", new LocatorAssertionsToContainTextOptions { Timeout = 15_000 });
        await Expect(preview.GetByTestId("summary-reason")).ToContainTextAsync("verärgert");
        await Expect(preview.GetByLabel("Anrede")).ToHaveValueAsync("Sehr geehrter Herr Hansen");
        await Expect(preview.GetByTestId("summary-asks").Locator("textarea").First).Not.ToBeEmptyAsync();
        await Expect(preview.GetByTestId("summary-steps-hint")).ToContainTextAsync("Wiedervorlage");
        // The step that a point above already promises is marked where it stands, not only in the hint.
        await Expect(preview.GetByTestId("summary-steps").GetByTestId("summary-step-folded").First).ToContainTextAsync("beim Anliegen oben");
        await demo.ScreenshotAsync(server, "situation-de-summary-preview");
        await preview.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Entwurf erstellen" }).ClickAsync();

        var created = demo.Pane.GetByTestId("summary-created");
        await Expect(created).ToContainTextAsync("angelegt", new LocatorAssertionsToContainTextOptions { Timeout = 15_000 });
        var draftId = await created.GetAttributeAsync("data-draft-id");
        var draft = await DraftAsync(user, draftId);
        Assert.True(draft.GetProperty("isDraft").GetBoolean());
        Assert.Equal(conversationId, draft.GetProperty("conversationId").GetString());
        var body = draft.GetProperty("body").GetProperty("content").GetString()!;
        Assert.Contains("Sehr geehrter Herr Hansen,", System.Net.WebUtility.HtmlDecode(body), StringComparison.Ordinal);
        Assert.DoesNotContain("Eskalieren", body, StringComparison.Ordinal);
        // Each point once: "… – erledige ich bis …" under the points is not repeated as a step of Anna's on that day.
        var decoded = System.Net.WebUtility.HtmlDecode(body);
        var text = decoded[..decoded.IndexOf("<hr", StringComparison.Ordinal)];
        var point = "Der Rechnungskauf funktioniert auf der Testumgebung auch nicht";
        Assert.Equal(text.IndexOf(point, StringComparison.Ordinal), text.LastIndexOf(point, StringComparison.Ordinal));
        Assert.NotEqual(-1, text.IndexOf(point, StringComparison.Ordinal));
        await demo.ScreenshotAsync(server, "situation-de-summary");

        // Anna changes the greeting and creates it again: the same draft is updated.
        await demo.Pane.GetByRole(AriaRole.Button, new FrameLocatorGetByRoleOptions { Name = "Zusammenfassung" }).ClickAsync();
        await preview.GetByLabel("Anrede").FillAsync("Guten Tag Herr Hansen");
        await preview.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Entwurf erstellen" }).ClickAsync();
        await Expect(created).ToContainTextAsync("aktualisiert", new LocatorAssertionsToContainTextOptions { Timeout = 15_000 });
        Assert.Equal(draftId, await created.GetAttributeAsync("data-draft-id"));
        var updated = System.Net.WebUtility.HtmlDecode((await DraftAsync(user, draftId)).GetProperty("body").GetProperty("content").GetString()!);
        var ours = updated[..updated.IndexOf("<hr", StringComparison.Ordinal)];
        Assert.Contains("Guten Tag Herr Hansen,", ours, StringComparison.Ordinal);
        Assert.DoesNotContain("Sehr geehrter Herr Hansen,", ours, StringComparison.Ordinal);

        // The drafts folder of the demo mailbox shows it too.
        await demo.Page.Locator("[data-folder=drafts]").ClickAsync();
        await Expect(demo.Page.Locator($".thread[data-conversation='{conversationId}']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_point_the_proposal_missed_is_added_in_the_preview_and_an_added_line_left_empty_is_dropped()
    {
        const string user = DemoServerFixture.Daniel;
        await using var demo = await server.OpenDemoAsync(user, "en");
        await demo.OpenThreadAsync("Q1 roadmap call");
        await demo.Pane.GetByRole(AriaRole.Button, new FrameLocatorGetByRoleOptions { Name = "Summary" }).ClickAsync();
        var preview = demo.Pane.GetByTestId("summary-preview");
        await Expect(preview.GetByTestId("summary-form")).ToContainTextAsync("what was agreed", new LocatorAssertionsToContainTextOptions { Timeout = 15_000 });
        var agreedLines = preview.GetByTestId("summary-agreed").Locator("textarea");
        var askLines = preview.GetByTestId("summary-asks").Locator("textarea");
        var proposedAsks = await askLines.CountAsync();

        // Daniel adds what the proposal left out: the new line has the focus and a name, and its remove button names what he typed.
        await preview.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Add an agreed point" }).ClickAsync();
        await Expect(agreedLines.Last).ToBeFocusedAsync();
        await Expect(agreedLines.Last).ToHaveAttributeAsync("aria-label", "New agreed point");
        await agreedLines.Last.FillAsync("Roadmap workshop with the product leads in February");
        await Expect(preview.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Remove: Roadmap workshop with the product leads in February" })).ToBeVisibleAsync();
        await preview.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Add a request" }).ClickAsync();
        await askLines.Last.FillAsync("The agenda two days ahead <b>please</b>");
        // A line opened and left empty is not sent.
        await preview.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Add a request" }).ClickAsync();

        var request = await demo.Page.RunAndWaitForRequestAsync(
            () => preview.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Create draft" }).ClickAsync(),
            r => r.Method == "POST" && r.Url.EndsWith("/follow-up-summary", StringComparison.Ordinal));
        var sent = request.PostDataJSON()!.Value;
        var asks = sent.GetProperty("asks").EnumerateArray().Select(a => a.GetString()).ToList();
        Assert.Equal(proposedAsks + 1, asks.Count);
        Assert.Equal("The agenda two days ahead <b>please</b>", asks[^1]);
        Assert.Equal("Roadmap workshop with the product leads in February", sent.GetProperty("agreed").EnumerateArray().Last().GetString());

        var created = demo.Pane.GetByTestId("summary-created");
        await Expect(created).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 15_000 });
        var body = (await DraftAsync(user, await created.GetAttributeAsync("data-draft-id"))).GetProperty("body").GetProperty("content").GetString()!;
        var ours = body[..body.IndexOf("<hr", StringComparison.Ordinal)];
        var agreed = ours.IndexOf("Agreed:", StringComparison.Ordinal);
        var added = ours.IndexOf("<li>Roadmap workshop with the product leads in February</li>", StringComparison.Ordinal);
        var asked = ours.IndexOf("What you asked for:", StringComparison.Ordinal);
        // Typed text is text: the tag arrives escaped, under the client's requests.
        var typed = ours.IndexOf("<li>The agenda two days ahead &lt;b&gt;please&lt;/b&gt;</li>", StringComparison.Ordinal);
        Assert.True(agreed >= 0 && added > agreed && asked > added && typed > asked, ours);
    }

    [Fact]
    public async Task Removing_a_line_in_the_preview_keeps_the_focus_in_the_list()
    {
        await using var demo = await server.OpenDemoAsync(DemoServerFixture.Daniel, "en");
        await demo.OpenThreadAsync("Q1 roadmap call");
        await demo.Pane.GetByRole(AriaRole.Button, new FrameLocatorGetByRoleOptions { Name = "Summary" }).ClickAsync();
        var preview = demo.Pane.GetByTestId("summary-preview");
        var agreedLines = preview.GetByTestId("summary-agreed").Locator("textarea");
        await Expect(agreedLines.First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 15_000 });
        var before = await agreedLines.CountAsync();

        await preview.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Add an agreed point" }).ClickAsync();
        await agreedLines.Last.FillAsync("Second point");
        await preview.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Remove: Second point" }).ClickAsync();

        await Expect(agreedLines).ToHaveCountAsync(before);
        await Expect(agreedLines.Last).ToBeFocusedAsync();
    }

    private async Task<JsonElement> DraftAsync(string user, string? draftId)
    {
        using var messages = JsonDocument.Parse(await (await server.Http.GetAsync(new Uri($"/graph-sandbox/_sandbox/users/{user}/messages", UriKind.Relative))).Content.ReadAsStringAsync());
        return messages.RootElement.EnumerateArray().Single(m => m.GetProperty("id").GetString() == draftId).Clone();
    }

    [Fact]
    public async Task The_follow_up_view_lists_who_is_waiting_and_opening_one_shows_its_situation()
    {
        await using var demo = await server.OpenDemoAsync(DemoServerFixture.Anna, "de");
        await demo.ShowTabAsync("follow-ups");
        var waiting = demo.Pane.GetByTestId("waiting-list");
        await Expect(waiting).ToBeVisibleAsync();
        await waiting.Locator(".row-button").First.ClickAsync();
        await Expect(demo.Page.Locator(".reading-subject")).Not.ToBeEmptyAsync();
        await Expect(demo.Pane.GetByTestId("situation-card")).ToBeVisibleAsync();
    }
}
