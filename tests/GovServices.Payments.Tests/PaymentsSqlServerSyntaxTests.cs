using GovServices.BuildingBlocks.Data;
using GovServices.Payments.Channel;
using GovServices.Payments.Domain;
using GovServices.Payments.Reconciliation;
using GovServices.Payments.Refunds;
using GovServices.Payments.Reports;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace GovServices.Payments.Tests;

/// <summary>No SQL Server runs here, so every statement of the module, rendered for SQL Server, is at least parsed.</summary>
public sealed class PaymentsSqlServerSyntaxTests
{
    private static readonly ISqlDialect Dialect = (ISqlDialect)Activator.CreateInstance(
        typeof(ISqlDialect).Assembly.GetType("GovServices.BuildingBlocks.Data.SqlServerDialect")!)!;

    public static IEnumerable<TestCaseData> Statements()
    {
        var statements = new Dictionary<string, string>
        {
            ["invoice-insert"] = Dialect.InsertIfAbsent(InvoiceSql.Table, InvoiceSql.InsertColumns, InvoiceSql.SourceKey),
            ["invoice-select-by-id"] = InvoiceSql.SelectById,
            ["invoice-select-by-source"] = InvoiceSql.SelectBySource,
            ["invoice-select-by-code"] = InvoiceSql.SelectByPaymentCode,
            ["invoice-mark-paid"] = InvoiceSql.MarkPaid,
            ["invoice-select-expiring"] = InvoiceSql.SelectExpiring(Dialect),
            ["invoice-mark-expired"] = InvoiceSql.MarkExpired,
            ["channel-upsert"] = Dialect.Upsert(ChannelKeySql.Table, ChannelKeySql.Columns, ChannelKeySql.Key),
            ["channel-select-key"] = ChannelKeySql.SelectSigningKey,
            ["channel-select-unprotected"] = ChannelKeySql.SelectUnprotected,
            ["channel-protect"] = ChannelKeySql.Protect,
            ["migration-0003"] = MigrationScript("0003_protected_channel_keys.sql"),
            ["notification-reserve"] = Dialect.InsertIfAbsent(PaymentNotificationSql.Table, PaymentNotificationSql.Columns, PaymentNotificationSql.Key),
            ["notification-select-answer"] = PaymentNotificationSql.SelectAnswer,
            ["notification-record-outcome"] = PaymentNotificationSql.RecordOutcome,
            ["notification-count-double-payments"] = PaymentNotificationSql.CountDoublePayments,
            ["notification-select-double-payment"] = PaymentNotificationSql.SelectDoublePayment,
            ["invoice-select-by-receipt-number"] = InvoiceSql.SelectByReceiptNumber,
            ["invoice-select-by-receipt-code"] = InvoiceSql.SelectByReceiptCode,
            ["invoice-mark-cancelled"] = InvoiceSql.MarkCancelled,
            ["invoice-add-refund"] = InvoiceSql.AddRefund,
            ["invoice-touch-version"] = InvoiceSql.TouchVersion,
            ["refund-insert"] = RefundSql.Insert,
            ["refund-sum-for-payment"] = RefundSql.SumForPayment,
            ["refund-page"] = RefundSql.SelectPage(Dialect, afterCursor: false),
            ["refund-page-after"] = RefundSql.SelectPage(Dialect, afterCursor: true),
            ["reconciliation-select-run-by-file"] = ReconciliationSql.SelectRunByFile,
            ["reconciliation-insert-run"] = Dialect.InsertIfAbsent(ReconciliationSql.RunTable, ReconciliationSql.RunInsertColumns, ReconciliationSql.RunFileKey),
            ["reconciliation-items-of-run"] = ReconciliationSql.SelectItemsOfRun,
            ["reconciliation-item"] = ReconciliationSql.SelectItem,
            ["reconciliation-items-page"] = ReconciliationSql.SelectItemsPage(Dialect, afterCursor: false),
            ["reconciliation-items-page-after"] = ReconciliationSql.SelectItemsPage(Dialect, afterCursor: true),
            ["reconciliation-item-insert"] = Dialect.InsertIfAbsent(ReconciliationSql.ItemTable, ReconciliationSql.ItemColumns, ReconciliationSql.ItemKey),
            ["reconciliation-resolve"] = ReconciliationSql.Resolve,
            ["reconciliation-paid-by-reference"] = ReconciliationSql.SelectPaidByBankReference,
            ["reconciliation-double-payment-by-reference"] = ReconciliationSql.SelectDoublePaymentByBankReference,
            ["reconciliation-paid-in-window"] = ReconciliationSql.SelectPaidInWindow,
            ["report-payments"] = DailyTotalsSql.Payments,
            ["report-refunds"] = DailyTotalsSql.Refunds,
        };
        return statements.Select(statement => new TestCaseData(statement.Value).SetArgDisplayNames(statement.Key));
    }

    private static string MigrationScript(string name)
    {
        var assembly = typeof(PaymentsModule).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(resource => resource.EndsWith(".sqlserver." + name, StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        return reader.ReadToEnd();
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
