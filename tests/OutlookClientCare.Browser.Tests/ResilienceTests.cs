using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutlookClientCare.Browser.Tests;

[Collection(DemoServerCollection.Name)]
public sealed class ResilienceTests(DemoServerFixture server)
{
    [Fact]
    public async Task When_outlook_data_is_unreachable_the_pane_says_so_in_a_sentence_and_retry_brings_the_list()
    {
        await using var demo = await server.OpenDemoAsync(DemoServerFixture.Daniel, "en");
        var rule = $$"""{ "kind": "service-unavailable", "route": "GET /me/messages", "user": "{{DemoServerFixture.Daniel}}", "retryAfterSeconds": 0 }""";
        using (var added = await server.Http.PostAsync(new Uri("/graph-sandbox/_sandbox/faults", UriKind.Relative), new StringContent(rule, Encoding.UTF8, "application/json")))
        {
            added.EnsureSuccessStatusCode();
        }

        try
        {
            // The demo page has listed the inbox already; "who is waiting" reads the mailbox through the server.
            await demo.ShowTabAsync("follow-ups");
            var error = demo.Pane.Locator(".message-bar.error");
            await Expect(error).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 20_000 });
            await Expect(error).ToContainTextAsync("Outlook's data is not reachable right now.");
            await Expect(error).Not.ToContainTextAsync("Exception");
            await demo.ScreenshotAsync(server, "follow-ups-en-error");
        }
        finally
        {
            using var cleared = await server.Http.DeleteAsync(new Uri("/graph-sandbox/_sandbox/faults", UriKind.Relative));
        }

        await demo.Pane.GetByRole(AriaRole.Button, new FrameLocatorGetByRoleOptions { Name = "Try again" }).ClickAsync();
        await Expect(demo.Pane.GetByTestId("waiting-list")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 10_000 });
    }
}
