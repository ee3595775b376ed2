using System.Buffers;
using System.IO.Compression;
using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using Mediator;

namespace GovServices.CivilRegistry.ImportResidents;

/// <summary>
/// Receives a CSV file of residents and queues it for the background import. The body is streamed into the
/// database in fixed-size pieces, so a file of any size passes through bounded memory and any host instance's
/// worker can import it. Each piece is stored compressed: CSV shrinks to about a quarter, and so do the database's
/// writes and reads of it (ADR 0022). Each piece commits on its own, so a long upload holds no transaction.
/// </summary>
internal sealed record StartResidentImportCommand(Stream Content, string? FileName) : ISelfTransactingCommand<Result<ResidentImportAccepted>>;

/// <param name="Id">The job to follow at <c>GET /api/v1/civil-registry/imports/{id}</c>.</param>
/// <param name="Status">Queued.</param>
/// <param name="FileBytes">The size of the file received.</param>
internal sealed record ResidentImportAccepted(Guid Id, string Status, long FileBytes);

internal sealed class StartResidentImportHandler(
    IDbConnectionFactory connections,
    IUnitOfWork unitOfWork,
    IAuditTrail auditTrail,
    ICurrentActor actor,
    CivilRegistryOptions options,
    TimeProvider clock) : IRequestHandler<StartResidentImportCommand, Result<ResidentImportAccepted>>
{
    private const int MaxFileNameLength = 260;

    public async ValueTask<Result<ResidentImportAccepted>> Handle(StartResidentImportCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            ResidentImportSql.InsertJob,
            new
            {
                id,
                status = nameof(ImportJobStatus.Receiving),
                file_name = request.FileName is { Length: > MaxFileNameLength } name ? name[..MaxFileNameLength] : request.FileName,
                requested_by_client_id = actor.ClientId,
                requested_by_user_id = actor.UserId,
                requested_at = now,
            },
            cancellationToken: cancellationToken));

        try
        {
            var fileBytes = await ReceiveAsync(connection, id, request.Content, cancellationToken);
            if (fileBytes == 0)
            {
                await DeleteAsync(connection, id);
                return Error.Validation(new Dictionary<string, string[]> { ["file"] = [Bilingual.Pick("The file is empty: send a CSV file with a header row.", "Berkas kosong: kirim berkas CSV yang memiliki baris judul kolom.")] });
            }

            await unitOfWork.BeginAsync(cancellationToken);
            await unitOfWork.ExecuteAsync(
                ResidentImportSql.MarkQueued,
                new
                {
                    id,
                    status = nameof(ImportJobStatus.Queued),
                    file_bytes = fileBytes,
                    file_compression = ImportFileStream.Deflate,
                    report_language = Bilingual.CurrentLanguage,
                },
                cancellationToken);
            await auditTrail.RecordAsync(
                CivilRegistryModule.Schema,
                new AuditEvent("resident_import.requested", "resident_import", id.ToString(), Details: new { fileBytes }),
                cancellationToken);
            await unitOfWork.CommitAsync(cancellationToken);
            return new ResidentImportAccepted(id, nameof(ImportJobStatus.Queued), fileBytes);
        }
        catch
        {
            // A broken or abandoned upload leaves nothing behind: the job and its pieces go together.
            await unitOfWork.RollbackAsync(CancellationToken.None);
            await DeleteAsync(connection, id);
            throw;
        }
    }

    private async Task<long> ReceiveAsync(System.Data.Common.DbConnection connection, Guid id, Stream content, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(options.Import.ChunkBytes);
        using var compressed = new MemoryStream();
        try
        {
            long total = 0;
            var chunkNumber = 0;
            while (true)
            {
                var filled = await content.ReadAtLeastAsync(buffer.AsMemory(0, options.Import.ChunkBytes), options.Import.ChunkBytes, throwOnEndOfStream: false, cancellationToken);
                if (filled == 0)
                    return total;

                compressed.SetLength(0);
                // Fastest: the upload waits for this, and CSV compresses well even so.
                await using (var deflater = new DeflateStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
                    await deflater.WriteAsync(buffer.AsMemory(0, filled), cancellationToken);

                // On SQLite a piece is a write like any other: it waits for its turn among the process's writers (ADR 0021).
                await using (await connections.WaitForWriteTurnAsync(cancellationToken))
                {
                    await connection.ExecuteAsync(new CommandDefinition(
                        ResidentImportSql.InsertChunk,
                        new { job_id = id, chunk_number = chunkNumber++, content = compressed.ToArray() },
                        cancellationToken: cancellationToken));
                }

                total += filled;
                if (filled < options.Import.ChunkBytes)
                    return total;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static Task DeleteAsync(System.Data.Common.DbConnection connection, Guid id) =>
        connection.ExecuteAsync(new CommandDefinition(ResidentImportSql.DeleteJob, new { id }, cancellationToken: CancellationToken.None));
}
