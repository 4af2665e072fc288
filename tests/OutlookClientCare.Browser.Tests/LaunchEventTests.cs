using System.Text.Json;
using Microsoft.Playwright;

namespace OutlookClientCare.Browser.Tests;

/// <summary>
/// The real OnMessageSend handler (launchevent.html and launchevent.js as the server ships them) in
/// Chromium. Outlook cannot run here, so Office.js from the CDN is answered with a small stand-in
/// that offers the compose item, roaming settings and requirement sets the handler asks for, and
/// records what the handler tells Outlook in event.completed.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class LaunchEventTests(DemoServerFixture server)
{
    private const string WeakReply = "Hallo Frau Kröger,\n\nwie bereits erwähnt, kümmern wir uns zeitnah darum.\n\nGruß\nAnna";

    private const string OutlookStandIn =
        """
        (() => {
          const o = JSON.parse(decodeURIComponent(location.hash.slice(1)));
          const ok = (value) => ({ status: "succeeded", value });
          const session = {};
          window.__requests = [];
          window.Office = {
            AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
            CoercionType: { Html: "html", Text: "text" },
            MailboxEnums: { SendModeOverride: { PromptUser: "promptUser" } },
            actions: { associate: (name, fn) => { (window.__handlers ??= {})[name] = fn; } },
            context: {
              displayLanguage: o.language,
              requirements: { isSetSupported: (set, version) => set === "Mailbox" && Number(version.split(".")[1]) <= o.mailbox },
              roamingSettings: { get: (key) => o.settings[key] },
              mailbox: {
                userProfile: { emailAddress: o.me },
                item: {
                  conversationId: o.conversationId,
                  body: { getTypeAsync: (cb) => cb(ok("text")), getAsync: (type, cb) => cb(ok(o.body)) },
                  subject: { getAsync: (cb) => cb(ok("AW: Kontaktformular")) },
                  to: { getAsync: (cb) => cb(ok(o.to.map((emailAddress) => ({ emailAddress })))) },
                  cc: { getAsync: (cb) => cb(ok([])) },
                  sessionData: {
                    getAsync: (key, cb) => cb(key in session ? ok(session[key]) : { status: "failed", error: { message: "none" } }),
                    setAsync: (key, value, cb) => { session[key] = value; cb(ok()); },
                  },
                },
              },
            },
          };
          const send = window.fetch.bind(window);
          window.fetch = (url, init) => { window.__requests.push(String(url)); return send(url, init); };
        })();
        """;

    private async Task<(JsonElement Completed, string[] Requests)> SendAsync(object outlook, Func<IBrowserContext, Task>? network = null)
    {
        var context = await server.Browser.NewContextAsync();
        try
        {
            await context.RouteAsync(DemoServerFixture.OfficeCdn, route => route.FulfillAsync(new RouteFulfillOptions { ContentType = "text/javascript", Body = OutlookStandIn }));
            if (network is not null)
            {
                await network(context);
            }

            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(server.BaseUrl, "/pane/launchevent.html#" + Uri.EscapeDataString(JsonSerializer.Serialize(outlook))).ToString());
            var completed = await page.EvaluateAsync<JsonElement>(
                "() => new Promise((resolve) => window.__handlers.onMessageSendHandler({ completed: (options) => resolve(options) }))");
            var requests = await page.EvaluateAsync<string[]>("() => window.__requests");
            return (completed, requests);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private async Task<object> OutlookAsync(int mailbox = 14, string body = WeakReply, bool? switchOn = null, string language = "de-DE")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graph-sandbox/v1.0/me/mailFolders/inbox/messages?$select=subject,conversationId,from&$top=100");
        request.Headers.Authorization = new("Bearer", "sandbox:" + DemoServerFixture.Anna);
        using var response = await server.Http.SendAsync(request);
        using var threads = JsonDocument.Parse(await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync());
        var thread = threads.RootElement.GetProperty("value").EnumerateArray().First(m => m.GetProperty("subject").GetString()!.Contains("Kontaktformular", StringComparison.Ordinal));
        // Anna read the client's message before replying: the pane asked for the situation, as it does when a message opens.
        await server.GetJsonAsync("/api/threads/" + Uri.EscapeDataString(thread.GetProperty("conversationId").GetString()!) + "/situation", DemoServerFixture.Anna);
        return new
        {
            language,
            mailbox,
            me = DemoServerFixture.Anna,
            conversationId = thread.GetProperty("conversationId").GetString(),
            to = new[] { thread.GetProperty("from").GetProperty("emailAddress").GetProperty("address").GetString() },
            body,
            settings = switchOn is null ? new Dictionary<string, object>() : new Dictionary<string, object> { ["occ.sendCheck"] = switchOn.Value },
        };
    }

    [Fact]
    public async Task A_weak_reply_is_held_with_the_review_send_anyway_and_go_back_to_the_pane_on_Mailbox_1_14()
    {
        var (completed, requests) = await SendAsync(await OutlookAsync());

        Assert.False(completed.GetProperty("allowEvent").GetBoolean());
        var message = completed.GetProperty("errorMessage").GetString()!;
        Assert.StartsWith("Beantwortet 0 von 2 Fragen", message, StringComparison.Ordinal);
        Assert.Contains("Noch offen:\n• Könnten Sie sich das bitte kurzfristig ansehen?", message, StringComparison.Ordinal);
        Assert.Contains("• Versprechen ohne Termin: „zeitnah“", message, StringComparison.Ordinal);
        Assert.EndsWith("Trotzdem senden oder zurück zum Entwurf?", message, StringComparison.Ordinal);
        Assert.InRange(message.Length, 1, 500);
        Assert.Equal("promptUser", completed.GetProperty("sendModeOverride").GetString());
        Assert.Equal(("Zurück zum Entwurf", "occComposeButton"), (completed.GetProperty("cancelLabel").GetString(), completed.GetProperty("commandId").GetString()));
        Assert.Contains(requests, r => r.EndsWith("/api/drafts/send-check", StringComparison.Ordinal) && r.StartsWith(server.BaseUrl.ToString().TrimEnd('/'), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Before_Mailbox_1_14_the_alert_says_how_to_send_anyway_and_sets_nothing_that_Outlook_lacks()
    {
        var (completed, _) = await SendAsync(await OutlookAsync(mailbox: 12, language: "en-US"));

        Assert.False(completed.GetProperty("allowEvent").GetBoolean());
        Assert.EndsWith("Go back and edit, or press Send again to send it as it is.", completed.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
        Assert.False(completed.TryGetProperty("sendModeOverride", out _));
        Assert.False(completed.TryGetProperty("commandId", out _));
    }

    [Fact]
    public async Task A_reply_that_answers_everything_is_sent()
    {
        var good = "Sehr geehrte Frau Kröger,\n\ndanke für Ihre Nachricht, und es tut mir leid, dass Anfragen verloren gegangen sind. Ich habe mir das Kontaktformular kurzfristig angesehen: " +
            "Der Versand hing an einem abgelaufenen Zugang beim Mailserver. Das ist behoben, Sie verlieren keine neuen Patienten mehr über das Formular. " +
            "Die Anfragen der letzten Tage habe ich Ihnen gesammelt weitergeleitet, und ich melde mich gern telefonisch, wenn Sie Fragen haben.\n\nViele Grüße\nAnna Keller";

        var (completed, requests) = await SendAsync(await OutlookAsync(body: good));

        Assert.True(completed.GetProperty("allowEvent").GetBoolean());
        Assert.Contains(requests, r => r.EndsWith("/api/drafts/send-check", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_the_server_down_or_the_users_switch_off_the_mail_is_sent()
    {
        var (down, _) = await SendAsync(await OutlookAsync(), c => c.RouteAsync("**/api/drafts/send-check", r => r.AbortAsync("connectionrefused")));
        var (off, requests) = await SendAsync(await OutlookAsync(switchOn: false));

        Assert.True(down.GetProperty("allowEvent").GetBoolean());
        Assert.True(off.GetProperty("allowEvent").GetBoolean());
        Assert.DoesNotContain(requests, r => r.Contains("send-check", StringComparison.Ordinal));
    }
}
