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

            // FORCE ends our own leftover connections; a server process such as autovacuum, still at work on
            // a database a test has just written to, is not ours to end (42501): wait for it a little.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    Execute(PostgresServer!, $"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)");
                    break;
                }
                catch (PostgresException error) when (error.SqlState is "42501" or "55006" && attempt < 10)
                {
                    Thread.Sleep(300);
                }
            }
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
