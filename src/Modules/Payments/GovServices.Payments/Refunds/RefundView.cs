namespace GovServices.Payments.Refunds;

/// <summary>A refund as issued.</summary>
/// <param name="Id">The refund.</param>
/// <param name="InvoiceId">The invoice the refunded payment was for.</param>
/// <param name="BankReference">The bank's reference of the refunded payment.</param>
/// <param name="Kind">payment (the invoice's own payment), double_payment, or refused_payment (one refused because the invoice had expired or was cancelled, that the bank kept).</param>
/// <param name="Amount">Whole rupiah refunded.</param>
/// <param name="Reason">Why.</param>
/// <param name="IssuedAt">When.</param>
/// <param name="RefundableAmount">Whole rupiah of that payment still refundable: the next refund's expectedRefundableAmount.</param>
/// <param name="InvoiceStatus">The invoice's status now: paid, partially_refunded or refunded; expired or cancelled after a refused payment's refund.</param>
/// <param name="InvoiceVersion">The invoice's version now (its ETag).</param>
internal sealed record RefundView(
    Guid Id,
    Guid InvoiceId,
    string BankReference,
    string Kind,
    long Amount,
    string Reason,
    DateTimeOffset IssuedAt,
    long RefundableAmount,
    string InvoiceStatus,
    int InvoiceVersion);
