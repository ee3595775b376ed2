using System.Data.Common;
using Dapper;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;

namespace GovServices.Audit.Sealing;

/// <summary>Reads audited records in their sealed form, for the sealer, the verifier and the export.</summary>
internal static class AuditRecordReader
{
    public static async Task<List<SealedRecord>> ReadUnsealedAsync(
        DbConnection connection, ISqlDialect dialect, AuditedTable table, DateTimeOffset since, int batchSize, CancellationToken cancellationToken)
    {
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            AuditChainSql.SelectUnsealed(table, dialect),
            new { since, source_table = table.Table, batch_size = batchSize },
            cancellationToken: cancellationToken));
        return await ReadAllAsync(reader, table, cancellationToken);
    }

    /// <summary>The table's records sealed at positions in (after, through] that still exist, by position.</summary>
    public static async Task<Dictionary<long, SealedRecord>> ReadSealedAsync(
        DbConnection connection, AuditedTable table, long after, long through, CancellationToken cancellationToken)
    {
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            AuditChainSql.SelectSealedRecords(table),
            new { source_table = table.Table, after, through },
            cancellationToken: cancellationToken));
        var positionOrdinal = table.Columns.SealedContent.Count;
        var records = new Dictionary<long, SealedRecord>();
        while (await reader.ReadAsync(cancellationToken))
            records[Convert.ToInt64(reader.GetValue(positionOrdinal), System.Globalization.CultureInfo.InvariantCulture)] = SealedRecord.Read(reader, table);
        return records;
    }

    private static async Task<List<SealedRecord>> ReadAllAsync(DbDataReader reader, AuditedTable table, CancellationToken cancellationToken)
    {
        var records = new List<SealedRecord>();
        while (await reader.ReadAsync(cancellationToken))
            records.Add(SealedRecord.Read(reader, table));
        return records;
    }
}
