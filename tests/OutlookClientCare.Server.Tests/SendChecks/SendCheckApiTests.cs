using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using OutlookClientCare.GraphSandbox.Hosting;
using OutlookClientCare.Server.Demo;
using OutlookClientCare.Server.Tests.Coach;
using OutlookClientCare.Server.Tests.FollowUps;
using OutlookClientCare.Server.Tests.Infrastructure;
using OutlookClientCare.Server.Tests.Sandbox;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.SendChecks;

/// <summary>
/// Anna replies to Karl Kunde, who asked two things on Monday (ExtraThreads.Questions); the clock is
/// Tuesday 24 November 2026, 10:00 in Berlin.
/// </summary>
public sealed class SendCheckApiTests
{
    private const string AnswersBoth =
        "Guten Tag Herr Kunde,\n\ndie Lieferung kommt am Freitag, 27. November, bis 12 Uhr bei Ihnen an. Die korrigierte Rechnung schicke ich Ihnen heute noch.\n\nViele Grüße\nAnna";

    private const string AnswersOne =
        "Guten Tag Herr Kunde,\n\ndie Lieferung kommt am Freitag, 27. November, bis 12 Uhr bei Ihnen an.\n\nViele Grüße\nAnna";

    private sealed class Host : IAsyncDisposable
    {
        private Host(GraphSandboxHost sandbox, ClientCareApp app)
        {
            Sandbox = sandbox;
            App = app;
        }

        public GraphSandboxHost Sandbox { get; }

        public ClientCareApp App { get; }

        public static async Task<Host> StartAsync(Dictionary<string, string?>? settings = null, Action<JsonObject>? adjust = null)
        {
            var time = new FakeTimeProvider(ToolkitHost.Start);
            var sandbox = await GraphSandboxHost.StartAsync(SandboxTestTenant.Create(seed =>
            {
                ExtraThreads.Add(seed);
                adjust?.Invoke(seed);
            }), time);
            return new Host(sandbox, new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl, settings, time));
        }

        public async Task<(HttpStatusCode Status, JsonElement Body)> CheckAsync(object request, string user = Anna)
        {
            var client = App.CreateClient();
            client.DefaultRequestHeaders.Add(DemoAuthenticationHandler.UserHeader, user);
            var response = await client.PostAsJsonAsync("/api/drafts/send-check", request);
            return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
        }

