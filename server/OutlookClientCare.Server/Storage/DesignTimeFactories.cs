using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OutlookClientCare.Server.Storage;

// How `dotnet ef migrations add` builds each store's model; neither needs a database to exist.
// Both are needed: with only PostgreSQL's, the tools would build PostgreSQL's model for ClientCareDb too
// (PostgresClientCareDb derives from it).

internal sealed class SqliteClientCareDbDesignTimeFactory : IDesignTimeDbContextFactory<ClientCareDb>
{
    public ClientCareDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ClientCareDb>().UseSqlite("Data Source=outlookclientcare-design-time.db").Options);
}

internal sealed class PostgresClientCareDbDesignTimeFactory : IDesignTimeDbContextFactory<PostgresClientCareDb>
{
    public PostgresClientCareDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresClientCareDb>().UseNpgsql("Host=localhost;Database=outlookclientcare").Options);
}
