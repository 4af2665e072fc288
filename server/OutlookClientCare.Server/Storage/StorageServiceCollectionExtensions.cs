using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace OutlookClientCare.Server.Storage;

public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section)
            .Validate(o => o.Provider is "sqlite" or "postgres", "Storage:Provider must be 'sqlite' or 'postgres'.")
            .Validate(o => o.Provider != "postgres" || !string.IsNullOrWhiteSpace(o.ConnectionString), "Storage:ConnectionString is required when Storage:Provider is 'postgres'.")
            .ValidateOnStart();

        var postgres = configuration[$"{StorageOptions.Section}:Provider"] == "postgres";
        if (postgres)
        {
            services.AddDbContext<ClientCareDb, PostgresClientCareDb>((provider, db) =>
                db.UseNpgsql(provider.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString));
        }
        else
        {
            services.AddDbContext<ClientCareDb>((provider, db) =>
            {
                var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
                db.UseSqlite(options.ConnectionString ?? $"Data Source={options.ResolveSqlitePath()}");
            });
        }

        return services;
    }

    /// <summary>Brings the database schema up to date before the server takes requests.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClientCareDb>();
        await db.Database.MigrateAsync();
    }
}
