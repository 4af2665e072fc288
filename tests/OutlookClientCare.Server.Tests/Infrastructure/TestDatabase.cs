using Microsoft.Data.Sqlite;
using Npgsql;

namespace OutlookClientCare.Server.Tests.Infrastructure;

/// <summary>
/// The database a test app stores into: a private SQLite database in memory, or, when the
/// environment variable <see cref="PostgresVariable"/> holds a PostgreSQL connection string (a
/// role that may create databases), a fresh PostgreSQL database that is dropped afterwards. test.sh
/// runs the server tests once with each.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string PostgresVariable = "OCC_TEST_POSTGRES";

    private readonly SqliteConnection? _sqlite;
    private readonly string? _postgresName;

    public TestDatabase()
    {
        if (PostgresServer is { } server)
        {
            _postgresName = $"occ_test_{Guid.NewGuid():N}";
            Execute(server, $"CREATE DATABASE \"{_postgresName}\"");
            ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _postgresName }.ConnectionString;
        }
        else
        {
            _sqlite = InMemoryDatabase.Open();
            ConnectionString = _sqlite.ConnectionString;
        }
    }

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server ? server : null;

    public static string Provider => PostgresServer is null ? "sqlite" : "postgres";

    public string ConnectionString { get; }

    /// <summary>The "Storage" settings that point the server at this database.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Storage:Provider", Provider),
        new("Storage:ConnectionString", ConnectionString),
    ];

    public void Dispose()
    {
        _sqlite?.Dispose();
        if (_postgresName is not null)
        {
            using (var connection = new NpgsqlConnection(ConnectionString))
            {
                NpgsqlConnection.ClearPool(connection);
            }

            Execute(PostgresServer!, $"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)");
        }
    }

    private static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