        public async ValueTask DisposeAsync()
        {
            await App.DisposeAsync();
            await Sandbox.DisposeAsync();
        }
    }

    private static object Draft(string body, string bodyType = "text", string conversationId = ExtraThreads.Questions, string[]? to = null) => new
    {
        conversationId,
        to = to ?? [Client],
        cc = Array.Empty<string>(),
        subject = "AW: Lieferung und Rechnung",
        body,
        bodyType,
    };

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    [Fact]
    public async Task A_reply_that_answers_every_ask_is_sent_without_a_review()
    {
        await using var host = await Host.StartAsync();

        var (status, body) = await host.CheckAsync(Draft(AnswersBoth));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("send", body.GetProperty("verdict").GetString());
        Assert.Empty(Strings(body.GetProperty("openAsks")));
        Assert.Equal(0, body.GetProperty("items").GetArrayLength());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("title").GetString()));
        Assert.Equal(1, host.Sandbox.Counters.Get("GET /me/messages", Anna));
    }

    [Fact]
    public async Task A_reply_that_misses_an_ask_is_held_with_the_open_ask_named()
    {
        await using var host = await Host.StartAsync();

        var (status, body) = await host.CheckAsync(Draft("<p>Guten Tag Herr Kunde,</p><p>die Lieferung kommt am Freitag, 27. November, bis 12 Uhr bei Ihnen an.</p><p>Viele Grüße<br>Anna</p>", "html"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("review", body.GetProperty("verdict").GetString());
        Assert.Equal("Beantwortet 1 von 2 Fragen", body.GetProperty("title").GetString());
        Assert.Equal(["Können Sie mir bitte die korrigierte Rechnung schicken?"], Strings(body.GetProperty("openAsks")));
    }

    [Fact]
    public async Task Blame_and_du_towards_a_Sie_client_are_items_with_the_words_and_a_suggestion()
    {
        await using var host = await Host.StartAsync();

        var (_, body) = await host.CheckAsync(Draft("Hallo Karl,\n\ndas ist passiert, weil du die Adresse nicht geschickt hast. Die Lieferung kommt am Freitag, die korrigierte Rechnung schicke ich dir heute.\n\nAnna"));

        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal("review", body.GetProperty("verdict").GetString());
        Assert.Contains(items, i => i.GetProperty("kind").GetString() == "blame" && i.GetProperty("text").GetString()!.Contains("weil du", StringComparison.Ordinal));
        Assert.Contains(items, i => i.GetProperty("kind").GetString() == "address-form");
        Assert.All(items, i => Assert.False(string.IsNullOrWhiteSpace(i.GetProperty("suggestion").GetString())));
    }

    [Fact]
    public async Task A_promised_day_the_calendar_cannot_keep_is_named_with_a_day_that_has_time()
    {
        // Wednesday 25 November is booked from 8 to 18 in Berlin.
        await using var host = await Host.StartAsync(adjust: seed => seed["users"]![0]!["events"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "AAMkWorkshop",
            ["subject"] = "Workshop",
            ["showAs"] = "busy",
            ["start"] = new JsonObject { ["dateTime"] = "2026-11-25T08:00:00", ["timeZone"] = "Europe/Berlin" },
            ["end"] = new JsonObject { ["dateTime"] = "2026-11-25T18:00:00", ["timeZone"] = "Europe/Berlin" },
        }));

        var (_, body) = await host.CheckAsync(Draft(AnswersBoth.Replace("heute noch", "bis Mittwoch", StringComparison.Ordinal)));

        var item = Assert.Single(body.GetProperty("items").EnumerateArray(), i => i.GetProperty("kind").GetString() == "calendar-conflict");
        Assert.Equal("review", body.GetProperty("verdict").GetString());
        Assert.Equal("Ihr Kalender ist am Mittwoch, 25. November voll. Zeit hätten Sie am Donnerstag, 26. November.", item.GetProperty("suggestion").GetString());
    }

    [Fact]
    public async Task Mail_only_to_colleagues_or_outside_a_thread_is_not_checked_and_the_thread_is_not_read()
    {
        await using var host = await Host.StartAsync();

        var internalOnly = await host.CheckAsync(Draft(AnswersOne, to: ["ben@contoso.example", "Team <team@CONTOSO.example>"]));
        var noThread = await host.CheckAsync(Draft(AnswersOne, conversationId: ""));

        Assert.Equal("send", internalOnly.Body.GetProperty("verdict").GetString());
        Assert.Equal("send", noThread.Body.GetProperty("verdict").GetString());
        Assert.Equal(0, host.Sandbox.Counters.Get("GET /me/messages", Anna));
    }

    [Fact]
    public async Task An_administrator_who_switched_the_check_off_gets_send_without_any_mailbox_read()
    {
        await using var host = await Host.StartAsync(new() { ["SendCheck:Enabled"] = "false" });

        var (status, body) = await host.CheckAsync(Draft(AnswersOne));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("send", body.GetProperty("verdict").GetString());
        Assert.Equal(0, host.Sandbox.Counters.Total);
    }

    [Fact]
    public async Task Another_users_conversation_is_simply_not_a_thread_of_theirs()
    {
        await using var host = await Host.StartAsync();

        var (status, body) = await host.CheckAsync(Draft(AnswersOne), Ben);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("send", body.GetProperty("verdict").GetString());
        Assert.DoesNotContain("Rechnung", body.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"conversationId":"x","to":["a@b.example"],"body":"Hallo"}""", "bodyType")]
    [InlineData("""{"conversationId":"x","to":["a@b.example"],"body":"Hallo","bodyType":"rtf"}""", "bodyType")]
    [InlineData("""{"conversationId":"x","to":["a@b.example"],"bodyType":"text"}""", "body")]
    [InlineData("""{"conversationId":"x","to":[""],"body":"Hallo","bodyType":"text"}""", "to[0]")]
    public async Task A_malformed_request_is_a_400_naming_the_field(string json, string field)
    {
        await using var host = await Host.StartAsync();
        var client = host.App.CreateClient();
        client.DefaultRequestHeaders.Add(DemoAuthenticationHandler.UserHeader, Anna);

        var response = await client.PostAsync("/api/drafts/send-check", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }
}
