using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.Tests.Infrastructure;

/// <summary>
/// Several server instances without HTTP, for code that coordinates through the database: each
/// its own service provider (storage, logging, the test's clock) over one shared
/// <see cref="TestDatabase"/>.
/// </summary>
public sealed class ServerInstances(TimeProvider time) : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly List<ServiceProvider> _started = [];

    /// <summary>Brings the shared database to the latest schema; call once before starting instances.</summary>
    public async Task MigrateAsync()
    {
        await using var scope = Start().CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ClientCareDb>().Database.MigrateAsync();
    }

    /// <summary>One more instance, with whatever else <paramref name="add"/> registers.</summary>
    public ServiceProvider Start(Action<IServiceCollection>? add = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_database.Settings).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(time)
            .AddLogging()
            .AddStorage(configuration);
        add?.Invoke(services);
        var provider = services.BuildServiceProvider();
        _started.Add(provider);
        return provider;
    }

    /// <summary>Looks into the shared database, past every instance.</summary>
    public async Task<T> QueryAsync<T>(Func<ClientCareDb, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = _started[0].CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ClientCareDb>());
    }

    public void Dispose()
    {
        foreach (var provider in _started)
        {
            provider.Dispose();
        }

        _database.Dispose();
    }
}
