using Dapper;
using GovServices.BuildingBlocks.Data.Migrations;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GovServices.BuildingBlocks.Data;

/// <summary>Ready means: the database answers and every module's migrations are applied.</summary>
internal sealed class DatabaseHealthCheck(IDbConnectionFactory connections, DatabaseMigrator migrator) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using (var connection = await connections.OpenConnectionAsync(cancellationToken))
                await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken));

            var pending = await migrator.GetPendingScriptsAsync(cancellationToken);
            return pending.Count == 0
                ? HealthCheckResult.Healthy($"{connections.Provider} reachable, migrations applied.")
                : HealthCheckResult.Unhealthy(
                    $"{pending.Count} migration(s) pending.",
                    data: new Dictionary<string, object> { ["pending"] = pending });
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{connections.Provider} is not reachable.", exception);
        }
    }
}
