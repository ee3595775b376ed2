namespace GovServices.Payments.Reports;

internal static class DailyTotalsSql
{
    /// <summary>Served by <c>ix_reconciliation_item_status</c>.</summary>
    public const string OpenReconciliationItems = """
        SELECT COUNT(*) FROM payments.reconciliation_item WHERE status = 'open'
        """;

    public const string Payments = """
        SELECT paid_day AS Day, paid_channel AS Channel, source_module AS SourceModule,
               COUNT(*) AS Count, SUM(amount) AS Amount
        FROM payments.invoice
        WHERE paid_day >= @from
          AND paid_day <= @to
        GROUP BY paid_day, paid_channel, source_module
        """;

    public const string Refunds = """
        SELECT r.issued_day AS Day, r.channel AS Channel, i.source_module AS SourceModule,
               COUNT(*) AS Count, SUM(r.amount) AS Amount
        FROM payments.refund r
        JOIN payments.invoice i ON i.id = r.invoice_id
        WHERE r.issued_day >= @from
          AND r.issued_day <= @to
        GROUP BY r.issued_day, r.channel, i.source_module
        """;
}
