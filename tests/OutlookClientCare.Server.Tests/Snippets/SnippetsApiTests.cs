using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookClientCare.Server.Tests.Coach;
using OutlookClientCare.Server.Tests.FollowUps;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Snippets;

public sealed class SnippetsApiTests
{
    private static object Custom(string template) => new
    {
        title = new { de = "Kurzer Dank", en = "Short thanks" },
        description = new { de = "Bedankt sich beim Kunden.", en = "Thanks the client." },
        variants = new[] { new { language = "de", form = "sie", tone = "warm", template } },
    };

    [Fact]
    public async Task Snippets_are_listed_with_titles_in_the_UI_language_and_can_be_searched()
    {
        await using var host = await ToolkitHost.StartAsync();
        var anna = host.ClientFor(Anna);

        var german = await anna.GetFromJsonAsync<JsonElement>("/api/snippets?language=de&ui=de");
        var english = await anna.GetFromJsonAsync<JsonElement>("/api/snippets?language=de&ui=en");
        var search = await anna.GetFromJsonAsync<JsonElement>("/api/snippets?ui=de&q=lösung");

        Assert.Contains(german.EnumerateArray(), s => s.GetProperty("id").GetString() == "acknowledge-impact" && s.GetProperty("title").GetString() == "Folgen anerkennen");
        Assert.Contains(english.EnumerateArray(), s => s.GetProperty("id").GetString() == "acknowledge-impact" && s.GetProperty("title").GetString() == "Acknowledge the impact");
        Assert.Contains(search.EnumerateArray(), s => s.GetProperty("id").GetString() == "propose-solution");
        Assert.DoesNotContain(search.EnumerateArray(), s => s.GetProperty("id").GetString() == "acknowledge-impact");
    }

    [Fact]
    public async Task A_snippet_rendered_for_a_thread_is_filled_from_the_client_asks_and_escapes_them()
    {
        await using var host = await ToolkitHost.StartAsync();

        var response = await host.ClientFor(Anna).PostAsJsonAsync("/api/snippets/what-i-hear/render", new { conversationId = ThreadId, language = "de", form = "sie" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rendered = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Nachricht 24 & Frage?", rendered.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("Nachricht 24 &amp; Frage?", rendered.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Equal("sie", rendered.GetProperty("form").GetString());
    }

    [Fact]
    public async Task The_client_card_and_the_next_booked_client_block_fill_the_snippet()
    {
        await using var host = await ToolkitHost.StartAsync(ExtraThreads.Add);
        var anna = host.ClientFor(Anna);
        await anna.PutAsJsonAsync($"/api/clients/{Client}/card", new { agreedTimelines = new[] { "Phase 1 bis 15. Januar" }, deliverables = new[] { "Lieferplan" } });

        var expectations = await anna.PostAsJsonAsync("/api/snippets/set-expectations/render", new { conversationId = ExtraThreads.Questions, language = "de" });
        var proposal = await anna.PostAsJsonAsync("/api/snippets/propose-solution/render", new { language = "de", form = "sie" });

        var expectationsText = (await expectations.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("text").GetString();
        Assert.Contains("Phase 1 bis 15. Januar", expectationsText, StringComparison.Ordinal);
        Assert.Contains("Lieferplan", expectationsText, StringComparison.Ordinal);
        var proposalText = (await proposal.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("text").GetString();
        Assert.Contains("Einen festen Termin nenne ich Ihnen bis Mittwoch, 10:00.", proposalText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_values_typed_into_the_pane_are_escaped_in_the_html()
    {
        await using var host = await ToolkitHost.StartAsync();

        var response = await host.ClientFor(Anna).PostAsJsonAsync("/api/snippets/acknowledge-impact/render", new
        {
            language = "en",
            values = new { impact = "<img src=x onerror=alert(1)> launch" },
        });

        var html = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("html").GetString();
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt; launch", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Own_snippets_can_be_created_listed_rendered_replaced_and_deleted()
    {
        await using var host = await ToolkitHost.StartAsync();
        var anna = host.ClientFor(Anna);

        var created = await anna.PutAsJsonAsync("/api/snippets/custom/kurzer-dank", Custom("Vielen Dank, {{ user.name }}!"));
        var listed = await anna.GetFromJsonAsync<JsonElement>("/api/snippets?ui=de");
        var first = await anna.PostAsJsonAsync("/api/snippets/kurzer-dank/render", new { language = "de" });
        await anna.PutAsJsonAsync("/api/snippets/custom/kurzer-dank", Custom("Danke schön."));
        var second = await anna.PostAsJsonAsync("/api/snippets/kurzer-dank/render", new { language = "de" });
        var deleted = await anna.DeleteAsync("/api/snippets/custom/kurzer-dank");
        var afterDelete = await anna.PostAsJsonAsync("/api/snippets/kurzer-dank/render", new { language = "de" });

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains(listed.EnumerateArray(), s => s.GetProperty("id").GetString() == "kurzer-dank" && !s.GetProperty("isBuiltIn").GetBoolean() && s.GetProperty("title").GetString() == "Kurzer Dank");
        Assert.Equal("Vielen Dank, Anna Albrecht!", (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("text").GetString());
        Assert.Equal("Danke schön.", (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("text").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, afterDelete.StatusCode);
    }

    [Theory]
    [InlineData("Guten Tag,\n{% if asks.size > 0 %}offen", 2)]
    [InlineData("Guten Tag,\n\nDank an {{ clinet.name }}", 3)]
    [InlineData("{% include 'secret' %}", 1)]
    public async Task A_bad_template_is_a_400_naming_template_with_line_and_column(string template, int line)
    {
        await using var host = await ToolkitHost.StartAsync();
        var anna = host.ClientFor(Anna);

        var response = await anna.PutAsJsonAsync("/api/snippets/custom/kaputt", Custom(template));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var message = problem.GetProperty("errors").GetProperty("template")[0].GetString();
        Assert.Contains($"line {line}, column", message, StringComparison.Ordinal);
        Assert.Equal(line, problem.GetProperty("templateError").GetProperty("line").GetInt32());
        Assert.True(problem.GetProperty("templateError").GetProperty("column").GetInt32() >= 1);
        Assert.Equal(0, (await anna.GetFromJsonAsync<JsonElement>("/api/snippets/custom")).GetArrayLength());
    }

    [Fact]
    public async Task A_built_in_id_cannot_be_taken_for_an_own_snippet()
    {
        await using var host = await ToolkitHost.StartAsync();

        var response = await host.ClientFor(Anna).PutAsJsonAsync("/api/snippets/custom/boundary", Custom("Nein."));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"id\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ben_neither_sees_nor_renders_nor_deletes_Annas_own_snippets()
    {
        await using var host = await ToolkitHost.StartAsync();
        await host.ClientFor(Anna).PutAsJsonAsync("/api/snippets/custom/kurzer-dank", Custom("Danke."));
        var ben = host.ClientFor(Ben);

        var list = await ben.GetFromJsonAsync<JsonElement>("/api/snippets/custom");
        var render = await ben.PostAsJsonAsync("/api/snippets/kurzer-dank/render", new { language = "de" });
        var delete = await ben.DeleteAsync("/api/snippets/custom/kurzer-dank");

        Assert.Equal(0, list.GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, render.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(1, (await host.ClientFor(Anna).GetFromJsonAsync<JsonElement>("/api/snippets/custom")).GetArrayLength());
    }
}
