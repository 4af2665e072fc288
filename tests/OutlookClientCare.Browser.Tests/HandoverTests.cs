using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutlookClientCare.Browser.Tests;

[Collection(DemoServerCollection.Name)]
public sealed class HandoverTests(DemoServerFixture server)
{
    [Fact]
    public async Task Anna_hands_an_angry_clients_thread_to_Daniel_who_sees_the_brief_in_his_pane()
    {
        await using var anna = await server.OpenDemoAsync(DemoServerFixture.Anna, "de");
        var conversationId = await anna.OpenThreadAsync("Onlineshop Nordlicht");
        await Expect(anna.Pane.GetByTestId("situation-card")).ToBeVisibleAsync();
        await anna.Pane.GetByRole(AriaRole.Button, new FrameLocatorGetByRoleOptions { Name = "Übergeben", Exact = true }).ClickAsync();

        // Search by name with the keyboard, pick Daniel, add a note, look at the brief, create the draft.
        await anna.Pane.GetByTestId("colleague-query").FillAsync("Dan");
        await anna.Pane.GetByTestId("colleague-query").PressAsync("Enter");
        await anna.Pane.GetByRole(AriaRole.Radio, new FrameLocatorGetByRoleOptions { Name = "Daniel Brooks" }).CheckAsync();
        await anna.Pane.GetByTestId("handover-note").FillAsync("Bitte <b>heute</b> anrufen");
        await anna.Pane.GetByRole(AriaRole.Button, new FrameLocatorGetByRoleOptions { Name = "Übergabe-Notiz ansehen" }).ClickAsync();
        var brief = anna.Pane.GetByTestId("handover-preview").GetByTestId("brief");
        await Expect(brief).ToHaveAttributeAsync("data-language", "en");
        await Expect(brief).ToContainTextAsync("Verärgert");
        await Expect(brief).ToContainTextAsync("Bitte <b>heute</b> anrufen");
        await anna.ScreenshotAsync(server, "situation-de-handover-preview");
        await anna.Pane.GetByRole(AriaRole.Button, new FrameLocatorGetByRoleOptions { Name = "Weiterleitung als Entwurf erstellen" }).ClickAsync();

        var created = anna.Pane.GetByTestId("handover-created");
        await Expect(created).ToContainTextAsync("Daniel Brooks", new LocatorAssertionsToContainTextOptions { Timeout = 15_000 });
        var draftId = await created.GetAttributeAsync("data-draft-id");
        using var messages = JsonDocument.Parse(await (await server.Http.GetAsync(new Uri($"/graph-sandbox/_sandbox/users/{DemoServerFixture.Anna}/messages", UriKind.Relative))).Content.ReadAsStringAsync());
        var draft = messages.RootElement.EnumerateArray().Single(m => m.GetProperty("id").GetString() == draftId);
        Assert.True(draft.GetProperty("isDraft").GetBoolean());
        Assert.StartsWith("FW: ", draft.GetProperty("subject").GetString(), StringComparison.Ordinal);
        Assert.Equal(DemoServerFixture.Daniel, draft.GetProperty("toRecipients")[0].GetProperty("emailAddress").GetProperty("address").GetString());
        Assert.Contains("Hand-over", draft.GetProperty("body").GetProperty("content").GetString(), StringComparison.Ordinal);

        // Anna's waiting list marks the thread as handed over and no longer counts it as hers.
        await anna.ShowTabAsync("follow-ups");
        var row = anna.Pane.Locator($"[data-testid=waiting-list] li[data-handed-over='{DemoServerFixture.Daniel}']");
        await Expect(row).ToContainTextAsync("Übergeben an Daniel Brooks");
        await Expect(anna.Pane.GetByTestId("handed-over-count")).ToBeVisibleAsync();

        // Daniel's pane lists the hand-over with the brief, in his language.
        await using var daniel = await server.OpenDemoAsync(DemoServerFixture.Daniel, "en");
        await daniel.ShowTabAsync("follow-ups");
        var toMe = daniel.Pane.GetByTestId("handovers-to-me");
        await Expect(toMe).ToContainTextAsync("from Anna Keller");
        await toMe.Locator("summary").First.ClickAsync();
        await Expect(toMe.GetByTestId("brief").First).ToContainTextAsync("Bitte <b>heute</b> anrufen");
        await Expect(toMe.GetByTestId("brief").First).ToContainTextAsync("Angry");
        await daniel.ScreenshotAsync(server, "follow-ups-en-handed-to-me");
        Assert.False(string.IsNullOrEmpty(conversationId));
    }

    [Fact]
    public async Task The_first_colleague_search_asks_for_the_directory_permission_then_finds_the_colleague()
    {
        await using var demo = await server.OpenDemoAsync(DemoServerFixture.Daniel, "en");
        var calls = 0;
        await demo.Page.Context.RouteAsync("**/api/colleagues?*", async route =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                await route.FulfillAsync(new RouteFulfillOptions
                {
                    Status = 403,
                    ContentType = "application/problem+json",
                    Body = JsonSerializer.Serialize(new
                    {
                        type = "https://outlookclientcare.example/problems/consent-required",
                        title = "More permission is needed.",
                        status = 403,
                        scopes = new[] { "https://graph.microsoft.com/User.ReadBasic.All" },
                    }),
                });
            }
            else
            {
                await route.ContinueAsync();
            }
        });
        await demo.OpenThreadAsync("Website down");
        await Expect(demo.Pane.GetByTestId("situation-card")).ToBeVisibleAsync();
        await demo.Pane.GetByRole(AriaRole.Button, new FrameLocatorGetByRoleOptions { Name = "Hand over", Exact = true }).ClickAsync();

        await demo.Pane.GetByTestId("colleague-query").FillAsync("Katrin");
        await demo.Pane.GetByRole(AriaRole.Button, new FrameLocatorGetByRoleOptions { Name = "Search", Exact = true }).ClickAsync();

        await Expect(demo.Pane.GetByTestId("colleagues")).ToContainTextAsync("Katrin Hoffmann");
        Assert.Equal(2, Volatile.Read(ref calls));
    }
}
