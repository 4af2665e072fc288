using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutlookClientCare.Browser.Tests;

[Collection(DemoServerCollection.Name)]
public sealed class ToDoTests(DemoServerFixture server)
{
    [Fact]
    public async Task With_To_Do_on_a_follow_up_is_a_linked_task_and_ticking_either_side_off_completes_the_other()
    {
        const string user = DemoServerFixture.Daniel;
        await using var demo = await server.OpenDemoAsync(user, "en");
        var conversationId = await demo.Thread("Website down").GetAttributeAsync("data-conversation");
        await demo.ShowTabAsync("follow-ups");
        var toggle = demo.Pane.GetByTestId("todo-switch").GetByRole(AriaRole.Switch, new LocatorGetByRoleOptions { Name = "Also as Microsoft To Do tasks" });
        await Expect(toggle).Not.ToBeCheckedAsync();
        await demo.Pane.GetByTestId("todo-switch").ClickAsync();
        await Expect(demo.Pane.GetByText("Follow-ups now also go to To Do.")).ToBeVisibleAsync();
        await Expect(toggle).ToBeCheckedAsync();

        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var mine = "Send the incident report " + Guid.NewGuid().ToString("N")[..6];
        var theirs = "Confirm the new DNS entries " + Guid.NewGuid().ToString("N")[..6];
        var summary = JsonSerializer.Serialize(new
        {
            agreed = new[] { "The site is back up" },
            nextSteps = new[] { new { what = mine, owner = "Daniel", due }, new { what = theirs, owner = "Mike", due } },
        });
        await server.PostJsonAsync($"/api/threads/{Uri.EscapeDataString(conversationId!)}/follow-up-summary", user, summary);

        await demo.ShowTabAsync("situation");
        await demo.ShowTabAsync("follow-ups");
        var dueList = demo.Pane.GetByTestId("due-list");
        var mineRow = dueList.Locator("li").Filter(new LocatorFilterOptions { HasText = mine });
        var theirsRow = dueList.Locator("li").Filter(new LocatorFilterOptions { HasText = theirs });
        await Expect(mineRow.GetByTestId("in-todo")).ToBeVisibleAsync();
        await Expect(theirsRow.GetByTestId("in-todo")).ToBeVisibleAsync();
        var tasks = await TasksAsync(user);
        var mineTask = tasks.Single(t => t.GetProperty("title").GetString() == mine);
        var theirsTask = tasks.Single(t => t.GetProperty("title").GetString() == theirs);
        Assert.Equal("OutlookClientCare", mineTask.GetProperty("linkedResources")[0].GetProperty("applicationName").GetString());
        await demo.ScreenshotAsync(server, "follow-ups-en-todo");

        // Done in the pane: the task is ticked off in To Do.
        await mineRow.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Done" }).ClickAsync();
        await Expect(mineRow).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("done"));
        Assert.Equal("completed", (await TasksAsync(user)).Single(t => t.GetProperty("id").GetString() == mineTask.GetProperty("id").GetString()).GetProperty("status").GetString());

        // Ticked off in To Do: the follow-up is done the next time the pane looks.
        using (var tick = new HttpRequestMessage(HttpMethod.Patch, $"/graph-sandbox/_sandbox/users/{user}/todo/tasks/{theirsTask.GetProperty("id").GetString()}")
        {
            Content = new StringContent("{\"status\":\"completed\"}", Encoding.UTF8, "application/json"),
        })
        {
            (await server.Http.SendAsync(tick)).EnsureSuccessStatusCode();
        }

        await demo.ShowTabAsync("situation");
        await demo.ShowTabAsync("follow-ups");
        await Expect(demo.Pane.Locator("[data-view=follow-ups] [aria-busy=true]")).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = 15_000 });
        await Expect(demo.Pane.Locator("li").Filter(new LocatorFilterOptions { HasText = theirs })).ToHaveCountAsync(0);
        await Expect(demo.Pane.Locator("li").Filter(new LocatorFilterOptions { HasText = mine })).ToHaveCountAsync(0);
    }

    private async Task<List<JsonElement>> TasksAsync(string user)
    {
        var json = await server.Http.GetStringAsync(new Uri($"/graph-sandbox/_sandbox/users/{user}/todo/tasks", UriKind.Relative));
        return [.. JsonDocument.Parse(json).RootElement.Clone().EnumerateArray()];
    }
}
