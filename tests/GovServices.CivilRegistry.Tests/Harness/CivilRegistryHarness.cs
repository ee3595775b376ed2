using System.Text;
using Dapper;
using GovServices.BuildingBlocks;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Data.Migrations;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.CivilRegistry.AccessTrail;
using GovServices.CivilRegistry.Domain;
using GovServices.CivilRegistry.ImportResidents;
using GovServices.CivilRegistry.TrackResidentImport;
using GovServices.Testing;
using GovServices.Testing.Databases;
using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovServices.CivilRegistry.Tests.Harness;

/// <summary>
/// The civil registry module on a real, freshly migrated test database, with the host's Mediator pipeline
/// (logging, validation, unit of work), a fake clock and a <see cref="TestActor"/> in place of the token.
/// </summary>
internal sealed class CivilRegistryHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 2, 1, 0, 0, TimeSpan.Zero);

    private CivilRegistryHarness(TestDatabase database, ServiceProvider services, FakeTimeProvider clock, TestActor actor)
    {
        Database = database;
        Services = services;
        Clock = clock;
        Actor = actor;
    }

    public TestDatabase Database { get; }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    public TestActor Actor { get; }

    public IDbConnectionFactory Connections => Services.GetRequiredService<IDbConnectionFactory>();

    public static async Task<CivilRegistryHarness> StartAsync(DatabaseProvider provider, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(database.ToConfiguration())
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var clock = new FakeTimeProvider(Now);
        var actor = new TestActor();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<ICurrentActor>(actor);
        services.AddBuildingBlocks(configuration);
        // The host's generated Mediator (its pipeline: logging, validation, unit of work); the lifetime must match the host's.
        services.AddMediator(options => options.ServiceLifetime = ServiceLifetime.Scoped);
        services.AddCivilRegistryModule(configuration);
        // No ValidateOnBuild: the generated Mediator registers every module's handlers, and only this module's
        // services are here. Resolving a civil registry handler still fails loudly if one of its services is missing.
        var serviceProvider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        await serviceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        // The access trail commits through its background writer, as in the host: without it no access is answered.
        await serviceProvider.GetRequiredService<AccessTrailWriter>().StartAsync(CancellationToken.None);
        return new CivilRegistryHarness(database, serviceProvider, clock, actor);
    }

    /// <summary>Sends a message through the Mediator pipeline in a scope of its own, as one HTTP request would.</summary>
    public async Task<TResponse> SendAsync<TResponse>(IMessage message)
    {
        await using var scope = Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        return (TResponse)(await mediator.Send((object)message))!;
    }

    public async Task SeedAsync(params Resident[] residents)
    {
        await using var connection = await Connections.OpenConnectionAsync();
        foreach (var resident in residents)
        {
            var parameters = new DynamicParameters(new { updated_at = Clock.GetUtcNow() });
            ResidentSql.AddParameters(parameters, resident, "0");
            await connection.ExecuteAsync(ResidentSql.InsertRows(1), parameters);
        }
    }

    /// <summary>Uploads a file as the client the actor plays, runs the background import to its end, and returns the report.</summary>
    public async Task<ResidentImportReport> ImportAsync(byte[] file, int errorPageSize = 100)
    {
        var accepted = await SendAsync<Result<ResidentImportAccepted>>(new StartResidentImportCommand(new MemoryStream(file), "residents.csv"));
        Assert.That(accepted.IsSuccess, Is.True, () => accepted.Error?.Message ?? "");
        await RunImportsAsync();
        return await ReportAsync(accepted.Value.Id, errorPageSize);
    }

    public Task<ResidentImportReport> ImportAsync(string csv) => ImportAsync(Encoding.UTF8.GetBytes(csv));

    public async Task RunImportsAsync()
    {
        var processor = Services.GetRequiredService<ResidentImportProcessor>();
        while (await processor.ProcessNextAsync(CancellationToken.None))
        {
        }
    }

    public async Task<ResidentImportReport> ReportAsync(Guid id, int errorPageSize = 100)
    {
        var report = await SendAsync<Result<ResidentImportReport>>(new TrackResidentImport.TrackResidentImportQuery(id, errorPageSize));
        Assert.That(report.IsSuccess, Is.True, () => report.Error?.Message ?? "");
        return report.Value;
    }

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await Connections.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<T>(sql, parameters) ?? throw new InvalidOperationException("No value.");
    }

    public async Task ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = await Connections.OpenConnectionAsync();
        await connection.ExecuteAsync(sql, parameters);
    }

    public async Task<Resident?> FindResidentAsync(string nik)
    {
        await using var connection = await Connections.OpenConnectionAsync();
        return await connection.QuerySingleOrDefaultAsync<Resident>(ResidentSql.SelectByNik, new { nik });
    }

    public async ValueTask DisposeAsync()
    {
        await Services.GetRequiredService<AccessTrailWriter>().StopAsync(CancellationToken.None);
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
