using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutlookClientCare.Browser.Tests;

[Collection(DemoServerCollection.Name)]
public sealed class ClientCardTests(DemoServerFixture server)
{
    [Fact]
    public async Task The_client_card_of_the_open_message_can_be_edited_and_is_there_when_the_pane_opens_again()
    {
        await using (var demo = await server.OpenDemoAsync(DemoServerFixture.Anna, "de"))
        {
            await demo.OpenThreadAsync("Kontaktformular");
            await demo.ShowTabAsync("client");
            var card = demo.Pane.GetByTestId("client-card");
            await card.GetByLabel("Zugesagte Antwortzeit").FillAsync("innerhalb von 4 Stunden");
            await card.GetByLabel("Lieferungen (eine pro Zeile)").FillAsync("Kontaktformular reparieren\nSpam-Schutz");
            await card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Speichern" }).ClickAsync();
            await Expect(card.GetByText("Gespeichert.")).ToBeVisibleAsync();
        }

        await using var again = await server.OpenDemoAsync(DemoServerFixture.Anna, "de");
        await again.OpenThreadAsync("Kontaktformular");
        await again.ShowTabAsync("client");
        var reopened = again.Pane.GetByTestId("client-card");
        await Expect(reopened.GetByLabel("Zugesagte Antwortzeit")).ToHaveValueAsync("innerhalb von 4 Stunden");
        await Expect(reopened.GetByLabel("Lieferungen (eine pro Zeile)")).ToHaveValueAsync("Kontaktformular reparieren\nSpam-Schutz");
        await again.ScreenshotAsync(server, "client-de-saved");
    }

    [Fact]
    public async Task A_note_added_from_the_situation_card_is_listed_under_the_thread()
    {
        await using var demo = await server.OpenDemoAsync(DemoServerFixture.Daniel, "en");
        await demo.Page.Locator(".thread").Nth(1).ClickAsync();
        await Expect(demo.Pane.GetByTestId("situation-card")).ToBeVisibleAsync();
        await demo.Pane.GetByRole(AriaRole.Button, new FrameLocatorGetByRoleOptions { Name = "Add note" }).ClickAsync();
        await demo.Pane.GetByLabel("Note about this client").FillAsync("Called him; he prefers short updates <b>daily</b>.");
        await demo.Pane.GetByRole(AriaRole.Button, new FrameLocatorGetByRoleOptions { Name = "Save note" }).ClickAsync();
        var notes = demo.Pane.Locator(".note-list");
        await Expect(notes).ToContainTextAsync("Called him; he prefers short updates <b>daily</b>.");
        Assert.Equal(0, await notes.Locator("b").CountAsync());
    }
}
