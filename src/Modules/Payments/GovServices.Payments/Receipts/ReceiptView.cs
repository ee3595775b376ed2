using GovServices.CivilRegistry.Contracts;
using GovServices.Payments.Domain;
using GovServices.Payments.IssueInvoice;

namespace GovServices.Payments.Receipts;

/// <summary>A receipt as its payer and officers see it; the payer's NIK is masked.</summary>
/// <param name="ReceiptNumber">The receipt number, <c>BTG-yyyyMMdd-XXXXXXXX</c> (the WITA day of payment).</param>
/// <param name="VerificationCode">Printed on the receipt (and in its QR code): anyone holding it can check the receipt at <see cref="VerificationPath"/>.</param>
/// <param name="VerificationPath">The public verification route for this receipt.</param>
/// <param name="InvoiceId">The paid invoice.</param>
/// <param name="PaymentCode">The virtual-account number that was paid.</param>
/// <param name="Amount">Whole rupiah paid.</param>
/// <param name="RefundedAmount">Whole rupiah refunded since.</param>
/// <param name="Description">What was paid for.</param>
/// <param name="PayerName">The payer's name.</param>
/// <param name="PayerNik">The payer's NIK, masked.</param>
/// <param name="Source">The module and record the payment is for.</param>
/// <param name="PaidAt">When the bank took the payment.</param>
/// <param name="Channel">The bank channel that took it.</param>
/// <param name="BankReference">The bank's reference of the payment.</param>
/// <param name="Status">paid, partially_refunded or refunded.</param>
internal sealed record ReceiptView(
    string ReceiptNumber,
    string VerificationCode,
    string VerificationPath,
    Guid InvoiceId,
    string PaymentCode,
    long Amount,
    long RefundedAmount,
    string Description,
    string PayerName,
    string? PayerNik,
    InvoiceSource Source,
    DateTimeOffset PaidAt,
    string? Channel,
    string? BankReference,
    string Status)
{
    public static ReceiptView From(Invoice invoice) => new(
        invoice.ReceiptNumber!,
        invoice.ReceiptCode!,
        $"{PaymentsApiPaths.Group}/receipts/verify/{invoice.ReceiptCode}",
        invoice.Id,
        invoice.PaymentCode,
        invoice.Amount,
        invoice.RefundedAmount,
        invoice.Description,
        invoice.PayerName,
        invoice.PayerNik is null ? null : Nik.Mask(invoice.PayerNik),
        new InvoiceSource(invoice.SourceModule, invoice.SourceReference),
        invoice.PaidAt!.Value,
        invoice.PaidChannel,
        invoice.BankReference,
        invoice.Status);
}
