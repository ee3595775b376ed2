namespace GovServices.Payments.Refunds;

/// <summary>One refund of an invoice, as listed.</summary>
/// <param name="Id">The refund.</param>
/// <param name="BankReference">The bank's reference of the refunded payment.</param>
/// <param name="Kind">payment (the invoice's own payment), double_payment, or refused_payment (one refused because the invoice had expired or was cancelled, that the bank kept).</param>
/// <param name="Amount">Whole rupiah refunded.</param>
/// <param name="Reason">Why, as the officer wrote it.</param>
/// <param name="IssuedAt">When.</param>
internal sealed record InvoiceRefundView(Guid Id, string BankReference, string Kind, long Amount, string Reason, DateTimeOffset IssuedAt)
{
    public static InvoiceRefundView From(RefundRow row) =>
        new(row.Id, row.BankReference, row.Kind, row.Amount, row.Reason, row.IssuedAt);
}
