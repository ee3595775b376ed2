using GovServices.Audit.Sealing;
using GovServices.Audit.SearchEvents;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Http;
using GovServices.Testing.SqlServer;

namespace GovServices.Audit.Tests;

/// <summary>
/// No SQL Server runs here, so every statement of the audit module, rendered for SQL Server, is at least parsed by
/// Microsoft's T-SQL parser, for the building blocks' audit_log and for a table a module declared.
/// </summary>
public sealed class AuditSqlServerSyntaxTests
{
    private static readonly ISqlDialect Dialect = SqlServerSyntax.Dialect;

    private static readonly AuditedTable Declared = new("civil_registry", "access_log", new AuditedColumns
    {
        ActorClientId = "client_id",
        ActorUserId = "user_id",
        Action = "action",
        Outcome = "result",
        Subject = "nik",
        FixedEntityType = "resident",
        Purpose = "purpose",
        SealedContent = [AuditedColumns.Id, AuditedColumns.OccurredAt, "client_id", "nik", "purpose"],
    });

    public static IEnumerable<TestCaseData> Statements()
    {
        var statements = new Dictionary<string, string>
        {
            ["select-last-batch"] = AuditChainSql.SelectLastBatch("payments", Dialect),
            ["select-batches-after"] = AuditChainSql.SelectBatchesAfter("payments", Dialect),
            ["select-batches-sealed-between"] = AuditChainSql.SelectBatchesSealedBetween("payments", Dialect),
            ["select-entries"] = AuditChainSql.SelectEntries("payments"),
            ["select-entry-hash"] = AuditChainSql.SelectEntryHash("payments"),
            ["insert-batch"] = AuditChainSql.InsertBatch("payments"),
            ["insert-entries"] = AuditChainSql.InsertEntries("payments", 3),
        };
        foreach (var table in new[] { AuditedTable.AuditLog("payments"), Declared })
        {
            statements[$"select-unsealed-{table.Table}"] = AuditChainSql.SelectUnsealed(table, Dialect);
            statements[$"select-sealed-records-{table.Table}"] = AuditChainSql.SelectSealedRecords(table);
            statements[$"count-records-{table.Table}"] = AuditChainSql.CountRecords(table);
            statements[$"search-{table.Table}"] = AuditEventSql.Search(
                table, Dialect, new AuditEventFilter(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, null, "c", "u", "s", "a", "o"), new KeysetCursor(DateTimeOffset.UtcNow, Guid.Empty), 21).Sql;
            statements[$"search-unfiltered-{table.Table}"] = AuditEventSql.Search(table, Dialect, new AuditEventFilter(), null, 21).Sql;
        }

        return SqlServerSyntax.Cases(statements);
    }

    [TestCaseSource(nameof(Statements))]
    public void Statement_is_valid_T_SQL(string sql) => SqlServerSyntax.AssertParses(sql);
}
