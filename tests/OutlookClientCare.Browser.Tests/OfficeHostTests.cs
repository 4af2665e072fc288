using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutlookClientCare.Browser.Tests;

/// <summary>
/// The pane inside "Outlook": the CDN request for Office.js is answered with a small stand-in of
/// Office.js's mailbox API, so the pane takes its Office host path (the only code that calls
/// Office.*) and we can see exactly which Office calls it makes.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class OfficeHostTests(DemoServerFixture server)
{
    [Fact]
    public async Task In_outlook_read_mode_the_pane_reads_the_open_message_and_opens_reply_all_with_the_chosen_snippets()
    {
        var conversationId = await FirstConversationAsync(DemoServerFixture.Anna);
        await using var outlook = await OpenInOutlookAsync(Item.Read(conversationId));
        await Expect(outlook.Page.GetByTestId("situation-card")).ToBeVisibleAsync();
        Assert.Equal("de", await outlook.Page.EvaluateAsync<string>("() => document.documentElement.lang"));

        await outlook.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Antworten mit …" }).ClickAsync();
        await outlook.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Antwort öffnen" }).ClickAsync();
        var html = await WaitForCallAsync(outlook.Page, "displayReplyAllForm");
        Assert.StartsWith("<", html, StringComparison.Ordinal);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(html) <= 32 * 1024);
    }

    [Theory]
    [InlineData("html")]
    [InlineData("text")]
    public async Task In_outlook_compose_mode_a_snippet_goes_in_with_set_selected_data_as_html_or_as_text_by_body_type(string bodyType)
    {
        var conversationId = await FirstConversationAsync(DemoServerFixture.Anna);
        await using var outlook = await OpenInOutlookAsync(Item.Compose(conversationId, bodyType));
        await outlook.Page.Locator("[data-snippet=acknowledge-impact]").ClickAsync();
        await outlook.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "An der Cursorposition einfügen" }).ClickAsync();
        var call = await WaitForCallAsync(outlook.Page, "setSelectedDataAsync", withCoercion: true);
        var (data, coercion) = (call.Split('\u0001')[0], call.Split('\u0001')[1]);
        Assert.Equal(bodyType, coercion);
        if (bodyType == "html")
        {
            Assert.Contains("<p", data, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain("<p", data, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(data));
        }
    }

    private async Task<string> FirstConversationAsync(string user)
    {
        using var inbox = JsonDocument.Parse(await (await server.Http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graph-sandbox/v1.0/me/mailFolders/inbox/messages?$select=conversationId&$top=1")
        {
            Headers = { { "Authorization", $"Bearer sandbox:{user}" } },
        })).Content.ReadAsStringAsync());
        return inbox.RootElement.GetProperty("value")[0].GetProperty("conversationId").GetString()!;
    }

    private async Task<DemoPage> OpenInOutlookAsync(string item)
    {
        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 350, Height = 900 } });
        await context.RouteAsync(DemoServerFixture.OfficeCdn, route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "application/javascript",
            Body = FakeOfficeJs.Replace("__ITEM__", item, StringComparison.Ordinal),
        }));
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseUrl, "/pane/taskpane.html").ToString());
        await page.Locator("[role=tab]").First.WaitForAsync();
        return new DemoPage(page, context);
    }

    private static async Task<string> WaitForCallAsync(IPage page, string name, bool withCoercion = false)
    {
        var handle = await page.WaitForFunctionAsync(
            "([name, withCoercion]) => { const c = (window.officeCalls || []).find(c => c[0] === name); return c ? (withCoercion ? c[1] + '\\u0001' + c[2] : c[1]) : null; }",
            new object[] { name, withCoercion });
        return await handle.JsonValueAsync<string>();
    }

    private static class Item
    {
        public static string Read(string conversationId) => $$"""
            { itemType: "message", itemId: "AAMk-read", conversationId: {{JsonSerializer.Serialize(conversationId)}}, subject: "Betreff",
              from: { displayName: "Kunde", emailAddress: "kunde@example.com" },
              displayReplyAllForm: (o) => window.officeCalls.push(["displayReplyAllForm", o.htmlBody]) }
            """;

        public static string Compose(string conversationId, string bodyType) => $$"""
            { itemType: "message", conversationId: {{JsonSerializer.Serialize(conversationId)}},
              body: {
                getTypeAsync: (cb) => cb({ status: "succeeded", value: {{JsonSerializer.Serialize(bodyType)}} }),
                getAsync: (type, cb) => cb({ status: "succeeded", value: "" }),
                setAsync: (data, options, cb) => cb({ status: "succeeded" }),
                setSelectedDataAsync: (data, options, cb) => { window.officeCalls.push(["setSelectedDataAsync", data, options.coercionType]); cb({ status: "succeeded" }); } } }
            """;
    }

    private const string FakeOfficeJs = """
        window.officeCalls = [];
        window.Office = {
          HostType: { Outlook: "Outlook" },
          AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
          CoercionType: { Html: "html", Text: "text" },
          EventType: { ItemChanged: "olkItemSelectedChanged" },
          MailboxEnums: { RestVersion: { v2_0: "v2.0" }, ItemType: { Message: "message" } },
          onReady: () => Promise.resolve({ host: "Outlook", platform: "OfficeOnline" }),
          context: {
            displayLanguage: "de-DE",
            mailbox: {
              item: __ITEM__,
              convertToRestId: (id) => id,
              convertToEwsId: (id) => id,
              addHandlerAsync: (type, handler, cb) => cb && cb({ status: "succeeded" }),
              displayMessageForm: (id) => window.officeCalls.push(["displayMessageForm", id]),
            },
          },
        };
        """;
}
