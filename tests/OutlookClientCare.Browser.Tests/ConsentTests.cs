using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutlookClientCare.Browser.Tests;

/// <summary>
/// When the server answers that Microsoft Graph needs consent or a stronger sign-in, the pane signs
/// in again asking for it and repeats the call once; if Graph still says no, it says what to do.
/// The server's answer is played by the browser (a routed response), since demo mode never asks.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class ConsentTests(DemoServerFixture server)
{
    private static readonly string ConsentProblem = JsonSerializer.Serialize(new
    {
        type = "https://outlookclientcare.example/problems/consent-required",
        title = "More permission is needed.",
        status = 403,
        detail = "Microsoft Graph needs your consent before OutlookClientCare can continue.",
        scopes = new[] { "https://graph.microsoft.com/Mail.ReadWrite" },
        claims = "{\"access_token\":{\"capolids\":{\"essential\":true,\"values\":[\"c1\"]}}}",
    });

    [Fact]
    public async Task After_one_consent_problem_the_pane_signs_in_again_and_shows_the_situation()
    {
        await using var demo = await server.OpenDemoAsync(DemoServerFixture.Anna, "de");
        var calls = 0;
        await demo.Page.Context.RouteAsync("**/api/threads/*/situation", async route =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 403, ContentType = "application/problem+json", Body = ConsentProblem });
            }
            else
            {
                await route.ContinueAsync();
            }
        });

        await demo.OpenThreadAsync("SEO-Betreuung");

        await Expect(demo.Pane.GetByTestId("situation-card")).ToBeVisibleAsync();
        Assert.Equal(2, Volatile.Read(ref calls));
    }

    [Fact]
    public async Task When_graph_still_refuses_the_pane_explains_consent_instead_of_asking_forever()
    {
        await using var demo = await server.OpenDemoAsync(DemoServerFixture.Daniel, "en");
        var calls = 0;
        await demo.Page.Context.RouteAsync("**/api/threads/*/situation", async route =>
        {
            Interlocked.Increment(ref calls);
            await route.FulfillAsync(new RouteFulfillOptions { Status = 403, ContentType = "application/problem+json", Body = ConsentProblem });
        });

        await demo.Page.Locator(".thread").First.ClickAsync();

        var error = demo.Pane.Locator(".message-bar.error");
        await Expect(error).ToContainTextAsync("needs your permission");
        await Task.Delay(500);
        Assert.Equal(2, Volatile.Read(ref calls));
        await demo.ScreenshotAsync(server, "situation-en-consent");
    }
}
