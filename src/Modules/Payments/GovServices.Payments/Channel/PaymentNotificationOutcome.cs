namespace GovServices.Payments.Channel;

/// <summary>What became of a payment notification; stored as text. All but paid and repeat are flagged for the treasury.</summary>
internal static class PaymentNotificationOutcome
{
    public const string Processing = "processing";

    /// <summary>The invoice became paid.</summary>
    public const string Paid = "paid";

    /// <summary>The same bank reference again under a new X-EXTERNAL-ID: the payment was already recorded.</summary>
    public const string Repeat = "repeat";

    /// <summary>Money received for an invoice already paid under another bank reference: to be refunded.</summary>
    public const string DoublePayment = "double_payment";

    public const string AmountMismatch = "amount_mismatch";
    public const string UnknownInvoice = "unknown_invoice";
    public const string InvoiceExpired = "invoice_expired";
    public const string InvoiceCancelled = "invoice_cancelled";
}
