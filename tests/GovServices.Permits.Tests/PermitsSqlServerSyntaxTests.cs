using GovServices.BuildingBlocks.Data;
using GovServices.Permits.Domain;
using GovServices.Permits.Issuing.Numbering;
using GovServices.Testing.SqlServer;

namespace GovServices.Permits.Tests;

/// <summary>
/// No SQL Server runs here, so the statements the module builds with the SQL Server dialect are at least parsed (its
/// ready-made statements and migrations are parsed with every module's by the building blocks' tests).
/// </summary>
public sealed class PermitsSqlServerSyntaxTests
{
    private static readonly ISqlDialect Dialect = SqlServerSyntax.Dialect;

    public static IEnumerable<TestCaseData> Statements() => SqlServerSyntax.Cases(new Dictionary<string, string>
    {
        ["type-insert"] = Dialect.InsertIfAbsent(
            "permits.permit_type",
            ["code", "name_id", "name_en", "description_id", "opd_code", "classification_code", "documents", "fields", "fee_rule", "sla", "validity_months", "active", "sort_order", "updated_at", "version"],
            ["code"]),
        ["application-list"] = $"""
            SELECT {ApplicationSql.SelectColumns}
            FROM permits.application
            WHERE opd_code = @opd_code
              AND status = @status
              AND stage_due_on < @today AND status IN (@s1, @s2)
              AND (created_at < @after_at OR (created_at = @after_at AND id < @after_id))
            ORDER BY created_at DESC, id DESC
            {Dialect.Limit("limit")}
            """,
        ["sequence-ensure"] = Dialect.InsertIfAbsent(PermitNumberSequenceSql.Table, PermitNumberSequenceSql.Columns, PermitNumberSequenceSql.Key),
    });

    [TestCaseSource(nameof(Statements))]
    public void Statement_is_valid_T_SQL(string sql) => SqlServerSyntax.AssertParses(sql);
}
