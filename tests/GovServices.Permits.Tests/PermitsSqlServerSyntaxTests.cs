using GovServices.BuildingBlocks.Data;
using GovServices.Permits.Domain;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace GovServices.Permits.Tests;

/// <summary>No SQL Server runs here, so every statement of the module and its migration, rendered for SQL Server, is at least parsed.</summary>
public sealed class PermitsSqlServerSyntaxTests
{
    private static readonly ISqlDialect Dialect = (ISqlDialect)Activator.CreateInstance(
        typeof(ISqlDialect).Assembly.GetType("GovServices.BuildingBlocks.Data.SqlServerDialect")!)!;

    public static IEnumerable<TestCaseData> Statements()
    {
        var statements = new Dictionary<string, string>
        {
            ["type-select-active"] = PermitTypeSql.SelectActive,
            ["type-select-by-code"] = PermitTypeSql.SelectByCode,
            ["type-insert"] = Dialect.InsertIfAbsent(
                "permits.permit_type",
                ["code", "name_id", "name_en", "description_id", "opd_code", "classification_code", "documents", "fields", "fee_rule", "sla", "validity_months", "active", "sort_order", "updated_at", "version"],
                ["code"]),
            ["type-update"] = PermitTypeSql.Update,
            ["type-classification-holder"] = PermitTypeSql.SelectClassificationHolder,
            ["type-classification-issuer"] = PermitTypeSql.SelectClassificationIssuer,
            ["application-insert"] = ApplicationSql.Insert,
            ["application-select"] = ApplicationSql.SelectById,
            ["application-select-by-invoice"] = ApplicationSql.SelectByInvoice,
            ["application-update-draft"] = ApplicationSql.UpdateDraft,
            ["application-update-lifecycle"] = ApplicationSql.UpdateLifecycle,
            ["history-insert"] = ApplicationSql.InsertHistory,
            ["history-select"] = ApplicationSql.SelectHistory,
            ["document-insert"] = ApplicationSql.InsertDocument,
            ["documents-select"] = ApplicationSql.SelectDocuments,
            ["document-select"] = ApplicationSql.SelectDocument,
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
            ["migration-0001"] = MigrationScript("0001_permits.sql"),
            ["migration-0003"] = MigrationScript("0003_distinct_permit_numbers.sql"),
        };
        return statements.Select(statement => new TestCaseData(statement.Value).SetArgDisplayNames(statement.Key));
    }

    [TestCaseSource(nameof(Statements))]
    public void Statement_is_valid_T_SQL(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);

        Assert.That(errors, Is.Empty, () => string.Join(Environment.NewLine, errors.Select(error => $"line {error.Line}: {error.Message}")) + Environment.NewLine + sql);
    }

    private static string MigrationScript(string name)
    {
        var assembly = typeof(PermitsModule).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(resource => resource.EndsWith($"sqlserver.{name}", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
