using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OutlookClientCare.Graph;
using OutlookClientCare.GraphSandbox.Hosting;
using OutlookClientCare.Server.Demo;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Mailbox;
using OutlookClientCare.Server.Privacy;
using OutlookClientCare.Server.Storage;
using OutlookClientCare.Server.Tests.Graph;
using OutlookClientCare.Server.Tests.Infrastructure;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Security;

public sealed class PrivacyTests
{
    private static readonly AppUser AnnaUser = new(DemoAuthenticationHandler.TenantId, AnnaId, Anna);
    private static readonly AppUser BenUser = new(DemoAuthenticationHandler.TenantId, BenId, Ben);

    [Fact]
    public async Task EveryStoredTypeBelongsToAUserOrIsDeclaredNotPersonal()
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl);
        await using var scope = app.Services.CreateAsyncScope();
        var model = scope.ServiceProvider.GetRequiredService<ClientCareDb>().Model;

        var unowned = model.GetEntityTypes()
            .Where(e => !e.IsOwned() && !PersonalData.IsPersonal(e) && !PersonalData.IsMarkedNotPersonal(e))
            .Select(e => $"{e.ClrType.Name} has no TenantId + ObjectId: add them (export, erasure and retention then include it) or mark it with IsNotPersonalData(\"why\") in its configuration.")
            .ToList();

        Assert.True(unowned.Count == 0, string.Join(Environment.NewLine, unowned));
        Assert.Contains(PersonalData.EntityTypes(model), e => e.ClrType == typeof(UserProfile));
    }

    [Fact]
    public async Task TheExportHoldsEveryStoredRowOfTheUserAndMasksSecrets()
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl);
        var seeded = await PersonalDataSeeder.SeedAsync(app.Services, AnnaUser, DateTimeOffset.UtcNow);

        var export = await app.ClientFor(Anna).GetFromJsonAsync<JsonElement>("/api/me/export");

        Assert.Equal(AnnaId, export.GetProperty("objectId").GetString());
        var tables = export.GetProperty("tables");
        Assert.All(seeded.Rows, row => Assert.Equal(1, tables.EnumerateObject().Single(t => t.NameEquals(JsonNamingPolicy.CamelCase.ConvertName(row.Entity.GetTableName()!))).Value.GetArrayLength()));
        var text = tables.GetRawText();
        var secrets = seeded.Secrets;
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, text, StringComparison.Ordinal));
        Assert.All(seeded.Markers.Where(m => !secrets.Contains(m)), marker => Assert.Contains(marker, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ErasingWithCalendarBlocksRemovesOnlyOurTaggedEventsOfThatUser()
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl);
        var start = DateTimeOffset.UtcNow.Date.AddDays(3).AddHours(8);
        var graph = app.Services.GetRequiredService<GraphAccess>();
        await graph.Batches(AnnaUser).CreateOurEventAsync(AnnaUser.MailboxId, new OurEventDraft("erase-test-anna", "Fokuszeit", "<p>Fokus</p>", start, start.AddHours(1), "UTC", "block:anna"));
        await graph.Batches(BenUser).CreateOurEventAsync(BenUser.MailboxId, new OurEventDraft("erase-test-ben", "Focus time", "<p>Focus</p>", start, start.AddHours(1), "UTC", "block:ben"));
        sandbox.ActAsUserInOutlookAddEvent(Anna, new JsonObject
        {
            ["subject"] = "Kundentermin",
            ["start"] = new JsonObject { ["dateTime"] = start.AddHours(2).ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), ["timeZone"] = "UTC" },
            ["end"] = new JsonObject { ["dateTime"] = start.AddHours(3).ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), ["timeZone"] = "UTC" },
        });
        var annasBefore = sandbox.EventsOf(Anna).Count;

        var response = await app.ClientFor(Anna).DeleteAsync("/api/me?removeCalendarBlocks=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("calendarBlocksRemoved").GetInt32());
        var subjects = sandbox.EventsOf(Anna).Select(e => e["subject"]?.GetValue<string>()).ToList();
        Assert.DoesNotContain("Fokuszeit", subjects);
        Assert.Contains("Kundentermin", subjects);
        Assert.Equal(annasBefore - 1, subjects.Count);
        Assert.Contains(sandbox.EventsOf(Ben), e => e["subject"]?.GetValue<string>() == "Focus time");
    }

    [Fact]
    public async Task ErasingWithoutTheOptionLeavesTheCalendarAlone()
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl);
        var start = DateTimeOffset.UtcNow.Date.AddDays(3).AddHours(8);
        await app.Services.GetRequiredService<GraphAccess>().Batches(AnnaUser)
            .CreateOurEventAsync(AnnaUser.MailboxId, new OurEventDraft("keep-test", "Fokuszeit", "<p>Fokus</p>", start, start.AddHours(1), "UTC", "block:anna"));
        var before = sandbox.EventsOf(Anna).Count;

        var response = await app.ClientFor(Anna).DeleteAsync("/api/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, sandbox.EventsOf(Anna).Count);
    }

    [Fact]
    public async Task ABurstOfFirstRequestsRecordsEveryUserOnceAndTheirLastUseIsWrittenBeforeTheyGoOn()
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl);
        var recorder = app.Services.GetRequiredService<UserActivityRecorder>();
        var users = Enumerable.Range(0, 60).Select(n => new AppUser(DemoAuthenticationHandler.TenantId, $"burst-{n}", $"burst{n}@contoso.example")).ToList();

        await Task.WhenAll(users.Concat(users.Take(10)).Select(u => Task.Run(() => recorder.RecordAsync(u, CancellationToken.None))));

        await using var scope = app.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<ClientCareDb>().Users.AsNoTracking().Where(u => u.ObjectId.StartsWith("burst-")).ToListAsync();
        Assert.Equal(60, rows.Count);
        Assert.Equal(users.Select(u => u.UserPrincipalName).Order(), rows.Select(r => r.UserPrincipalName).Order());
    }

    [Fact]
    public async Task RetentionErasesUsersNotSeenForTheRetentionPeriodAndAgesOutOldLogRows()
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl, new Dictionary<string, string?> { ["Privacy:RetentionDays"] = "90" });
        var now = DateTimeOffset.UtcNow;
        var carol = new AppUser(DemoAuthenticationHandler.TenantId, "carol-oid", "carol@contoso.example");
        await PersonalDataSeeder.SeedAsync(app.Services, AnnaUser, now.AddDays(-10));
        await PersonalDataSeeder.SeedAsync(app.Services, BenUser, now.AddDays(-91));
        await PersonalDataSeeder.SeedAsync(app.Services, carol, now.AddDays(-91));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClientCareDb>();
            var profile = await db.Users.SingleAsync(u => u.ObjectId == carol.ObjectId);
            profile.LastSeen = now.AddDays(-1);
            await db.SaveChangesAsync();
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RetentionPurge>().PurgeAsync(now, CancellationToken.None);
        }

        await using var check = app.Services.CreateAsyncScope();
        var checkDb = check.ServiceProvider.GetRequiredService<ClientCareDb>();
        var anna = await PersonalData.ExportAsync(checkDb, AnnaUser, CancellationToken.None);
        var ben = await PersonalData.ExportAsync(checkDb, BenUser, CancellationToken.None);
        var carols = await PersonalData.ExportAsync(checkDb, carol, CancellationToken.None);
        Assert.All(anna, table => Assert.Single(table.Value));
        Assert.All(ben, table => Assert.Empty(table.Value));
        var aged = RetentionRules.Resolve(checkDb.Model).Select(r => r.Entity.GetTableName()!).ToHashSet();
        Assert.All(carols, table => Assert.Equal(aged.Contains(table.Key) ? 0 : 1, table.Value.Count));
    }

    [Fact]
    public async Task ThePurgeJobRunsOnTheInjectedClock()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl, new Dictionary<string, string?> { ["Privacy:RetentionDays"] = "30", ["Privacy:PurgeIntervalHours"] = "24" }, time);
        app.CreateClient().Dispose();
        await PersonalDataSeeder.SeedAsync(app.Services, BenUser, time.GetUtcNow().AddDays(-20));

        time.Advance(TimeSpan.FromDays(5));
        var keptAfterFiveDays = await RowCountAsync(app, BenUser);
        time.Advance(TimeSpan.FromDays(6));
        var erased = await WaitAsync(async () => await RowCountAsync(app, BenUser) == 0);

        Assert.True(keptAfterFiveDays > 0);
        Assert.True(erased, "Ben was not seen for 31 days on the injected clock, so the daily purge should have erased him.");
    }

    private static async Task<int> RowCountAsync(ClientCareApp app, AppUser user)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var export = await PersonalData.ExportAsync(scope.ServiceProvider.GetRequiredService<ClientCareDb>(), user, CancellationToken.None);
        return export.Values.Sum(t => t.Count);
    }

    private static async Task<bool> WaitAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }
}
