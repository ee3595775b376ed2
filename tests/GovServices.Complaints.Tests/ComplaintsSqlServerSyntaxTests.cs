using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Security;
using GovServices.Complaints.Domain;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace GovServices.Complaints.Tests;

/// <summary>No SQL Server runs here, so every statement of the module, rendered for SQL Server, is at least parsed.</summary>
public sealed class ComplaintsSqlServerSyntaxTests
{
    private static readonly ISqlDialect Dialect = (ISqlDialect)Activator.CreateInstance(
        typeof(ISqlDialect).Assembly.GetType("GovServices.BuildingBlocks.Data.SqlServerDialect")!)!;

    public static IEnumerable<TestCaseData> Statements()
    {
        var statements = new Dictionary<string, string>
        {
            ["complaint-insert"] = Dialect.InsertIfAbsent(ComplaintSql.Table, ComplaintSql.Columns, ["tracking_code"]),
            ["complaint-select-by-id"] = ComplaintSql.SelectById,
            ["complaint-count-by-id"] = ComplaintSql.CountById,
            ["complaint-select-by-tracking-code"] = PublicComplaints.FindSql,
            ["complaint-update-lifecycle"] = ComplaintSql.UpdateLifecycle,
            ["complaint-rate"] = ComplaintSql.Rate,
            ["history-insert"] = ComplaintSql.InsertHistory,
            ["history-select"] = ComplaintSql.SelectHistory,
            ["response-insert"] = ComplaintSql.InsertResponse,
            ["response-select"] = ComplaintSql.SelectResponses,
            ["comment-insert"] = ComplaintSql.InsertComment,
            ["comment-select"] = ComplaintSql.SelectComments,
            ["auto-close-select"] = ComplaintSql.SelectDueForAutoClose(Dialect),
            ["list-visible-to-an-officer-and-citizen"] =
                $"SELECT id FROM complaints.complaint WHERE {ComplaintAccess.ReadableSql(new SignedInActor("u-1", "DLH", [Roles.Officer, Roles.Citizen]))} ORDER BY id DESC {Dialect.Limit("limit")}",
            ["list-overdue"] = $"SELECT id FROM complaints.complaint WHERE {ComplaintSql.OverdueNow} ORDER BY id DESC {Dialect.Limit("limit")}",
            ["category-insert"] = Dialect.InsertIfAbsent(ComplaintSql.CategoryTable, ComplaintSql.CategoryInsertColumns, ["code"]),
            ["category-update"] = ComplaintSql.UpdateCategory,
            ["category-select"] = ComplaintSql.SelectCategory,
            ["category-select-active"] = ComplaintSql.SelectActiveCategories,
        };
        foreach (var stage in DeadlineStage.All)
        {
            statements[$"overdue-select-{stage}"] = ComplaintSql.SelectOverdue(Dialect, stage);
            statements[$"overdue-flag-{stage}"] = ComplaintSql.FlagOverdue(stage);
        }

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
}
