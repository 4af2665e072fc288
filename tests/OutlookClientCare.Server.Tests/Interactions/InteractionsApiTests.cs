using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookClientCare.Server.Tests.FollowUps;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Interactions;

public sealed class InteractionsApiTests
{
    [Fact]
    public async Task Pane_actions_are_logged_with_a_derived_text_and_found_by_address_domain_or_conversation()
    {
        await using var host = await ToolkitHost.StartAsync();
        var anna = host.ClientFor(Anna);

        var snippet = await anna.PostAsJsonAsync("/api/interactions", new { kind = "snippet-inserted", snippetId = "acknowledge-impact", client = Client, conversationId = ThreadId, language = "de" });
        host.Time.Advance(TimeSpan.FromMinutes(5));
        var note = await anna.PostAsJsonAsync("/api/interactions", new { kind = "note", client = "eva@client.example", text = "Rückruf vereinbart" });
        await anna.PostAsJsonAsync("/api/interactions", new { kind = "note", client = "x@other.example", text = "Andere Firma" });

        Assert.Equal(HttpStatusCode.Created, snippet.StatusCode);
        Assert.Equal(HttpStatusCode.Created, note.StatusCode);
        var byDomain = await anna.GetFromJsonAsync<JsonElement>("/api/interactions?client=client.example");
        Assert.Equal(["Rückruf vereinbart", "Textbaustein eingefügt: Folgen anerkennen"], byDomain.EnumerateArray().Select(e => e.GetProperty("text").GetString()));
        Assert.Equal(["note", "snippet-inserted"], byDomain.EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        var byAddress = await anna.GetFromJsonAsync<JsonElement>($"/api/interactions?client={Client}");
        Assert.Equal(1, byAddress.GetArrayLength());
        var byThread = await anna.GetFromJsonAsync<JsonElement>($"/api/interactions?conversationId={ThreadId}");
        Assert.Equal("snippet-inserted", Assert.Single(byThread.EnumerateArray()).GetProperty("kind").GetString());
        Assert.Equal("2026-11-24T09:00:00+00:00", byThread[0].GetProperty("at").GetString());
    }

    [Theory]
    [InlineData("""{"kind":"summary-drafted","text":"x"}""", "kind")]
    [InlineData("""{"kind":"note"}""", "text")]
    [InlineData("""{"kind":"snippet-inserted","snippetId":"no-such-snippet"}""", "snippetId")]
    [InlineData("""{"kind":"note","text":"x","client":"not an address"}""", "client")]
    public async Task Invalid_log_entries_are_a_400_naming_the_field(string body, string field)
    {
        await using var host = await ToolkitHost.StartAsync();

        var response = await host.ClientFor(Anna).PostAsync("/api/interactions", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Ben_does_not_see_Annas_log()
    {
        await using var host = await ToolkitHost.StartAsync();
        await host.ClientFor(Anna).PostAsJsonAsync("/api/interactions", new { kind = "note", client = Client, text = "Vertraulich" });

        var bens = await host.ClientFor(Ben).GetFromJsonAsync<JsonElement>($"/api/interactions?client={Client}");

        Assert.Equal(0, bens.GetArrayLength());
    }
}
