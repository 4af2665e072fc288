using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookClientCare.Server.Tests.FollowUps;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Clients;

public sealed class ClientCardsApiTests
{
    private static readonly object FullCard = new
    {
        displayName = "Client GmbH",
        agreedTimelines = new[] { "Phase 1 bis 15. Januar" },
        deliverables = new[] { "Lieferplan", "Testbericht" },
        constraints = new[] { "Keine Änderungen nach Freigabe" },
        responseTimePromise = "Antwort innerhalb eines Werktags",
        preferredLanguage = "de",
        formOfAddress = "sie",
        checkInEveryDays = 14,
        notes = "Entscheidet mit dem Einkauf.",
    };

    [Fact]
    public async Task A_card_can_be_created_read_listed_replaced_and_deleted_by_domain()
    {
        await using var host = await ToolkitHost.StartAsync();
        var anna = host.ClientFor(Anna);

        var put = await anna.PutAsJsonAsync("/api/clients/Client.Example/card", FullCard);
        var read = await anna.GetFromJsonAsync<JsonElement>("/api/clients/client.example/card");
        await anna.PutAsJsonAsync("/api/clients/client.example/card", new { displayName = "Client GmbH", formOfAddress = "du" });
        var replaced = await anna.GetFromJsonAsync<JsonElement>("/api/clients/client.example/card");
        var list = await anna.GetFromJsonAsync<JsonElement>("/api/clients");
        var deleted = await anna.DeleteAsync("/api/clients/client.example/card");
        var gone = await anna.GetAsync("/api/clients/client.example/card");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("client.example", read.GetProperty("key").GetString());
        Assert.Equal("domain", read.GetProperty("kind").GetString());
        Assert.Equal(["Lieferplan", "Testbericht"], read.GetProperty("deliverables").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("Antwort innerhalb eines Werktags", read.GetProperty("responseTimePromise").GetString());
        Assert.Equal(14, read.GetProperty("checkInEveryDays").GetInt32());
        Assert.Equal("du", replaced.GetProperty("formOfAddress").GetString());
        Assert.Equal(0, replaced.GetProperty("deliverables").GetArrayLength());
        Assert.Equal(1, list.GetArrayLength());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task A_sender_matches_their_own_address_card_before_their_domain_card()
    {
        await using var host = await ToolkitHost.StartAsync();
        var anna = host.ClientFor(Anna);
        await anna.PutAsJsonAsync("/api/clients/client.example/card", new { displayName = "Client GmbH" });
        await anna.PutAsJsonAsync($"/api/clients/{Client}/card", new { displayName = "Karl Kunde", formOfAddress = "du" });

        var karl = await anna.GetFromJsonAsync<JsonElement>("/api/clients/match?address=Kunde@Client.example");
        var colleague = await anna.GetFromJsonAsync<JsonElement>("/api/clients/match?address=eva@client.example");
        var stranger = await anna.GetAsync("/api/clients/match?address=x@elsewhere.example");

        Assert.Equal(Client, karl.GetProperty("key").GetString());
        Assert.Equal("client.example", colleague.GetProperty("key").GetString());
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
    }

    [Theory]
    [InlineData("/api/clients/not a domain/card", """{"displayName":"x"}""", "key")]
    [InlineData("/api/clients/client.example/card", """{"formOfAddress":"ihr"}""", "formOfAddress")]
    [InlineData("/api/clients/client.example/card", """{"preferredLanguage":"fr"}""", "preferredLanguage")]
    [InlineData("/api/clients/client.example/card", """{"checkInEveryDays":0}""", "checkInEveryDays")]
    [InlineData("/api/clients/client.example/card", """{"deliverables":["ok",""]}""", "deliverables[1]")]
    public async Task Invalid_cards_are_a_400_naming_the_field(string url, string body, string field)
    {
        await using var host = await ToolkitHost.StartAsync();

        var response = await host.ClientFor(Anna).PutAsync(url, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Oversized_notes_are_refused_rather_than_stored()
    {
        await using var host = await ToolkitHost.StartAsync();

        var response = await host.ClientFor(Anna).PutAsJsonAsync("/api/clients/client.example/card", new { notes = new string('n', 100_000) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"notes\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ben_neither_sees_nor_matches_nor_deletes_Annas_cards()
    {
        await using var host = await ToolkitHost.StartAsync();
        var anna = host.ClientFor(Anna);
        var ben = host.ClientFor(Ben);
        await anna.PutAsJsonAsync("/api/clients/client.example/card", FullCard);

        var list = await ben.GetFromJsonAsync<JsonElement>("/api/clients");
        var match = await ben.GetAsync($"/api/clients/match?address={Client}");
        var delete = await ben.DeleteAsync("/api/clients/client.example/card");

        Assert.Equal(0, list.GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, match.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anna.GetAsync("/api/clients/client.example/card")).StatusCode);
    }
}
