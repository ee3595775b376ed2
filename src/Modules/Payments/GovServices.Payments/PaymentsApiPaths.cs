namespace GovServices.Payments;

/// <summary>The module's routes, relative to <see cref="Group"/>.</summary>
internal static class PaymentsApiPaths
{
    public const string Group = "/api/v1/payments";
    public const string Invoices = "/invoices";
    public const string Invoice = "/invoices/{id:guid}";
    public const string InvoiceRefunds = "/invoices/{id:guid}/refunds";
    public const string CancelInvoice = "/invoices/{id:guid}/cancel";
    public const string Receipt = "/receipts/{number}";
    public const string VerifyReceipt = "/receipts/verify/{code}";
    public const string Reconciliations = "/reconciliations";
    public const string ReconciliationItems = "/reconciliation-items";
    public const string ResolveReconciliationItem = "/reconciliation-items/{id:guid}/resolve";
    public const string DailyTotals = "/reports/daily-totals";
    public const string TransferVaInquiry = "/channel/transfer-va/inquiry";
    public const string TransferVaPayment = "/channel/transfer-va/payment";
}
