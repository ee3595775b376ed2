using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Security;
using GovServices.Complaints.Domain;
using GovServices.Testing;
using GovServices.Testing.SqlServer;

namespace GovServices.Complaints.Tests;

/// <summary>
/// No SQL Server runs here, so the statements the module builds with the SQL Server dialect, per caller, per deadline
/// stage and per public filter, are at least parsed (its ready-made statements and migrations are parsed with every
/// module's by the building blocks' tests).
/// </summary>
public sealed class ComplaintsSqlServerSyntaxTests
{
    private static readonly ISqlDialect Dialect = SqlServerSyntax.Dialect;

    public static IEnumerable<TestCaseData> Statements()
    {
        var officerAndCitizen = new TestActor();
        officerAndCitizen.Become("govservices-web", "u-1", opd: "DLH", roles: [Roles.Officer, Roles.Citizen]);
        var window = new PublicComplaintFilter(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(90), 1000);
        var statements = new Dictionary<string, string>
        {
            ["complaint-insert"] = Dialect.InsertIfAbsent(ComplaintSql.Table, ComplaintSql.Columns, ["tracking_code"]),
            ["list-visible-to-an-officer-and-citizen"] =
                $"SELECT id FROM complaints.complaint WHERE {ComplaintAccess.ReadableSql(officerAndCitizen)} ORDER BY id DESC {Dialect.Limit("limit")}",
            ["list-overdue"] = $"SELECT id FROM complaints.complaint WHERE {ComplaintSql.OverdueNow} ORDER BY id DESC {Dialect.Limit("limit")}",
            ["category-insert"] = Dialect.InsertIfAbsent(ComplaintSql.CategoryTable, ComplaintSql.CategoryInsertColumns, ["code"]),
            ["public-list-window"] = PublicComplaintSql.SelectMatching(Dialect, window, new DynamicParameters()),
            ["public-list-filtered"] = PublicComplaintSql.SelectMatching(
                Dialect, window with { CategoryCodes = ["sampah", "jalan_rusak"], Statuses = ["submitted"] }, new DynamicParameters()),
            ["public-list-by-codes"] = PublicComplaintSql.SelectMatching(
                Dialect, new PublicComplaintFilter(null, null, 1000, TrackingCodes: ["LPR-0000-0000", "LPR-1111-1111"]), new DynamicParameters()),
            ["public-list-page-3"] = PublicComplaintSql.SelectMatching(Dialect, window with { Limit = 10, Offset = 20 }, new DynamicParameters()),
            ["open311-request-updates"] = GovServices.Complaints.Open311.ListRequestUpdates.RequestUpdateSql.SelectBetween(Dialect),
            ["public-answers"] = PublicComplaintSql.SelectAnswers(new DynamicParameters(), [Guid.CreateVersion7(), Guid.CreateVersion7()]),
            ["public-photos"] = Photos.PhotoSql.SelectPublicOf("(@complaint_id_0, @complaint_id_1)"),
            ["nearby-in-box"] = NearbyComplaints.SelectInBox,
            ["follower-insert"] = Dialect.InsertIfAbsent(FollowerSql.Table, FollowerSql.Columns, ["complaint_id", "follower_key"]),
        };
        foreach (var stage in DeadlineStage.All)
        {
            statements[$"overdue-select-{stage}"] = ComplaintSql.SelectOverdue(Dialect, stage);
            statements[$"overdue-flag-{stage}"] = ComplaintSql.FlagOverdue(stage);
        }

        return SqlServerSyntax.Cases(statements);
    }

    [TestCaseSource(nameof(Statements))]
    public void Statement_is_valid_T_SQL(string sql) => SqlServerSyntax.AssertParses(sql);
}
