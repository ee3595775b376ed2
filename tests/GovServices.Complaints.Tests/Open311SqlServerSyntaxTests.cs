using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Complaints.Domain;
using GovServices.Complaints.Stats;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace GovServices.Complaints.Tests;

/// <summary>No SQL Server runs here, so the public reads and the statistics, rendered for SQL Server, are at least parsed.</summary>
public sealed class Open311SqlServerSyntaxTests
{
    private static readonly ISqlDialect Dialect = (ISqlDialect)Activator.CreateInstance(
        typeof(ISqlDialect).Assembly.GetType("GovServices.BuildingBlocks.Data.SqlServerDialect")!)!;

    public static IEnumerable<TestCaseData> Statements()
    {
        var window = new PublicComplaintFilter(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(90), 1000);
        var statements = new Dictionary<string, string>
        {
            ["public-find"] = PublicComplaints.FindSql,
            ["public-list-window"] = PublicComplaints.ListSql(Dialect, window, new DynamicParameters()),
            ["public-list-filtered"] = PublicComplaints.ListSql(
                Dialect, window with { CategoryCodes = ["sampah", "jalan_rusak"], Statuses = ["submitted"] }, new DynamicParameters()),
            ["public-list-by-codes"] = PublicComplaints.ListSql(
                Dialect, new PublicComplaintFilter(null, null, 1000, TrackingCodes: ["LPR-0000-0000", "LPR-1111-1111"]), new DynamicParameters()),
            ["public-answers"] = PublicComplaints.AnswersSql(new DynamicParameters(), [Guid.CreateVersion7(), Guid.CreateVersion7()]),
            ["stats-filed-between"] = ComplaintStatsSql.SelectFiledBetween,
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
}
