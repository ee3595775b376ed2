using System.Data.Common;
using Dapper;
using GovServices.BuildingBlocks.Data;

namespace GovServices.CivilRegistry.ImportResidents;

/// <summary>
/// Writes one batch of an import in one transaction: its residents, its row errors and the job's progress
/// counters, renewing the lease, so the report always matches what landed. On SQLite each batch waits for its turn
/// among the process's writers (ADR 0021) like any request, so an import never starves them nor they it.
/// </summary>
internal sealed class ResidentBatchWriter(IDbConnectionFactory connections, CivilRegistryOptions options, TimeProvider clock)
{
    private readonly IResidentUpsert _upsert = IResidentUpsert.For(connections.Provider, options.Import);

    private ResidentImportOptions Options => options.Import;

    /// <summary>Writes every batch <paramref name="batches"/> yields on one connection, readied for the import.</summary>
    public async Task WriteAllAsync(ImportRun run, IAsyncEnumerable<ResidentBatch> batches, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        await _upsert.PrepareAsync(connection, cancellationToken);
        try
        {
            await foreach (var batch in batches.WithCancellation(cancellationToken))
                await WriteAsync(connection, run, batch, cancellationToken);
        }
        finally
        {
            await _upsert.RestoreAsync(connection);
        }
    }

    private async Task WriteAsync(DbConnection connection, ImportRun run, ResidentBatch batch, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var turn = await connections.WaitForWriteTurnAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var counts = await _upsert.UpsertAsync(connection, transaction, batch.Residents, now, cancellationToken);
        var storedErrors = await InsertErrorsAsync(connection, transaction, run, batch.Errors, Math.Max(0, Options.MaxStoredErrors - run.ErrorsRecorded), cancellationToken);
        var progressed = await connection.ExecuteAsync(new CommandDefinition(
            ResidentImportSql.RecordProgress,
            new
            {
                id = run.JobId,
                lease_owner = run.LeaseOwner,
                rows_read = batch.RowsRead,
                rows_inserted = counts.Inserted,
                rows_updated = counts.Updated,
                rows_unchanged = counts.Unchanged,
                rows_failed = batch.RowsFailed,
                errors_recorded = storedErrors,
                lease_expires_at = now + Options.LeaseDuration,
            },
            transaction,
            cancellationToken: cancellationToken));
        if (progressed == 0)
            throw new ImportLeaseLostException();

        await transaction.CommitAsync(cancellationToken);
        run.ErrorsRecorded += storedErrors;
    }

    /// <summary>Stores at most <paramref name="room"/> of <paramref name="errors"/>, numbered after those already stored.</summary>
    public static async Task<int> InsertErrorsAsync(
        DbConnection connection, DbTransaction transaction, ImportRun run, IReadOnlyList<ImportError> errors, int room, CancellationToken cancellationToken)
    {
        var stored = errors.Take(room).Select((error, index) => new
        {
            job_id = run.JobId,
            error_number = run.ErrorsRecorded + index + 1,
            row_number = error.Row,
            field = error.Field,
            reason = error.Reason,
        }).ToList();
        if (stored.Count > 0)
            await connection.ExecuteAsync(new CommandDefinition(ResidentImportSql.InsertError, stored, transaction, cancellationToken: cancellationToken));
        return stored.Count;
    }
}
