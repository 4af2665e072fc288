using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutlookClientCare.Browser.Tests;

[Collection(DemoServerCollection.Name)]
public sealed class FollowUpTests(DemoServerFixture server)
{
    [Fact]
    public async Task One_click_on_follow_up_summary_creates_a_reply_draft_in_the_mailbox_and_shows_it()
    {
        const string user = DemoServerFixture.Anna;
        await using var demo = await server.OpenDemoAsync(user, "de");
        var conversationId = await demo.OpenThreadAsync("Go-live");
        await Expect(demo.Pane.GetByTestId("situation-card")).ToBeVisibleAsync();
        await demo.Pane.GetByRole(AriaRole.Button, new FrameLocatorGetByRoleOptions { Name = "Zusammenfassung" }).ClickAsync();

        var created = demo.Pane.GetByTestId("summary-created");
        await Expect(created).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 15_000 });
        var draftId = await created.GetAttributeAsync("data-draft-id");

        using var messages = JsonDocument.Parse(await (await server.Http.GetAsync(new Uri($"/graph-sandbox/_sandbox/users/{user}/messages", UriKind.Relative))).Content.ReadAsStringAsync());
        var draft = messages.RootElement.EnumerateArray().Single(m => m.GetProperty("id").GetString() == draftId);
        Assert.True(draft.GetProperty("isDraft").GetBoolean());
        Assert.Equal(conversationId, draft.GetProperty("conversationId").GetString());
        await demo.ScreenshotAsync(server, "situation-de-summary");

        // The drafts folder of the demo mailbox shows it too.
        await demo.Page.Locator("[data-folder=drafts]").ClickAsync();
        await Expect(demo.Page.Locator($".thread[data-conversation='{conversationId}']")).ToBeVisibleAsync();
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
