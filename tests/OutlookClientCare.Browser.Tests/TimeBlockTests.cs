using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutlookClientCare.Browser.Tests;

[Collection(DemoServerCollection.Name)]
public sealed class TimeBlockTests(DemoServerFixture server)
{
    private const string OurCategory = "OutlookClientCare";

    [Fact]
    public async Task Booking_now_puts_blocks_into_the_week_picture_and_into_the_calendar()
    {
        const string user = DemoServerFixture.Daniel;
        await using var demo = await server.OpenDemoAsync(user, "en");
        await demo.ShowTabAsync("time");
        var week = demo.Pane.GetByTestId("week");
        await Expect(week.Locator("li.day")).ToHaveCountAsync(10);

        await demo.Pane.GetByRole(AriaRole.Button, new FrameLocatorGetByRoleOptions { Name = "Book now" }).ClickAsync();
        await Expect(demo.Pane.GetByText("Booked:")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 20_000 });
        await Expect(week.Locator(".slot-ours").First).ToBeVisibleAsync();

        var pictured = new HashSet<string>(StringComparer.Ordinal);
        foreach (var day in await week.Locator("li.day").AllAsync())
        {
            if (await day.Locator(".slot-ours").CountAsync() > 0)
            {
                pictured.Add((await day.GetAttributeAsync("data-date"))!);
            }
        }

        using var events = JsonDocument.Parse(await (await server.Http.GetAsync(new Uri($"/graph-sandbox/_sandbox/users/{user}/events", UriKind.Relative))).Content.ReadAsStringAsync());
        var booked = events.RootElement.EnumerateArray()
            .Where(e => e.TryGetProperty("categories", out var c) && c.EnumerateArray().Any(x => x.GetString() == OurCategory))
            .Select(e => e.GetProperty("start").GetProperty("dateTime").GetString()![..10])
            .ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(pictured);
        Assert.Subset(booked, pictured);
        await demo.ScreenshotAsync(server, "time-en-booked");
    }
}
