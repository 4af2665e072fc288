using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutlookClientCare.Browser.Tests;

[Collection(DemoServerCollection.Name)]
public sealed class AccessibilityTests(DemoServerFixture server)
{
    private static readonly string[] ReadViews = ["situation", "follow-ups", "time", "client", "settings"];

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public async Task Every_view_has_no_serious_accessibility_violation_and_every_control_is_reachable_by_keyboard(string lang)
    {
        await using var demo = await OpenReadAsync(lang, width: 1440);
        var problems = new List<string>();
        foreach (var view in ReadViews)
        {
            await ShowAsync(demo, view);
            problems.AddRange(await CheckAsync(demo, $"{view}-{lang}-wide"));
        }

        await StartCoachedReplyAsync(demo, lang);
        problems.AddRange(await CheckAsync(demo, $"compose-{lang}-wide"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public async Task Every_view_fits_a_320_pixel_wide_pane_without_sideways_scrolling(string lang)
    {
        await using var demo = await OpenReadAsync(lang, width: 320);
        var problems = new List<string>();
        foreach (var view in ReadViews)
        {
            await ShowAsync(demo, view);
            problems.AddRange(await FitsAsync(demo, $"{view}-{lang}-320"));
        }

        await StartCoachedReplyAsync(demo, lang);
        problems.AddRange(await FitsAsync(demo, $"compose-{lang}-320"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public async Task The_hand_over_panel_with_its_brief_preview_is_accessible_and_reachable_by_keyboard(string lang)
    {
        await using var demo = await OpenReadAsync(lang, width: 1440);
        await demo.Pane.GetByRole(AriaRole.Button, new FrameLocatorGetByRoleOptions { Name = lang == "de" ? "Übergeben" : "Hand over", Exact = true }).ClickAsync();
        await demo.Pane.GetByTestId("colleague-query").FillAsync(lang == "de" ? "Hannah" : "Katrin");
        await demo.Pane.GetByTestId("colleague-query").PressAsync("Enter");
        await demo.Pane.Locator("[data-testid=colleagues] input[type=radio]").First.CheckAsync();
        await demo.Pane.GetByRole(AriaRole.Button, new FrameLocatorGetByRoleOptions { Name = lang == "de" ? "Übergabe-Notiz ansehen" : "Preview the brief" }).ClickAsync();
        await Expect(demo.Pane.GetByTestId("handover-preview").GetByTestId("brief")).ToBeVisibleAsync();
        await SettleAsync(demo);

        var problems = await CheckAsync(demo, $"handover-{lang}-wide");

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Arrow_keys_move_between_the_panes_tabs()
    {
        await using var demo = await OpenReadAsync("en", width: 1440);
        await demo.Pane.Locator("[role=tab][aria-selected=true]").FocusAsync();
        await demo.Page.Keyboard.PressAsync("ArrowRight");
        await Expect(demo.Pane.Locator("[role=tab][data-tab=compose]")).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(demo.Pane.Locator("[role=tab][data-tab=compose]")).ToBeFocusedAsync();
    }

    private async Task<DemoPage> OpenReadAsync(string lang, int width)
    {
        var user = lang == "de" ? DemoServerFixture.Anna : DemoServerFixture.Daniel;
        var demo = await server.OpenDemoAsync(user, lang, width: width, height: 900);
        await demo.Page.Locator(".thread").First.ClickAsync();
        await Expect(demo.Pane.GetByTestId("situation-card")).ToBeVisibleAsync();
        return demo;
    }

    private static async Task ShowAsync(DemoPage demo, string view)
    {
        await demo.ShowTabAsync(view);
        await SettleAsync(demo);
    }

    /// <summary>Lets the view finish loading: no progress indicator left.</summary>
    private static Task SettleAsync(DemoPage demo) =>
        Expect(demo.Pane.Locator("[aria-busy=true]")).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = 15_000 });

    private static async Task StartCoachedReplyAsync(DemoPage demo, string lang)
    {
        await demo.Page.Locator("[data-action=reply-all]").ClickAsync();
        await demo.Page.Locator("#compose-body").FillAsync(lang == "de" ? "Das ist nicht unser Fehler. Lesen Sie meine Mail nochmal." : "As I already explained, this is not our fault.");
        await Expect(demo.Pane.Locator("[data-snippet]").First).ToBeVisibleAsync();
        await demo.Pane.Locator("[data-snippet]").First.ClickAsync();
        await Expect(demo.Pane.GetByTestId("snippet-preview")).ToBeVisibleAsync();
        await demo.Pane.GetByRole(AriaRole.Button, new FrameLocatorGetByRoleOptions { Name = lang == "de" ? "Entwurf prüfen" : "Check my draft" }).ClickAsync();
        await Expect(demo.Pane.GetByTestId("coach-result")).ToBeVisibleAsync();
        await SettleAsync(demo);
    }

    private async Task<List<string>> CheckAsync(DemoPage demo, string name)
    {
        var problems = new List<string>();
        var results = await demo.Page.RunAxe();
        problems.AddRange(results.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{name}: {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}"));
        var unreachable = await UnreachableByTabAsync(demo);
        if (unreachable.Count > 0)
        {
            problems.Add($"{name}: not reachable with Tab: {string.Join(", ", unreachable)}");
        }

        await demo.ScreenshotAsync(server, name);
        return problems;
    }

    private async Task<List<string>> FitsAsync(DemoPage demo, string name)
    {
        var problems = new List<string>();
        var paneWidth = await demo.PaneFrame.EvaluateAsync<int>("() => document.documentElement.clientWidth");
        var overflow = await demo.PaneFrame.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (paneWidth is < 280 or > 320)
        {
            problems.Add($"{name}: the pane is {paneWidth} px wide, not about 320.");
        }

        if (overflow > 0)
        {
            problems.Add($"{name}: {overflow} px wider than the pane.");
        }

        await demo.Page.Locator("#pane").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(server.Artifacts, "screenshots", name + ".png") });
        return problems;
    }

    /// <summary>Tabs through the pane once and names the enabled, visible controls focus never reached.</summary>
    private static async Task<List<string>> UnreachableByTabAsync(DemoPage demo)
    {
        var expected = await demo.PaneFrame.EvaluateAsync<string[]>(
            """
            () => {
              const all = [...document.querySelectorAll('button, a[href], input, select, textarea, [tabindex]')];
              const out = [];
              all.forEach((e, i) => {
                e.dataset.kb = String(i);
                const hidden = e.getClientRects().length === 0 || getComputedStyle(e).visibility === 'hidden';
                const radioNotChosen = e.type === 'radio' && !e.checked;
                if (!e.disabled && !hidden && e.tabIndex >= 0 && !radioNotChosen) out.push(String(i));
              });
              return out;
            }
            """);
        await demo.Pane.Locator("[role=tab][aria-selected=true]").FocusAsync();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Date and time inputs take one Tab per field (hours, minutes), so allow more presses than controls.
        for (var i = 0; i < (expected.Length * 3) + 10 && seen.Count < expected.Length; i++)
        {
            var id = await demo.PaneFrame.EvaluateAsync<string?>("() => document.activeElement?.dataset?.kb ?? null");
            if (id is not null)
            {
                seen.Add(id);
            }

            await demo.Page.Keyboard.PressAsync("Tab");
        }

        var missing = expected.Where(e => !seen.Contains(e)).ToList();
        var names = new List<string>();
        foreach (var id in missing)
        {
            names.Add(await demo.PaneFrame.EvaluateAsync<string>("id => { const e = document.querySelector(`[data-kb='${id}']`); return e.outerHTML.slice(0, 120); }", id));
        }

        return names;
    }
}
