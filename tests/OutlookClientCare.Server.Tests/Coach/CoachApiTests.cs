using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookClientCare.Server.Tests.FollowUps;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Coach;

public sealed class CoachApiTests
{
    [Fact]
    public async Task A_draft_with_a_conversation_reports_which_client_asks_it_answers_and_which_are_still_open()
    {
        await using var host = await ToolkitHost.StartAsync(ExtraThreads.Add);

        var response = await host.ClientFor(Anna).PostAsJsonAsync("/api/drafts/coach", new
        {
            text = "Guten Tag Herr Kunde,\n\ndie Lieferung kommt am Freitag, 4. Dezember, bis 12 Uhr bei Ihnen an.\n\nViele Grüße\nAnna",
            conversationId = ExtraThreads.Questions,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["Wann kommt endlich die Lieferung?"], result.GetProperty("answeredAsks").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["Können Sie mir bitte die korrigierte Rechnung schicken?"], result.GetProperty("openAsks").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("de", result.GetProperty("language").GetString());
    }

    [Fact]
    public async Task The_thread_form_of_address_makes_the_coach_flag_a_du_in_a_Sie_conversation()
    {
        await using var host = await ToolkitHost.StartAsync(ExtraThreads.Add);

        var result = await host.ClientFor(Anna).PostAsJsonAsync("/api/drafts/coach", new
        {
            html = "<p>Hallo Karl,</p><p>kannst du mir sagen, ob die Lieferung am Freitag bei dir ankommen soll? Ich melde mich bis Donnerstag.</p>",
            conversationId = ExtraThreads.Questions,
        });

        var body = await result.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(body.GetProperty("findings").EnumerateArray(), f => f.GetProperty("kind").GetString() == "address-form");
    }

    [Fact]
    public async Task A_draft_without_a_conversation_is_coached_without_reading_the_mailbox()
    {
        await using var host = await ToolkitHost.StartAsync();

        var response = await host.ClientFor(Anna).PostAsJsonAsync("/api/drafts/coach", new { text = "We will fix it ASAP.", language = "en" });

        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(result.GetProperty("findings").EnumerateArray(), f => f.GetProperty("kind").GetString() == "empty-promise");
        Assert.False(result.TryGetProperty("openAsks", out _));
        Assert.Equal(0, host.Sandbox.Counters.Total);
    }

    [Theory]
    [InlineData("""{"language":"de"}""", "text")]
    [InlineData("""{"text":"a","html":"<p>a</p>"}""", "html")]
    [InlineData("""{"text":"a","language":"fr"}""", "language")]
    public async Task Invalid_coach_requests_are_a_400_naming_the_field(string body, string field)
    {
        await using var host = await ToolkitHost.StartAsync();

        var response = await host.ClientFor(Anna).PostAsync("/api/drafts/coach", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Ben_cannot_coach_against_Annas_conversation()
    {
        await using var host = await ToolkitHost.StartAsync(ExtraThreads.Add);

        var response = await host.ClientFor(Ben).PostAsJsonAsync("/api/drafts/coach", new { text = "Hallo", conversationId = ExtraThreads.Questions });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
