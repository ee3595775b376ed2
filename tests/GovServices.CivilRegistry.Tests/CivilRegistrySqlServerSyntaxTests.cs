using GovServices.BuildingBlocks.Data;
using GovServices.CivilRegistry.AccessTrail;
using GovServices.CivilRegistry.Domain;
using GovServices.CivilRegistry.ImportResidents;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace GovServices.CivilRegistry.Tests;

/// <summary>
/// No SQL Server runs here, so every statement of the module, rendered for SQL Server, is at least parsed by
/// Microsoft's T-SQL parser. (The migration scripts are parsed by the building blocks' tests.)
/// </summary>
public sealed class CivilRegistrySqlServerSyntaxTests
{
    private static readonly ISqlDialect Dialect = (ISqlDialect)Activator.CreateInstance(
        typeof(ISqlDialect).Assembly.GetType("GovServices.BuildingBlocks.Data.SqlServerDialect")!)!;

    public static IEnumerable<TestCaseData> Statements()
    {
        var statements = new Dictionary<string, string>
        {
            ["resident-select-by-nik"] = ResidentSql.SelectByNik,
            ["resident-select-by-niks"] = ResidentSql.SelectByNiks(3),
            ["resident-insert-rows"] = ResidentSql.InsertRows(3),
            ["resident-update"] = ResidentSql.Update,
            ["access-log-insert"] = AccessTrailWriter.InsertSql,
            ["access-log-page"] = AccessLogSql.SelectPage(Dialect, [AccessLogSql.ByNik, AccessLogSql.ByClient, AccessLogSql.ByPurpose, AccessLogSql.From, AccessLogSql.Until, AccessLogSql.AfterCursor]),
            ["access-log-page-unfiltered"] = AccessLogSql.SelectPage(Dialect, []),
            ["import-insert-job"] = ResidentImportSql.InsertJob,
            ["import-insert-chunk"] = ResidentImportSql.InsertChunk,
            ["import-mark-queued"] = ResidentImportSql.MarkQueued,
            ["import-delete-job"] = ResidentImportSql.DeleteJob,
            ["import-claim"] = ResidentImportSql.Claim(Dialect),
            ["import-select-claimed"] = ResidentImportSql.SelectClaimed,
            ["import-reset-progress"] = ResidentImportSql.ResetProgress,
            ["import-delete-errors"] = ResidentImportSql.DeleteErrors,
            ["import-select-chunk"] = ResidentImportSql.SelectChunk,
            ["import-insert-error"] = ResidentImportSql.InsertError,
            ["import-record-progress"] = ResidentImportSql.RecordProgress,
            ["import-finish"] = ResidentImportSql.Finish,
            ["import-release"] = ResidentImportSql.Release,
            ["import-hand-back"] = ResidentImportSql.HandBack,
            ["import-delete-chunks"] = ResidentImportSql.DeleteChunks,
            ["import-select-job"] = ResidentImportSql.SelectJob,
            ["import-select-unfinished"] = ResidentImportSql.SelectUnfinished,
            ["import-select-error-page"] = ResidentImportSql.SelectErrorPage(Dialect),
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

    [Test]
    public void The_parser_does_reject_invalid_T_SQL()
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader("SELECT nik FROM civil_registry.resident WHERE nik IN @niks");
        parser.Parse(reader, out var errors);

        Assert.That(errors, Is.Not.Empty, "an unexpanded list parameter is not T-SQL");
    }
}
