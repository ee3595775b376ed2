using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.CivilRegistry.Domain;
using Microsoft.Extensions.Logging;
using Sylvan.Data.Csv;

namespace GovServices.CivilRegistry.ImportResidents;

/// <summary>
/// Imports one queued CSV file at a time. A job is claimed with a lease (several host instances never import the
/// same file at once) and renewed with every batch; a worker that dies leaves its lease to expire, and the next one
/// starts the file again from the top, which the upsert by NIK makes harmless. Each batch of rows commits together
/// with its progress counters and its errors, so the report always matches what landed.
/// </summary>
internal sealed partial class ResidentImportProcessor(
    IDbConnectionFactory connections,
    CivilRegistryOptions options,
    TimeProvider clock,
    ILogger<ResidentImportProcessor> logger)
{
    // Eighteen parameters a row: 100 rows stay under SQL Server's 2,100 parameters a statement. SQLite binds each
    // parameter by a linear search of the statement's names, so there one prepared single-row statement, run once
    // per row inside the transaction, is much faster than a wide one.
    private const int RowsPerStatement = 100;

    private const int HeaderRow = 1;

    private ResidentImportOptions Options => options.Import;

    /// <summary>Claims and imports one job; false when none was waiting.</summary>
    public async Task<bool> ProcessNextAsync(CancellationToken cancellationToken)
    {
        var run = await ClaimAsync(cancellationToken);
        if (run is null)
            return false;

        try
        {
            var fatalErrors = await ImportAsync(run, cancellationToken);
            await FinishAsync(run, fatalErrors, cancellationToken);
        }
        catch (LeaseLostException)
        {
            LogLeaseLost(run.JobId);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the lease runs out and another worker starts the job again.
            throw;
        }
        catch (Exception exception)
        {
            LogImportFailed(exception, run.JobId, run.Attempt);
            if (run.Attempt >= Options.MaxAttempts)
                await FinishAsync(run, [new ImportError(0, null, $"The import stopped after {run.Attempt} attempts for a reason outside the file; send it again later.")], CancellationToken.None);
            else
                await ReleaseAsync(run);
        }

        return true;
    }

    private async Task<ImportRun?> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var leaseOwner = Guid.NewGuid().ToString("N");
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
        return new ImportRun(claimed.Id, leaseOwner, claimed.Attempts);
    }

    /// <summary>Reads the whole file, writing batch by batch; returns the error that stopped it early, if any.</summary>
    private async Task<IReadOnlyList<ImportError>> ImportAsync(ImportRun run, CancellationToken cancellationToken)
    {
        await using var fileConnection = await connections.OpenConnectionAsync(cancellationToken);
        await using var file = new ImportFileStream(fileConnection, run.JobId);
        if (Utf16Or32ByteOrderMark(await file.PeekStartAsync(cancellationToken)) is { } encoding)
            return [new ImportError(HeaderRow, null, $"The file is {encoding}; save it as CSV UTF-8 (with or without BOM).")];

        // Invalid UTF-8 becomes U+FFFD, which the row parser reports per field: other rows still land.
        using var text = new StreamReader(file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: false);
        CsvDataReader csv;
        try
        {
            csv = await CsvDataReader.CreateAsync(text, CsvOptions(), cancellationToken);
        }
        catch (CsvMissingHeadersException)
        {
            return [new ImportError(HeaderRow, null, "The file has no header row.")];
        }
        catch (CsvRecordTooLargeException)
        {
            return [new ImportError(HeaderRow, null, $"The header row is longer than {Options.MaxRecordCharacters:N0} characters.")];
        }
        catch (CsvFormatException)
        {
            return [new ImportError(HeaderRow, null, "The header row has a broken quoted field.")];
        }

        await using (csv)
        {
            var (columns, headerErrors) = ResidentCsvColumns.Read(csv);
            if (columns is null)
                return headerErrors;

            return await ImportRowsAsync(run, csv, columns, cancellationToken);
        }
    }

    private async Task<IReadOnlyList<ImportError>> ImportRowsAsync(ImportRun run, CsvDataReader csv, ResidentCsvColumns columns, CancellationToken cancellationToken)
    {
        var parser = new ResidentRowParser(columns, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        // NIKs are 16 digits, so a long holds each exactly: a million rows cost a few dozen megabytes.
        var firstRowOfNik = new Dictionary<long, long>();
        var batch = new ImportBatch();
        long lastRow = HeaderRow;
        while (true)
        {
            bool read;
            try
            {
                read = await csv.ReadAsync(cancellationToken);
            }
            catch (CsvRecordTooLargeException)
            {
                await WriteBatchAsync(run, batch, cancellationToken);
                return [new ImportError(lastRow + 1, null, $"The row is longer than {Options.MaxRecordCharacters:N0} characters (or a quote left open runs on). The import stopped at this row; the rows before it were imported.")];
            }
            catch (CsvFormatException exception)
            {
                await WriteBatchAsync(run, batch, cancellationToken);
                return [new ImportError(exception.RowNumber + HeaderRow, FieldName(csv, exception.FieldOrdinal), "A quoted field is not closed properly (RFC 4180: a quote inside a quoted field is doubled). The import stopped at this row; the rows before it were imported.")];
            }

            if (!read)
                break;

            // Sylvan counts data rows; the report counts file rows, the header being row 1.
            lastRow = csv.RowNumber + HeaderRow;
            if (csv.RowFieldCount == 1 && csv.GetString(0).Length == 0)
                continue;

            batch.RowsRead++;
            var resident = parser.Parse(csv, lastRow, batch.Errors);
            if (resident is null)
            {
                batch.RowsFailed++;
            }
            else if (firstRowOfNik.TryGetValue(long.Parse(resident.Nik, CultureInfo.InvariantCulture), out var firstRow))
            {
                batch.Errors.Add(new ImportError(lastRow, ResidentCsvColumns.Nik, $"The NIK already appears on row {firstRow}; that row was imported, this one was not."));
                batch.RowsFailed++;
            }
            else
            {
                firstRowOfNik.Add(long.Parse(resident.Nik, CultureInfo.InvariantCulture), lastRow);
                batch.Residents.Add(resident);
            }

            if (batch.RowsRead >= Options.BatchSize)
            {
                await WriteBatchAsync(run, batch, cancellationToken);
                batch = new ImportBatch();
            }
        }

        await WriteBatchAsync(run, batch, cancellationToken);
        return [];
    }

    private async Task WriteBatchAsync(ImportRun run, ImportBatch batch, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var existing = new Dictionary<string, Resident>(StringComparer.Ordinal);
        foreach (var residents in batch.Residents.Chunk(RowsPerStatement))
        {
            var parameters = new DynamicParameters();
            for (var index = 0; index < residents.Length; index++)
                parameters.Add("nik" + index.ToString(CultureInfo.InvariantCulture), residents[index].Nik);
            foreach (var stored in await connection.QueryAsync<Resident>(new CommandDefinition(
                         ResidentSql.SelectByNiks(residents.Length), parameters, transaction, cancellationToken: cancellationToken)))
                existing[stored.Nik] = stored;
        }

        var inserts = batch.Residents.Where(resident => !existing.ContainsKey(resident.Nik)).ToList();
        var updates = batch.Residents.Where(resident => existing.TryGetValue(resident.Nik, out var stored) && !stored.HasSameValuesAs(resident)).ToList();

        if (connections.Provider == DatabaseProvider.Sqlite)
        {
            // Dapper runs a list of parameter sets on one command, which SQLite prepares once.
            var rows = inserts.Select(resident => RowParameters(resident, "0", now)).ToList();
            if (rows.Count > 0)
                await connection.ExecuteAsync(new CommandDefinition(ResidentSql.InsertRows(1), rows, transaction, cancellationToken: cancellationToken));
        }
        else
        {
            foreach (var rows in inserts.Chunk(RowsPerStatement))
            {
                var parameters = new DynamicParameters(new { updated_at = now });
                for (var index = 0; index < rows.Length; index++)
                    ResidentSql.AddParameters(parameters, rows[index], index.ToString(CultureInfo.InvariantCulture));
                await connection.ExecuteAsync(new CommandDefinition(ResidentSql.InsertRows(rows.Length), parameters, transaction, cancellationToken: cancellationToken));
            }
        }

        if (updates.Count > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                ResidentSql.Update, updates.Select(resident => RowParameters(resident, "", now)).ToList(), transaction, cancellationToken: cancellationToken));
        }

        var storedErrors = await InsertErrorsAsync(connection, transaction, run, batch.Errors, Math.Max(0, Options.MaxStoredErrors - run.ErrorsRecorded), cancellationToken);
        var progressed = await connection.ExecuteAsync(new CommandDefinition(
            ResidentImportSql.RecordProgress,
            new
            {
                id = run.JobId,
                lease_owner = run.LeaseOwner,
                rows_read = batch.RowsRead,
                rows_inserted = inserts.Count,
                rows_updated = updates.Count,
                rows_unchanged = batch.Residents.Count - inserts.Count - updates.Count,
                rows_failed = batch.RowsFailed,
                errors_recorded = storedErrors,
                lease_expires_at = now + Options.LeaseDuration,
            },
            transaction,
            cancellationToken: cancellationToken));
        if (progressed == 0)
            throw new LeaseLostException();

        await transaction.CommitAsync(cancellationToken);
        run.ErrorsRecorded += storedErrors;
    }

    private static DynamicParameters RowParameters(Resident resident, string suffix, DateTimeOffset now)
    {
        var parameters = new DynamicParameters(new { updated_at = now });
        ResidentSql.AddParameters(parameters, resident, suffix);
        return parameters;
    }

    private static async Task<int> InsertErrorsAsync(
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

    private async Task FinishAsync(ImportRun run, IReadOnlyList<ImportError> fatalErrors, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // What stopped the import is always reported, even past the cap on stored row errors.
        var storedErrors = await InsertErrorsAsync(connection, transaction, run, fatalErrors, fatalErrors.Count, cancellationToken);
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
            throw new LeaseLostException();

        await connection.ExecuteAsync(new CommandDefinition(ResidentImportSql.DeleteChunks, new { job_id = run.JobId }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task ReleaseAsync(ImportRun run)
    {
        await using var connection = await connections.OpenConnectionAsync(CancellationToken.None);
        await connection.ExecuteAsync(new CommandDefinition(
            ResidentImportSql.Release,
            new { id = run.JobId, lease_owner = run.LeaseOwner, status = nameof(ImportJobStatus.Queued) }));
    }

    private CsvDataReaderOptions CsvOptions() => new()
    {
        HasHeaders = true,
        Delimiter = ',',
        Quote = '"',
        Escape = '"',
        CsvStyle = CsvStyle.Standard,
        HeaderComparer = StringComparer.OrdinalIgnoreCase,
        BufferSize = Math.Min(64 * 1024, Options.MaxRecordCharacters),
        MaxBufferSize = Options.MaxRecordCharacters,
    };

    private static string? FieldName(CsvDataReader csv, int ordinal) =>
        ordinal >= 0 && ordinal < csv.FieldCount ? csv.GetName(ordinal).Trim().ToLowerInvariant() : null;

    private static string? Utf16Or32ByteOrderMark(ReadOnlyMemory<byte> start) => start.Span switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] or [0x00, 0x00, 0xFE, 0xFF, ..] => "UTF-32",
        [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] => "UTF-16",
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Resident import {JobId} was taken over by another worker")]
    private partial void LogLeaseLost(Guid jobId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Resident import {JobId} failed on attempt {Attempt}")]
    private partial void LogImportFailed(Exception exception, Guid jobId, int attempt);

    private sealed class ClaimedJob
    {
        public Guid Id { get; init; }

        public int Attempts { get; init; }
    }

    private sealed class ImportRun(Guid jobId, string leaseOwner, int attempt)
    {
        public Guid JobId { get; } = jobId;

        public string LeaseOwner { get; } = leaseOwner;

        public int Attempt { get; } = attempt;

        public int ErrorsRecorded { get; set; }
    }

    private sealed class ImportBatch
    {
        public List<Resident> Residents { get; } = [];

        public List<ImportError> Errors { get; } = [];

        public int RowsRead { get; set; }

        public int RowsFailed { get; set; }
    }

    private sealed class LeaseLostException() : Exception("Another worker holds this import job now.");
}
