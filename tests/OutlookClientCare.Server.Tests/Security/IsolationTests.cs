using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookClientCare.GraphSandbox.Hosting;
using OutlookClientCare.Server.Demo;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Tests.Infrastructure;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Security;

/// <summary>
/// Anna has a row in every personal table. Ben calls every signed-in route, with Anna's ids and
/// keys in the route where a route takes one: he never sees her data, never changes it.
/// </summary>
public sealed class IsolationTests
{
    private const int MaxCandidatesPerRoute = 12;

    [Fact]
    public async Task AnotherUserCanNeitherReadNorChangeAnyStoredRowOfAnna()
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl);
        var anna = app.ClientFor(Anna);
        var ben = app.ClientFor(Ben);
        var annaUser = new AppUser(DemoAuthenticationHandler.TenantId, AnnaId, Anna);
        var seeded = await PersonalDataSeeder.SeedAsync(app.Services, annaUser, DateTimeOffset.UtcNow);
        var before = await ExportTablesAsync(anna);
        var markers = seeded.Markers;
        var mailboxValues = MailboxOnlyOf(sandbox, Anna, Ben);
        Assert.NotEmpty(markers);

        var failures = new List<string>();
        var endpoints = ApiEndpoint.Of(app.Services).Where(e => e.RequiresSignIn).ToList();
        foreach (var endpoint in endpoints)
        {
            var unfillable = endpoint.Parameters.Where(p => !ValuesFor(p.Name, seeded, mailboxValues).Any(v => ApiEndpoint.Fits(p, v))).Select(p => p.Name).ToList();
            if (unfillable.Count > 0)
            {
                failures.Add($"{endpoint}: route parameter(s) {string.Join(", ", unfillable)} name neither a stored column nor a Graph property of Anna's mailbox, so isolation cannot be probed. Name the parameter after the column or Graph property it addresses (e.g. {{key}} for ClientCards.Key, {{conversationId}} for a Graph conversation).");
                continue;
            }

            foreach (var values in Candidates(endpoint, seeded, mailboxValues))
            {
                using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Url(values));
                if (endpoint.TakesBody)
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }

                using var response = await ben.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                var described = $"{endpoint.Method} {request.RequestUri} as Ben";
                if (status >= 500)
                {
                    failures.Add($"{described}: {status}");
                }

                var leaked = markers.Where(m => !values.Values.Contains(m, StringComparer.Ordinal) && body.Contains(m, StringComparison.OrdinalIgnoreCase)).ToList();
                if (leaked.Count > 0)
                {
                    failures.Add($"{described}: answer contains Anna's {string.Join(", ", leaked)}");
                }

                if (values.Count > 0 && endpoint.Method is "GET" or "PATCH" && response.IsSuccessStatusCode)
                {
                    failures.Add($"{described}: {status}; another user's id must answer 404 or 403");
                }
            }
        }

        var after = await ExportTablesAsync(anna);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(before, after);
        Assert.Contains(markers, m => before.Contains(m, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExportAndErasureTouchOnlyTheCallersRows()
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl);
        var now = DateTimeOffset.UtcNow;
        var annaRows = await PersonalDataSeeder.SeedAsync(app.Services, new AppUser(DemoAuthenticationHandler.TenantId, AnnaId, Anna), now);
        var benRows = await PersonalDataSeeder.SeedAsync(app.Services, new AppUser(DemoAuthenticationHandler.TenantId, BenId, Ben), now);
        var anna = app.ClientFor(Anna);
        var ben = app.ClientFor(Ben);

        var benExport = await ExportTablesAsync(ben);
        var erase = await anna.DeleteAsync("/api/me");
        var annaAfter = await ExportTablesAsync(anna);

        Assert.All(benRows.Markers.Except(benRows.Secrets), m => Assert.Contains(m, benExport, StringComparison.Ordinal));
        Assert.All(annaRows.Markers, m => Assert.DoesNotContain(m, benExport, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, erase.StatusCode);
        var deleted = (await erase.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("deletedRows");
        Assert.All(deleted.EnumerateObject(), table => Assert.Equal(1, table.Value.GetInt32()));
        Assert.All(JsonDocument.Parse(annaAfter).RootElement.EnumerateObject(), table => Assert.Equal(0, table.Value.GetArrayLength()));
        Assert.Equal(benExport, await ExportTablesAsync(ben));
    }

    /// <summary>
    /// The one exception to "only you see your data": a hand-over. Its brief (and who, which client,
    /// when) reaches the named colleague in the same tenant, nobody else; none of Anna's other rows
    /// crosses with it, and a row naming Ben in another tenant never reaches him.
    /// </summary>
    [Fact]
    public async Task TheOneExceptionAHandoverBriefReachesOnlyTheNamedColleagueInTheSameTenant()
    {
        await using var host = await FollowUps.ToolkitHost.StartAsync(Handovers.HandoverTests.WithCarla);
        var annaUser = new AppUser(DemoAuthenticationHandler.TenantId, AnnaId, Anna);
        var seeded = await PersonalDataSeeder.SeedAsync(host.Services, annaUser, DateTimeOffset.UtcNow);
        var otherTenant = await PersonalDataSeeder.SeedAsync(host.Services, new AppUser("11111111-2222-3333-4444-555555555555", BenId, Ben), DateTimeOffset.UtcNow);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OutlookClientCare.Server.Storage.ClientCareDb>();
            var foreign = await db.Set<OutlookClientCare.Server.Handovers.Handover>().SingleAsync(h => h.TenantId == "11111111-2222-3333-4444-555555555555");
            foreign.ToObjectId = BenId;
            await db.SaveChangesAsync();
        }

        var handedOver = await host.ClientFor(Anna).PostAsJsonAsync($"/api/threads/{ThreadId}/handover", new { to = Ben, note = "Ruf Karl an" });
        var toBen = await host.ClientFor(Ben).GetStringAsync("/api/handovers");
        var toCarla = await host.ClientFor(Handovers.HandoverTests.Carla).GetStringAsync("/api/handovers");
        var annasOwn = await host.ClientFor(Anna).GetStringAsync("/api/handovers");

        Assert.Equal(HttpStatusCode.Created, handedOver.StatusCode);
        var listed = Assert.Single(JsonDocument.Parse(toBen).RootElement.EnumerateArray());
        Assert.Equal(["id", "from", "client", "at", "brief"], listed.EnumerateObject().Select(p => p.Name));
        Assert.Contains("Ruf Karl an", toBen, StringComparison.Ordinal);
        Assert.DoesNotContain("draft", toBen, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ThreadId, toBen, StringComparison.Ordinal);
        Assert.All(seeded.Markers, m => Assert.DoesNotContain(m, toBen, StringComparison.OrdinalIgnoreCase));
        Assert.All(otherTenant.Markers, m => Assert.DoesNotContain(m, toBen, StringComparison.OrdinalIgnoreCase));
        Assert.Equal("[]", toCarla);
        Assert.Equal("[]", annasOwn);
    }

    /// <summary>The tables of GET /api/me/export, without the export time.</summary>
    internal static async Task<string> ExportTablesAsync(HttpClient client)
    {
        var export = await client.GetFromJsonAsync<JsonElement>("/api/me/export");
        return export.GetProperty("tables").GetRawText();
    }

    /// <summary>Ids in Anna's sandbox mailbox (messages, events) that Ben's mailbox does not have, by Graph property name.</summary>
    private static ILookup<string, string> MailboxOnlyOf(GraphSandboxHost sandbox, string owner, string other)
    {
        static IEnumerable<(string Name, string Value)> Ids(GraphSandboxHost sandbox, string user) =>
            sandbox.MessagesOf(user).Concat(sandbox.EventsOf(user))
                .SelectMany(item => item.Where(p => p.Key.EndsWith("id", StringComparison.OrdinalIgnoreCase) && p.Value is System.Text.Json.Nodes.JsonValue)
                    .Select(p => (p.Key, p.Value!.ToString())));
        var others = Ids(sandbox, other).Select(i => i.Value).ToHashSet(StringComparer.Ordinal);
        return Ids(sandbox, owner).Where(i => !others.Contains(i.Value)).Distinct().ToLookup(i => i.Name, i => i.Value, StringComparer.OrdinalIgnoreCase);
    }

    private static IEnumerable<string> ValuesFor(string parameter, PersonalDataSeeder seeded, ILookup<string, string> mailbox) =>
        seeded.ValuesOf(parameter).Concat(mailbox[parameter].Take(3));

    private static IEnumerable<Dictionary<string, string>> Candidates(ApiEndpoint endpoint, PersonalDataSeeder seeded, ILookup<string, string> mailbox)
    {
        IEnumerable<Dictionary<string, string>> combos = [new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)];
        foreach (var parameter in endpoint.Parameters)
        {
            var values = ValuesFor(parameter.Name, seeded, mailbox).Where(v => ApiEndpoint.Fits(parameter, v)).ToList();
            combos = combos.SelectMany(c => values.Select(v => new Dictionary<string, string>(c, StringComparer.OrdinalIgnoreCase) { [parameter.Name] = v }));
        }

        return combos.Take(MaxCandidatesPerRoute);
    }
}
