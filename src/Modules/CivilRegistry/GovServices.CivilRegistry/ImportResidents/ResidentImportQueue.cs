using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Messaging;
using GovServices.CivilRegistry.Contracts;

namespace GovServices.CivilRegistry.ImportResidents;

/// <summary>
/// The queued import jobs and their leases. A job is claimed with a lease, so several host instances never import the
/// same file at once; the batch writer renews it with every batch. A worker that dies leaves its lease to expire, and
/// the next one starts the file again from the top, which the upsert by NIK makes harmless; a worker that stops hands
/// its job back at once.
/// </summary>
internal sealed class ResidentImportQueue(IDbConnectionFactory connections, CivilRegistryOptions options, TimeProvider clock)
{
    private ResidentImportOptions Options => options.Import;

    /// <summary>Takes the next queued job under a new lease; null when none is waiting.</summary>
    public async Task<ImportRun?> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var leaseOwner = Guid.NewGuid().ToString("N");
        await using var turn = await connections.WaitForWriteTurnAsync(cancellationToken);
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            ResidentImportSql.Claim(connections.Dialect),
            new
            {
                queued = nameof(ImportJobStatus.Queued),
                running = nameof(ImportJobStatus.Running),
                now,
                lease_owner = leaseOwner,
                lease_expires_at = now + Options.LeaseDuration,
                batch_size = 1,
            },
            cancellationToken: cancellationToken));

        var claimed = await connection.QuerySingleOrDefaultAsync<ClaimedJob>(new CommandDefinition(
            ResidentImportSql.SelectClaimed,
            new { lease_owner = leaseOwner, running = nameof(ImportJobStatus.Running) },
            cancellationToken: cancellationToken));
        if (claimed is null)
            return null;

        // A job taken over from a stopped worker starts from scratch: forget the earlier attempt's counts and errors.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(ResidentImportSql.DeleteErrors, new { job_id = claimed.Id }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(ResidentImportSql.ResetProgress, new { id = claimed.Id, lease_owner = leaseOwner }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new ImportRun(claimed.Id, leaseOwner, claimed.Attempts, claimed.FileBytes, claimed.FileCompression, claimed.ReportLanguage ?? Bilingual.English);
    }

    /// <summary>
    /// Ends the job, completed or, with <paramref name="fatalErrors"/>, failed, drops its file and tells others
    /// (<see cref="ResidentImportCompleted"/>, addressed to the client that started it) in the same transaction; throws
    /// <see cref="ImportLeaseLostException"/> when another worker has taken the job over.
    /// </summary>
    public async Task FinishAsync(ImportRun run, IReadOnlyList<ImportError> fatalErrors, CancellationToken cancellationToken)
    {
        await using var turn = await connections.WaitForWriteTurnAsync(cancellationToken);
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // What stopped the import is always reported, even past the cap on stored row errors.
        var storedErrors = await ResidentBatchWriter.InsertErrorsAsync(connection, transaction, run, fatalErrors, fatalErrors.Count, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            ResidentImportSql.RecordProgress,
            new
            {
                id = run.JobId,
                lease_owner = run.LeaseOwner,
                rows_read = 0,
                rows_inserted = 0,
                rows_updated = 0,
                rows_unchanged = 0,
                rows_failed = 0,
                errors_recorded = storedErrors,
                lease_expires_at = clock.GetUtcNow() + Options.LeaseDuration,
            },
            transaction,
            cancellationToken: cancellationToken));
        var finished = await connection.ExecuteAsync(new CommandDefinition(
            ResidentImportSql.Finish,
            new
            {
                id = run.JobId,
                lease_owner = run.LeaseOwner,
                status = fatalErrors.Count == 0 ? nameof(ImportJobStatus.Completed) : nameof(ImportJobStatus.Failed),
                failure_reason = fatalErrors.Count == 0 ? null : fatalErrors[0].Reason,
                finished_at = clock.GetUtcNow(),
            },
            transaction,
            cancellationToken: cancellationToken));
        if (finished == 0)
            throw new ImportLeaseLostException();

        await connection.ExecuteAsync(new CommandDefinition(ResidentImportSql.DeleteChunks, new { job_id = run.JobId }, transaction, cancellationToken: cancellationToken));
        var outcome = await connection.QuerySingleAsync<ImportOutcome>(new CommandDefinition(
            ResidentImportSql.SelectOutcome, new { id = run.JobId }, transaction, cancellationToken: cancellationToken));
        await transaction.EnqueueAsync(
            CivilRegistryModule.Schema,
            new ResidentImportCompleted(
                outcome.ImportId,
                outcome.Status == nameof(ImportJobStatus.Completed) ? "completed" : "failed",
                outcome.RowsRead,
                outcome.RowsInserted,
                outcome.RowsUpdated,
                outcome.RowsRejected,
                outcome.CompletedAt,
                new EventAudience(outcome.RequestedByClientId, Opd: null)),
            clock.GetUtcNow(),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Puts the job back in the queue after a failed attempt, which counts against its attempts.</summary>
    public Task ReleaseAsync(ImportRun run) => ReturnToQueueAsync(ResidentImportSql.Release, run);

    /// <summary>Puts the job back in the queue because this worker stops; that is no attempt of the job's.</summary>
    public Task HandBackAsync(ImportRun run) => ReturnToQueueAsync(ResidentImportSql.HandBack, run);

    // Not cancellable: the job must leave this worker even while the worker stops.
    private async Task ReturnToQueueAsync(string sql, ImportRun run)
    {
        await using var turn = await connections.WaitForWriteTurnAsync(CancellationToken.None);
        await using var connection = await connections.OpenConnectionAsync(CancellationToken.None);
        await connection.ExecuteAsync(new CommandDefinition(
            sql,
            new { id = run.JobId, lease_owner = run.LeaseOwner, status = nameof(ImportJobStatus.Queued) }));
    }

    private sealed class ImportOutcome
    {
        public Guid ImportId { get; init; }

        public string Status { get; init; } = "";

        public long RowsRead { get; init; }

        public long RowsInserted { get; init; }

        public long RowsUpdated { get; init; }

        public long RowsRejected { get; init; }

        public DateTimeOffset CompletedAt { get; init; }

        public string? RequestedByClientId { get; init; }
    }

    private sealed class ClaimedJob
    {
        public Guid Id { get; init; }

        public int Attempts { get; init; }

        public long FileBytes { get; init; }

        public string? FileCompression { get; init; }

        public string? ReportLanguage { get; init; }
    }
}
