using GovServices.BuildingBlocks.Data;
using GovServices.Payments.Channel;
using GovServices.Payments.Domain;
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
            ["notification-reserve"] = Dialect.InsertIfAbsent(PaymentNotificationSql.Table, PaymentNotificationSql.Columns, PaymentNotificationSql.Key),
            ["notification-select-answer"] = PaymentNotificationSql.SelectAnswer,
            ["notification-record-outcome"] = PaymentNotificationSql.RecordOutcome,
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
