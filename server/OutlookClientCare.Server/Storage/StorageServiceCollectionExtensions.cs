using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookClientCare.Server.Settings;

namespace OutlookClientCare.Server.Storage;

public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<StorageOptions>(StorageOptions.Section);

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
        app.ValidateSettings(); // a bad setting never touches the database
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClientCareDb>();
        await db.Database.MigrateAsync();
    }
}
