using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OutlookClientCare.Server.Storage;

/// <summary>
/// <see cref="ClientCareDb"/> on PostgreSQL, for several instances on several machines. The model is
/// the same; the type exists so PostgreSQL has its own migrations (Storage/PostgresMigrations),
/// generated with <c>dotnet ef migrations add X --context PostgresClientCareDb --output-dir Storage/PostgresMigrations</c>.
/// </summary>
public sealed class PostgresClientCareDb(DbContextOptions<PostgresClientCareDb> options) : ClientCareDb(options)
{
    /// <summary>
    /// PostgreSQL's <c>timestamptz</c> holds an instant, not an offset, and Npgsql accepts only UTC
    /// values: every DateTimeOffset is written as UTC and read back as UTC (the same instant).
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<ToUtc>();

    private sealed class ToUtc() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}
