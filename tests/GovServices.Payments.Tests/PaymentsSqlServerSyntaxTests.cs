using GovServices.BuildingBlocks.Data;
using GovServices.Payments.Channel;
using GovServices.Payments.Domain;
using GovServices.Payments.Reconciliation;
using GovServices.Payments.Refunds;
using GovServices.Testing.SqlServer;

namespace GovServices.Payments.Tests;

/// <summary>
/// No SQL Server runs here, so the statements the module builds with the SQL Server dialect are at least parsed (its
/// ready-made statements and migrations are parsed with every module's by the building blocks' tests).
/// </summary>
public sealed class PaymentsSqlServerSyntaxTests
{
    private static readonly ISqlDialect Dialect = SqlServerSyntax.Dialect;

    public static IEnumerable<TestCaseData> Statements() => SqlServerSyntax.Cases(new Dictionary<string, string>
    {
        ["invoice-insert"] = Dialect.InsertIfAbsent(InvoiceSql.Table, InvoiceSql.InsertColumns, InvoiceSql.SourceKey),
        ["channel-upsert"] = Dialect.Upsert(ChannelKeySql.Table, ChannelKeySql.Columns, ChannelKeySql.Key),
        ["notification-reserve"] = Dialect.InsertIfAbsent(PaymentNotificationSql.Table, PaymentNotificationSql.Columns, PaymentNotificationSql.Key),
        ["refund-page"] = RefundSql.SelectPage(Dialect, afterCursor: false),
        ["refund-page-after"] = RefundSql.SelectPage(Dialect, afterCursor: true),
        ["reconciliation-insert-run"] = Dialect.InsertIfAbsent(ReconciliationSql.RunTable, ReconciliationSql.RunInsertColumns, ReconciliationSql.RunFileKey),
        ["reconciliation-items-page"] = ReconciliationSql.SelectItemsPage(Dialect, afterCursor: false),
        ["reconciliation-items-page-after"] = ReconciliationSql.SelectItemsPage(Dialect, afterCursor: true),
        ["reconciliation-item-insert"] = Dialect.InsertIfAbsent(ReconciliationSql.ItemTable, ReconciliationSql.ItemColumns, ReconciliationSql.ItemKey),
    });

    [TestCaseSource(nameof(Statements))]
    public void Statement_is_valid_T_SQL(string sql) => SqlServerSyntax.AssertParses(sql);
}
