using Microsoft.EntityFrameworkCore;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.Tests.Storage;

public sealed class MigrationTests
{
    [Fact]
    public void TheMigrationsDescribeTheWholeModel()
    {
        using var db = new ClientCareDb(new DbContextOptionsBuilder<ClientCareDb>().UseSqlite("Data Source=:memory:").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: run dotnet ef migrations add X --context ClientCareDb.");
    }

    [Fact]
    public void ThePostgresMigrationsDescribeTheWholeModelToo()
    {
        // Building the model needs no server.
        using var db = new PostgresClientCareDb(new DbContextOptionsBuilder<PostgresClientCareDb>().UseNpgsql("Host=unused.invalid").Options);
        using var sqlite = new ClientCareDb(new DbContextOptionsBuilder<ClientCareDb>().UseSqlite("Data Source=:memory:").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a PostgreSQL migration: run dotnet ef migrations add X --context PostgresClientCareDb --output-dir Storage/PostgresMigrations.");
        Assert.Equal(
            sqlite.Model.GetEntityTypes().Select(e => e.GetTableName()).Order(StringComparer.Ordinal),
            db.Model.GetEntityTypes().Select(e => e.GetTableName()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AFreshDatabaseIsMigratedToTheLatestSchema()
    {
        await using var db = new ClientCareDb(new DbContextOptionsBuilder<ClientCareDb>().UseSqlite("Data Source=:memory:").Options);
        await db.Database.OpenConnectionAsync();

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Users.CountAsync());
    }
}
