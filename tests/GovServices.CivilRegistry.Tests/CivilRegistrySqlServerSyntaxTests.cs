using GovServices.BuildingBlocks.Data;
using GovServices.CivilRegistry.AccessTrail;
using GovServices.CivilRegistry.Domain;
using GovServices.Testing.SqlServer;

namespace GovServices.CivilRegistry.Tests;

/// <summary>
/// No SQL Server runs here, so the statements the module builds with the SQL Server dialect or for a number of rows
/// are at least parsed (its ready-made statements and migrations are parsed with every module's by the building
/// blocks' tests).
/// </summary>
public sealed class CivilRegistrySqlServerSyntaxTests
{
    private static readonly ISqlDialect Dialect = SqlServerSyntax.Dialect;

    public static IEnumerable<TestCaseData> Statements() => SqlServerSyntax.Cases(new Dictionary<string, string>
    {
        ["resident-select-by-niks"] = ResidentSql.SelectByNiks(3),
        ["resident-insert-rows"] = ResidentSql.InsertRows(3),
        ["access-log-page"] = AccessLogSql.SelectPage(Dialect, [AccessLogSql.ByNik, AccessLogSql.ByClient, AccessLogSql.ByPurpose, AccessLogSql.From, AccessLogSql.Until, AccessLogSql.AfterCursor]),
        ["access-log-page-unfiltered"] = AccessLogSql.SelectPage(Dialect, []),
    });

    [TestCaseSource(nameof(Statements))]
    public void Statement_is_valid_T_SQL(string sql) => SqlServerSyntax.AssertParses(sql);

    [Test]
    public void The_parser_does_reject_invalid_T_SQL() =>
        Assert.That(SqlServerSyntax.Parse("SELECT nik FROM civil_registry.resident WHERE nik IN @niks"), Is.Not.Empty, "an unexpanded list parameter is not T-SQL");
}
