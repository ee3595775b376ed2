using System.Data.Common;
using Dapper;
using DbUp;
using DbUp.Builder;
using DbUp.Engine;
using DbUp.Sqlite.Helpers;
using Microsoft.Extensions.Logging;

namespace GovServices.BuildingBlocks.Data.Migrations;

/// <summary>
/// Brings every module schema up to date with DbUp: one journal per schema, one transaction per script.
/// Runs at start-up and from <c>GovServices.Host migrate</c>; running it again changes nothing.
/// </summary>
public sealed class DatabaseMigrator(
    DatabaseOptions options,
    IDbConnectionFactory connections,
    IEnumerable<ModuleSchema> schemas,
    StartupLock startupLock,
    ILoggerFactory loggerFactory)
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<DatabaseMigrator>();

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        // Several instances may start together: they migrate one after another, and the later ones find nothing to do.
        await using var migrationLock = await startupLock.AcquireAsync(StartupLock.Migrations, cancellationToken);
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);

        foreach (var schema in schemas)
        {
            await CreateSchemaAsync(connection, schema, cancellationToken);
            var result = Engine(schema, connection).PerformUpgrade();
            if (!result.Successful)
                throw new InvalidOperationException(
                    $"Migration of schema '{schema.Name}' failed at script '{result.ErrorScript?.Name}'.", result.Error);

            foreach (var script in result.Scripts)
                _logger.LogInformation("Applied migration {Script} to schema {Schema}", script.Name, schema.Name);
        }
    }

    /// <summary>Scripts not yet applied, as <c>schema: script</c>; empty when the database is up to date.</summary>
    public async Task<IReadOnlyList<string>> GetPendingScriptsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var pending = new List<string>();
        foreach (var schema in schemas)
        {
            pending.AddRange(Engine(schema, connection)
                .GetScriptsToExecute()
                .Select(script => $"{schema.Name}: {script.Name}"));
        }

        return pending;
    }

    /// <summary>The scripts applied to one schema, in the order they ran.</summary>
    public async Task<IReadOnlyList<string>> GetAppliedScriptsAsync(string schemaName, CancellationToken cancellationToken = default)
    {
        var schema = schemas.Single(candidate => candidate.Name == schemaName);
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        return Engine(schema, connection).GetExecutedScripts();
    }

    private UpgradeEngine Engine(ModuleSchema schema, DbConnection connection)
    {
        UpgradeEngineBuilder builder = options.Provider switch
        {
            // DbUp runs on our connection, which has every schema attached.
            DatabaseProvider.Sqlite => DeployChanges.To
                .SqliteDatabase(new SharedConnection(connection))
                .JournalTo((connectionManager, log) => new SqliteSchemaJournal(connectionManager, log, schema.Name)),
            DatabaseProvider.PostgreSql => DeployChanges.To
                .PostgresqlDatabase(RequiredConnectionString(), schema.Name)
                .JournalToPostgresqlTable(schema.Name, MigrationJournal.TableName),
            DatabaseProvider.SqlServer => DeployChanges.To
                .SqlDatabase(RequiredConnectionString(), schema.Name)
                .JournalToSqlTable(schema.Name, MigrationJournal.TableName),
            _ => throw new InvalidOperationException($"Unknown database provider {options.Provider}."),
        };

        return builder
            .WithScripts(MigrationScripts.For(schema, options.Provider))
            .WithTransactionPerScript()
            .WithVariablesDisabled()
            .LogTo(loggerFactory)
            .Build();
    }

    private string RequiredConnectionString() =>
        !string.IsNullOrWhiteSpace(options.ConnectionString)
            ? options.ConnectionString
            : throw new InvalidOperationException($"ConnectionStrings:{DatabaseOptions.ConnectionStringName} is required for {options.Provider}.");

    private static Task CreateSchemaAsync(DbConnection connection, ModuleSchema schema, CancellationToken cancellationToken)
    {
        var sql = connection switch
        {
            // Quoted: "identity" is a reserved word in T-SQL.
            Npgsql.NpgsqlConnection => $"CREATE SCHEMA IF NOT EXISTS \"{schema.Name}\"",
            Microsoft.Data.SqlClient.SqlConnection => $"IF SCHEMA_ID(N'{schema.Name}') IS NULL EXEC(N'CREATE SCHEMA [{schema.Name}]')",
            _ => null, // SQLite: attaching the schema's file created it.
        };
        return sql is null
            ? Task.CompletedTask
            : connection.ExecuteAsync(new CommandDefinition(sql, cancellationToken: cancellationToken));
    }
}
