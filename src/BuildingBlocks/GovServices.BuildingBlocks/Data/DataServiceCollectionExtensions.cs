using GovServices.BuildingBlocks.Data.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace GovServices.BuildingBlocks.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>The configured database: connection factory, dialect, unit of work and migrator.</summary>
    public static IServiceCollection AddGovServicesDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        DapperTypeHandlers.Register();

        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
            options.ConnectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        services.TryAddSingleton(options);

        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.TryAddSingleton<IDbConnectionFactory, SqliteConnectionFactory>();
                break;
            case DatabaseProvider.PostgreSql:
                services.TryAddSingleton(_ => NpgsqlDataSource.Create(RequiredConnectionString(options)));
                services.TryAddSingleton<IDbConnectionFactory, PostgreSqlConnectionFactory>();
                break;
            case DatabaseProvider.SqlServer:
                services.TryAddSingleton<IDbConnectionFactory>(_ => new SqlServerConnectionFactory(RequiredConnectionString(options)));
                break;
            default:
                throw new InvalidOperationException($"Unknown Database:Provider '{options.Provider}'.");
        }

        services.TryAddSingleton(provider => provider.GetRequiredService<IDbConnectionFactory>().Dialect);
        services.TryAddScoped<IUnitOfWork, UnitOfWork>();
        services.TryAddSingleton<StartupLock>();
        services.TryAddSingleton<DatabaseMigrator>();
        return services;
    }

    /// <summary>Registers a module's schema: attached on SQLite, created and migrated everywhere.</summary>
    public static IServiceCollection AddModuleSchema(this IServiceCollection services, ModuleSchema schema)
    {
        services.AddSingleton(schema);
        return services;
    }

    /// <summary>Declares a folder of files the module keeps outside its schema, so that backups carry it.</summary>
    public static IServiceCollection AddFileStore(this IServiceCollection services, FileStore store)
    {
        services.AddSingleton(store);
        return services;
    }

    private static string RequiredConnectionString(DatabaseOptions options) =>
        !string.IsNullOrWhiteSpace(options.ConnectionString)
            ? options.ConnectionString
            : throw new InvalidOperationException(
            $"Database:Provider is {options.Provider}: set ConnectionStrings:{DatabaseOptions.ConnectionStringName}.");
}
