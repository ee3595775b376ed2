using GovServices.BuildingBlocks;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Data.Migrations;
using GovServices.Testing.Databases;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovServices.BuildingBlocks.Tests.Harness;

/// <summary>
/// The building blocks on a real, freshly migrated test database, with a sample module schema
/// (<c>sample.note</c>, <c>sample.received_event</c>) and a fake clock.
/// </summary>
internal sealed class BuildingBlocksHarness : IAsyncDisposable
{
    public static readonly ModuleSchema SampleSchema = new("sample", typeof(BuildingBlocksHarness).Assembly);

    private BuildingBlocksHarness(TestDatabase database, ServiceProvider services, FakeTimeProvider clock)
    {
        Database = database;
        Services = services;
        Clock = clock;
    }

    public TestDatabase Database { get; }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    public IDbConnectionFactory Connections => Services.GetRequiredService<IDbConnectionFactory>();

    public static async Task<BuildingBlocksHarness> StartAsync(
        DatabaseProvider provider,
        Action<IServiceCollection>? configureServices = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(database.ToConfiguration())
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 1, 0, 0, TimeSpan.Zero));

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddBuildingBlocks(configuration);
        services.AddModuleSchema(SampleSchema);
        configureServices?.Invoke(services);
        var serviceProvider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

        await serviceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return new BuildingBlocksHarness(database, serviceProvider, clock);
    }

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await Connections.OpenConnectionAsync();
        return await Dapper.SqlMapper.ExecuteScalarAsync<T>(connection, sql, parameters) ?? throw new InvalidOperationException("No value.");
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
