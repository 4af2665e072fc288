using Microsoft.Data.Sqlite;

namespace OutlookClientCare.Server.Tests.Infrastructure;

/// <summary>
/// A private SQLite database in memory that lives as long as the returned connection stays open,
/// so each test app gets its own database and no test sees another's rows.
/// </summary>
internal static class InMemoryDatabase
{
    public static SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source=file:occ-{Guid.NewGuid():N}?mode=memory&cache=shared");
        connection.Open();
        return connection;
    }
}
