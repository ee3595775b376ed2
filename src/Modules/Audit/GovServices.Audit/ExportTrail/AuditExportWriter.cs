using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovServices.Audit.Sealing;

namespace GovServices.Audit.ExportTrail;

/// <summary>
/// Writes an export as it reads it, page by page, so that its size never matters: a header with the hash the chain
/// continues from, every sealed entry with its content, and after each batch its seal. The last line is the seal
/// of the last batch; <c>build/verify-audit-export.py</c> recomputes the chain from the first line to it.
/// </summary>
internal sealed class AuditExportWriter(AuditChainReader chain, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task WriteAsync(ExportAuditTrailCommand export, Stream body, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
        var lines = export.Format == ExportFormat.Csv ? (IExportLines)new CsvExportLines(writer) : new JsonExportLines(writer);
        await lines.StartAsync();

        var headerWritten = false;
        var lineCount = 0;
        await foreach (var batch in chain.BatchesAsync(export.Module, (export.From, export.Until), cancellationToken))
        {
            if (!headerWritten)
            {
                await lines.WriteAsync(Header(export, await chain.HashBeforeAsync(export.Module, batch.FirstPosition, cancellationToken), batch.FirstPosition));
                headerWritten = true;
            }

            await foreach (var (entry, record) in chain.EntriesAsync(export.Module, batch.FirstPosition, batch.LastPosition, cancellationToken))
            {
                await lines.WriteAsync(Entry(entry, record));
                if (++lineCount % 500 == 0)
                    await writer.FlushAsync(cancellationToken);
            }

            await lines.WriteAsync(Seal(batch));
        }

        if (!headerWritten)
            await lines.WriteAsync(Header(export, previousHash: null, firstPosition: null));
        await writer.FlushAsync(cancellationToken);
    }

    private JsonObject Header(ExportAuditTrailCommand export, string? previousHash, long? firstPosition) => new()
    {
        ["kind"] = "header",
        ["module"] = export.Module,
        ["from"] = SealedRecord.Format(export.From),
        ["until"] = SealedRecord.Format(export.Until),
        ["exportedAt"] = SealedRecord.Format(clock.GetUtcNow()),
        ["hashAlgorithm"] = "sha256",
        ["firstPosition"] = firstPosition,
        ["previousHash"] = previousHash,
    };

    private static JsonObject Entry(ChainEntry entry, SealedRecord? record)
    {
        JsonObject? content = null;
        if (record is not null)
        {
            content = [];
            foreach (var (name, value) in record.Content)
                content[name] = value;
        }

        return new JsonObject
        {
            ["kind"] = "entry",
            ["position"] = entry.Position,
            ["table"] = entry.SourceTable,
            ["contentHash"] = entry.ContentHash,
            ["entryHash"] = entry.EntryHash,
            ["content"] = content,
        };
    }

    private static JsonObject Seal(SealBatch batch) => new()
    {
        ["kind"] = "seal",
        ["batchNumber"] = batch.BatchNumber,
        ["firstPosition"] = batch.FirstPosition,
        ["lastPosition"] = batch.LastPosition,
        ["lastHash"] = batch.LastHash,
        ["sealedAt"] = SealedRecord.Format(batch.SealedAt),
    };

    private interface IExportLines
    {
        Task StartAsync();

        Task WriteAsync(JsonObject line);
    }

    private sealed class JsonExportLines(StreamWriter writer) : IExportLines
    {
        public Task StartAsync() => Task.CompletedTask;

        public Task WriteAsync(JsonObject line) => writer.WriteAsync(line.ToJsonString(Json) + "\n");
    }

    /// <summary>The same lines as CSV: a few readable columns, and all of each line as JSON in <c>line</c>.</summary>
    private sealed class CsvExportLines(StreamWriter writer) : IExportLines
    {
        private static readonly string[] Columns = ["kind", "position", "table", "id", "occurred_at", "action", "outcome", "entry_hash", "line"];

        public Task StartAsync() => writer.WriteAsync(string.Join(',', Columns) + "\r\n");

        public Task WriteAsync(JsonObject line)
        {
            var content = line["content"] as JsonObject;
            string?[] cells =
            [
                (string?)line["kind"],
                (line["position"] ?? line["lastPosition"] ?? line["firstPosition"])?.ToJsonString(),
                (string?)line["table"],
                (string?)content?["id"],
                (string?)(content?["occurred_at"] ?? line["sealedAt"] ?? line["exportedAt"]),
                Readable((string?)content?["action"]),
                Readable((string?)(content?["outcome"] ?? content?["result"])),
                (string?)(line["entryHash"] ?? line["lastHash"] ?? line["previousHash"]),
                line.ToJsonString(Json),
            ];
            return writer.WriteAsync(string.Join(',', cells.Select(Quote)) + "\r\n");
        }

        // A spreadsheet would run a leading = + - @ as a formula; the verified JSON keeps the value untouched.
        private static string? Readable(string? value) =>
            value is { Length: > 0 } && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;

        private static string Quote(string? value) =>
            value is null ? "" : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
