using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;

namespace GovServices.Audit.Sealing;

/// <summary>The sealer's and the verifier's SQL, over the building-block chain tables and the audited tables.</summary>
internal static class AuditChainSql
{
    private const string BatchColumns = "batch_number, first_position, last_position, last_hash, entry_count, sealed_at, sealed_by";
    private const string EntryColumns = "position, source_table, record_id, content_hash, entry_hash, batch_number";

    /// <summary>
    /// Records of the table that have no chain position yet, oldest first. Whatever order transactions commit in,
    /// a committed record stays here until the sealer gives it a position: none is skipped.
    /// </summary>
    public static string SelectUnsealed(AuditedTable table, ISqlDialect dialect) =>
        $"""
        SELECT {string.Join(", ", table.Columns.SealedContent.Select(column => "t." + column))}
        FROM "{table.Schema}".{table.Table} AS t
        WHERE t.occurred_at >= @since
          AND NOT EXISTS (
              SELECT 1
              FROM "{table.Schema}".audit_chain_entry AS e
              WHERE e.source_table = @source_table
                AND e.record_id = t.id)
        ORDER BY t.occurred_at, t.id
        {dialect.Limit("batch_size")}
        """;

    /// <summary>The table's records at the chain positions in (after, through], each followed by its position.</summary>
    public static string SelectSealedRecords(AuditedTable table) =>
        $"""
        SELECT {string.Join(", ", table.Columns.SealedContent.Select(column => "t." + column))}, e.position
        FROM "{table.Schema}".audit_chain_entry AS e
        INNER JOIN "{table.Schema}".{table.Table} AS t ON t.id = e.record_id
        WHERE e.source_table = @source_table
          AND e.position > @after
          AND e.position <= @through
        """;

    public static string SelectLastBatch(string schema, ISqlDialect dialect) =>
        $"""
        SELECT {BatchColumns}
        FROM "{schema}".audit_seal_batch
        ORDER BY batch_number DESC
        {dialect.Limit("one")}
        """;

    public static string SelectBatchesAfter(string schema, ISqlDialect dialect) =>
        $"""
        SELECT {BatchColumns}
        FROM "{schema}".audit_seal_batch
        WHERE batch_number > @after
        ORDER BY batch_number
        {dialect.Limit("page_size")}
        """;

    /// <summary>Batches sealed in [from, until), oldest first: an export covers whole batches, so it ends on a seal.</summary>
    public static string SelectBatchesSealedBetween(string schema, ISqlDialect dialect) =>
        $"""
        SELECT {BatchColumns}
        FROM "{schema}".audit_seal_batch
        WHERE batch_number > @after
          AND sealed_at >= @from
          AND sealed_at < @until
        ORDER BY batch_number
        {dialect.Limit("page_size")}
        """;

    public static string SelectEntries(string schema) =>
        $"""
        SELECT {EntryColumns}
        FROM "{schema}".audit_chain_entry
        WHERE position > @after
          AND position <= @through
        ORDER BY position
        """;

    public static string SelectEntryHash(string schema) =>
        $"""
        SELECT entry_hash
        FROM "{schema}".audit_chain_entry
        WHERE position = @position
        """;

    public static string InsertBatch(string schema) =>
        $"""
        INSERT INTO "{schema}".audit_seal_batch ({BatchColumns})
        VALUES (@batch_number, @first_position, @last_position, @last_hash, @entry_count, @sealed_at, @sealed_by)
        """;

    /// <summary>Inserts <paramref name="count"/> entries in one statement; parameters are suffixed with the row's index.</summary>
    public static string InsertEntries(string schema, int count) =>
        $"""
        INSERT INTO "{schema}".audit_chain_entry ({EntryColumns})
        VALUES {string.Join(",\n       ", Enumerable.Range(0, count).Select(row =>
            $"(@position{row}, @source_table{row}, @record_id{row}, @content_hash{row}, @entry_hash{row}, @batch_number{row})"))}
        """;

    /// <summary>All records of an audited table, sealed or not: records are never deleted, so this less the chain's length is what waits.</summary>
    public static string CountRecords(AuditedTable table) =>
        $"""
        SELECT COUNT(*)
        FROM "{table.Schema}".{table.Table}
        """;
}
