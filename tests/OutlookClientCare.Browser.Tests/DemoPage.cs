using Microsoft.Playwright;

namespace OutlookClientCare.Browser.Tests;

/// <summary>The demo page with the task pane in its iframe, driven as a user would.</summary>
public sealed class DemoPage(IPage page, IBrowserContext context) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public IFrameLocator Pane => Page.FrameLocator("#pane");

    public IFrame PaneFrame => Page.Frames.First(f => f.Url.Contains("/pane/taskpane.html", StringComparison.Ordinal));

    public ILocator Thread(string subjectPart) =>
        Page.Locator(".thread").Filter(new LocatorFilterOptions { HasText = subjectPart }).First;

    public async Task WaitForPaneAsync()
    {
        await Pane.Locator("[role=tab]").First.WaitForAsync();
    }

    /// <summary>Opens a thread from the list; returns its conversation id.</summary>
    public async Task<string> OpenThreadAsync(string subjectPart)
    {
        var row = Thread(subjectPart);
        var conversationId = await row.GetAttributeAsync("data-conversation") ?? throw new InvalidOperationException("The row has no conversation.");
        await row.ClickAsync();
        return conversationId;
    }

    public Task ShowTabAsync(string tab) => Pane.Locator($"[role=tab][data-tab='{tab}']").ClickAsync();

    public async Task ScreenshotAsync(DemoServerFixture fixture, string name)
    {
        var folder = Path.Combine(fixture.Artifacts, "screenshots");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + "-page.png") });
        await Page.Locator("#pane").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(folder, name + "-pane.png") });
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
