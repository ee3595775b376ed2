using System.Globalization;
using System.Text;
using System.Threading.Channels;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using Microsoft.Extensions.Logging;
using Sylvan.Data.Csv;

namespace GovServices.CivilRegistry.ImportResidents;

/// <summary>
/// Imports one queued CSV file at a time, claimed from the <see cref="ResidentImportQueue"/>. Each batch of rows
/// commits together with its progress counters and its errors, so the report always matches what landed. Reading and
/// writing overlap: while one batch is written, the next is parsed (ADR 0022).
/// </summary>
internal sealed partial class ResidentImportProcessor(
    IDbConnectionFactory connections,
    ResidentImportQueue queue,
    ResidentBatchWriter writer,
    CivilRegistryOptions options,
    TimeProvider clock,
    ILogger<ResidentImportProcessor> logger)
{
    private const int HeaderRow = 1;

    // Generated files run about 160 bytes a row; a smaller guess only makes the NIK index start a little too big.
    private const int BytesPerRowGuess = 128;

    // A file of long rows must not reserve memory for rows it does not have: past this, the index grows as it fills.
    private const int MostNiksPresized = 2_000_000;

    private ResidentImportOptions Options => options.Import;

    /// <summary>Claims and imports one job; false when none was waiting.</summary>
    public async Task<bool> ProcessNextAsync(CancellationToken cancellationToken)
    {
        var run = await queue.ClaimAsync(cancellationToken);
        if (run is null)
            return false;

        // The report speaks the language of the request that sent the file; the worker's own flow keeps its language.
        Bilingual.Use(run.ReportLanguage);
        try
        {
            var fatalErrors = await ImportAsync(run, cancellationToken);
            await queue.FinishAsync(run, fatalErrors, cancellationToken);
        }
        catch (ImportLeaseLostException)
        {
            LogLeaseLost(run.JobId);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the job goes back to the queue now, not when the lease runs out, and another instance starts it
            // again from the top (the upsert by NIK makes that harmless). A stop is no failure of the job's: it does not
            // count as an attempt.
            await queue.HandBackAsync(run);
            throw;
        }
        catch (Exception exception)
        {
            LogImportFailed(exception, run.JobId, run.Attempt);
            if (run.Attempt >= Options.MaxAttempts)
                await queue.FinishAsync(run, [new ImportError(0, null, Bilingual.Pick(
                    $"The import stopped after {run.Attempt} attempts for a reason outside the file; send it again later.",
                    $"Impor dihentikan setelah {run.Attempt} percobaan karena sebab di luar berkas; kirim kembali nanti."))], CancellationToken.None);
            else
                await queue.ReleaseAsync(run);
        }

        return true;
    }

    /// <summary>Reads the whole file, writing batch by batch; returns the error that stopped it early, if any.</summary>
    private async Task<IReadOnlyList<ImportError>> ImportAsync(ImportRun run, CancellationToken cancellationToken)
    {
        await using var fileConnection = await connections.OpenConnectionAsync(cancellationToken);
        await using var file = new ImportFileStream(fileConnection, run.JobId, run.FileCompression);
        if (Utf16Or32ByteOrderMark(await file.PeekStartAsync(cancellationToken)) is { } encoding)
            return [new ImportError(HeaderRow, null, Bilingual.Pick($"The file is {encoding}; save it as CSV UTF-8 (with or without BOM).", $"Berkas ini berformat {encoding}; simpan sebagai CSV UTF-8 (dengan atau tanpa BOM)."))];

        // Invalid UTF-8 becomes U+FFFD, which the row parser reports per field: other rows still land.
        using var text = new StreamReader(file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: false);
        CsvDataReader csv;
        try
        {
            csv = await CsvDataReader.CreateAsync(text, CsvOptions(), cancellationToken);
        }
        catch (CsvMissingHeadersException)
        {
            return [new ImportError(HeaderRow, null, Bilingual.Pick("The file has no header row.", "Berkas tidak memiliki baris judul."))];
        }
        catch (CsvRecordTooLargeException)
        {
            return [new ImportError(HeaderRow, null, Bilingual.Pick(
                $"The header row is longer than {Options.MaxRecordCharacters:N0} characters.",
                $"Baris judul lebih panjang dari {Options.MaxRecordCharacters:N0} karakter."))];
        }
        catch (CsvFormatException)
        {
            return [new ImportError(HeaderRow, null, Bilingual.Pick("The header row has a broken quoted field.", "Baris judul memuat kolom bertanda kutip yang rusak."))];
        }

        await using (csv)
        {
            var (columns, headerErrors) = ResidentCsvColumns.Read(csv);
            if (columns is null)
                return headerErrors;

            return await ImportRowsAsync(run, csv, columns, cancellationToken);
        }
    }

    /// <summary>
    /// Parses batches on this flow and writes them on another, one batch waiting in between: the two cores a small
    /// host has both work, and memory holds at most three batches.
    /// </summary>
    private async Task<IReadOnlyList<ImportError>> ImportRowsAsync(ImportRun run, CsvDataReader csv, ResidentCsvColumns columns, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var batches = Channel.CreateBounded<ResidentBatch>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        var writing = WriteBatchesAsync(run, batches.Reader, stop);
        try
        {
            var fatalErrors = await ReadBatchesAsync(run, csv, columns, batches.Writer, stop.Token);
            batches.Writer.Complete();
            await writing;
            return fatalErrors;
        }
        catch
        {
            batches.Writer.TryComplete();
            await stop.CancelAsync();
            try
            {
                // A writer that failed first (a lost lease, the database) stopped the reading: its reason is the one to report.
                await writing;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }

            throw;
        }
    }

    private async Task WriteBatchesAsync(ImportRun run, ChannelReader<ResidentBatch> batches, CancellationTokenSource stop)
    {
        // Off the reading flow at once: writing a batch on SQLite is synchronous work.
        await Task.Yield();
        try
        {
            await writer.WriteAllAsync(run, batches.ReadAllAsync(stop.Token), stop.Token);
        }
        catch
        {
            await stop.CancelAsync();
            throw;
        }
    }

    private async Task<IReadOnlyList<ImportError>> ReadBatchesAsync(
        ImportRun run, CsvDataReader csv, ResidentCsvColumns columns, ChannelWriter<ResidentBatch> batches, CancellationToken cancellationToken)
    {
        var parser = new ResidentRowParser(columns, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        // NIKs are 16 digits, so a long holds each exactly: a million rows cost about 30 MB. Sized from the file up
        // front, the index does not pass through the copies a growing dictionary makes.
        var firstRowOfNik = new Dictionary<long, long>((int)Math.Min(run.FileBytes / BytesPerRowGuess, MostNiksPresized));
        var batch = new ResidentBatch();
        long lastRow = HeaderRow;
        while (true)
        {
            var (read, stoppedBy) = await ReadRowAsync(csv, lastRow, cancellationToken);
            if (stoppedBy is not null)
            {
                await batches.WriteAsync(batch, cancellationToken);
                return [stoppedBy];
            }

            if (!read)
                break;

            // Sylvan counts data rows; the report counts file rows, the header being row 1.
            lastRow = csv.RowNumber + HeaderRow;
            if (csv.RowFieldCount == 1 && csv.GetString(0).Length == 0)
                continue;

            AddRow(batch, parser, csv, lastRow, firstRowOfNik);
            if (batch.RowsRead >= Options.BatchSize)
            {
                await batches.WriteAsync(batch, cancellationToken);
                batch = new ResidentBatch();
            }
        }

        await batches.WriteAsync(batch, cancellationToken);
        return [];
    }

    /// <summary>Moves to the next row; a row the CSV reader cannot read stops the import with the error it gives.</summary>
    private async Task<(bool Read, ImportError? StoppedBy)> ReadRowAsync(CsvDataReader csv, long lastRow, CancellationToken cancellationToken)
    {
        try
        {
            return (await csv.ReadAsync(cancellationToken), null);
        }
        catch (CsvRecordTooLargeException)
        {
            return (false, new ImportError(lastRow + 1, null, Bilingual.Pick(
                $"The row is longer than {Options.MaxRecordCharacters:N0} characters (or a quote left open runs on). The import stopped at this row; the rows before it were imported.",
                $"Baris ini lebih panjang dari {Options.MaxRecordCharacters:N0} karakter (atau tanda kutip yang tidak ditutup berlanjut). Impor berhenti pada baris ini; baris-baris sebelumnya telah diimpor.")));
        }
        catch (CsvFormatException exception)
        {
            return (false, new ImportError(exception.RowNumber + HeaderRow, FieldName(csv, exception.FieldOrdinal), Bilingual.Pick(
                "A quoted field is not closed properly (RFC 4180: a quote inside a quoted field is doubled). The import stopped at this row; the rows before it were imported.",
                "Kolom bertanda kutip tidak ditutup dengan benar (RFC 4180: tanda kutip di dalam kolom bertanda kutip ditulis dua kali). Impor berhenti pada baris ini; baris-baris sebelumnya telah diimpor.")));
        }
    }

    /// <summary>Parses the current row into the batch: a resident to write, or the row's errors.</summary>
    private static void AddRow(ResidentBatch batch, ResidentRowParser parser, CsvDataReader csv, long row, Dictionary<long, long> firstRowOfNik)
    {
        batch.RowsRead++;
        var resident = parser.Parse(csv, row, batch.Errors);
        if (resident is null)
        {
            batch.RowsFailed++;
        }
        else if (!firstRowOfNik.TryAdd(long.Parse(resident.Nik, CultureInfo.InvariantCulture), row))
        {
            var firstRow = firstRowOfNik[long.Parse(resident.Nik, CultureInfo.InvariantCulture)];
            batch.Errors.Add(new ImportError(row, ResidentCsvColumns.Nik, Bilingual.Pick(
                $"The NIK already appears on row {firstRow}; that row was imported, this one was not.",
                $"NIK ini sudah ada pada baris {firstRow}; baris itu diimpor, baris ini tidak.")));
            batch.RowsFailed++;
        }
        else
        {
            batch.Residents.Add(resident);
        }
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

}
