using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookClientCare.GraphSandbox.Hosting;
using OutlookClientCare.Server.Storage;
using OutlookClientCare.Server.Tests.Infrastructure;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Health;

/// <summary>
/// What a load balancer or an orchestrator asks: is the process alive (/healthz), and may it take
/// traffic (/healthz/ready: database reachable, schema up to date).
/// </summary>
public sealed class HealthTests
{
    [Fact]
    public async Task AFreshServerIsAliveAndReadyWithDatabaseMigrationsAndGraphChecked()
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl);
        var client = app.CreateClient();

        var live = await client.GetFromJsonAsync<JsonElement>("/healthz");
        var ready = await client.GetFromJsonAsync<JsonElement>("/healthz/ready");

        Assert.Equal("Healthy", live.GetProperty("status").GetString());
        Assert.Equal("demo", live.GetProperty("mode").GetString());
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        Assert.Equal(["database", "migrations", "graph"], ready.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.All(ready.GetProperty("checks").EnumerateArray(), c => Assert.Equal("Healthy", c.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task AMissingMigrationMakesTheServerNotReadyAndIsNamedWhileItStaysAlive()
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl);
        var client = app.CreateClient();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClientCareDb>();
            var last = db.Database.GetAppliedMigrations().Last();
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {last}");
        }

        var ready = await client.GetAsync("/healthz/ready");
        var live = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var report = await ready.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["migrations"], report.GetProperty("failing").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task ADatabaseThatCannotBeReachedMakesTheServerNotReadyAndIsNamed()
    {
        var folder = Directory.CreateTempSubdirectory("occ-ready-").FullName;
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl, new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "sqlite",
            ["Storage:ConnectionString"] = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "occ.db"), Pooling = false }.ToString(),
        });
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz/ready")).StatusCode);

        Directory.Delete(folder, recursive: true);
        var ready = await client.GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var report = await ready.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("database", report.GetProperty("failing").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task GraphOutOfReachIsReportedButKeepsTheServerReady()
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        var tenant = sandbox.Tenant;
        var url = sandbox.BaseUrl;
        await sandbox.DisposeAsync();
        await using var app = new ClientCareApp(tenant, url);

        var ready = await app.CreateClient().GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var report = await ready.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Degraded", report.GetProperty("status").GetString());
        Assert.Equal("Degraded", report.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "graph").GetProperty("status").GetString());
    }
}
