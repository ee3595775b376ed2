using GovServices.CivilRegistry.Contracts;
using GovServices.Payments.Domain;

namespace GovServices.Payments.IssueInvoice;

/// <summary>An invoice as the API shows it; the payer's NIK is masked.</summary>
/// <param name="Id">The invoice id.</param>
/// <param name="PaymentCode">The virtual-account number to pay to.</param>
/// <param name="Amount">Whole rupiah.</param>
/// <param name="Description">What is paid for.</param>
/// <param name="PayerName">The payer's name.</param>
/// <param name="PayerNik">The payer's NIK, masked (<c>647401********01</c>).</param>
/// <param name="Source">The module and record the invoice is for.</param>
/// <param name="DueAt">When payment is due.</param>
/// <param name="ExpiresAt">When the code stops being payable.</param>
/// <param name="Status">pending, paid, expired, cancelled, refunded or partially_refunded.</param>
/// <param name="CreatedAt">When it was issued.</param>
/// <param name="PaidAt">When the bank took the payment.</param>
/// <param name="ReceiptNumber">The receipt, once paid.</param>
/// <param name="RefundedAmount">Whole rupiah refunded of the invoice's payment.</param>
/// <param name="CancelledAt">When an officer cancelled the invoice.</param>
/// <param name="Version">The ETag's value.</param>
internal sealed record InvoiceView(
    Guid Id,
    string PaymentCode,
    long Amount,
    string Description,
    string PayerName,
    string? PayerNik,
    InvoiceSource Source,
    DateTimeOffset? DueAt,
    DateTimeOffset ExpiresAt,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PaidAt,
    string? ReceiptNumber,
    long RefundedAmount,
    DateTimeOffset? CancelledAt,
    int Version)
{
    public static InvoiceView From(Invoice invoice, DateTimeOffset now) => new(
        invoice.Id,
        invoice.PaymentCode,
        invoice.Amount,
        invoice.Description,
        invoice.PayerName,
        invoice.PayerNik is null ? null : Nik.Mask(invoice.PayerNik),
        new InvoiceSource(invoice.SourceModule, invoice.SourceReference),
        invoice.DueAt,
        invoice.ExpiresAt,
        invoice.EffectiveStatus(now),
        invoice.CreatedAt,
        invoice.PaidAt,
        invoice.ReceiptNumber,
        invoice.RefundedAmount,
        invoice.CancelledAt,
        invoice.Version);
}
