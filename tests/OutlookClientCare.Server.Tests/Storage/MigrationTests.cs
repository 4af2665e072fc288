using Microsoft.EntityFrameworkCore;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.Tests.Storage;

public sealed class MigrationTests
{
    [Fact]
    public void TheMigrationsDescribeTheWholeModel()
    {
        using var db = new ClientCareDb(new DbContextOptionsBuilder<ClientCareDb>().UseSqlite("Data Source=:memory:").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: run dotnet ef migrations add.");
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
