using Dapper;
using GovServices.BuildingBlocks.Data;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovServices.BuildingBlocks.Http.Idempotency;

/// <summary>Deletes idempotency records past their retention from every module schema, now and then.</summary>
internal sealed partial class IdempotencyRecordCleanup(
    IDbConnectionFactory connections,
    IEnumerable<ModuleSchema> schemas,
    IdempotencyOptions options,
    TimeProvider clock,
    ILogger<IdempotencyRecordCleanup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(options.CleanupInterval, clock, stoppingToken);
                await DeleteExpiredAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host is stopping.
        }
    }

    public async Task DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        foreach (var schema in schemas)
        {
            try
            {
                // In line with the process's writers on SQLite (ADR 0021), like every write.
                await using var turn = await connections.WaitForWriteTurnAsync(cancellationToken);
                await using var connection = await connections.OpenConnectionAsync(cancellationToken);
                await connection.ExecuteAsync(new CommandDefinition(
                    IdempotencySql.DeleteExpired(schema.Name),
                    new { now = clock.GetUtcNow() },
                    cancellationToken: cancellationToken));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogCleanupFailed(exception, schema.Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deleting expired idempotency records of {Schema} failed")]
    private partial void LogCleanupFailed(Exception exception, string schema);
}
