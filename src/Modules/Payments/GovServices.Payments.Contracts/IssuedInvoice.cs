namespace GovServices.Payments.Contracts;

/// <summary>An invoice as the issuing module needs it: what the payer pays, with which code, until when.</summary>
/// <param name="InvoiceId">The invoice's id, carried again by <see cref="InvoicePaid"/>.</param>
/// <param name="PaymentCode">The virtual-account number the payer pays to.</param>
/// <param name="Amount">Whole rupiah.</param>
/// <param name="ExpiresAt">When the code stops being payable.</param>
/// <param name="Created">False when the invoice had been issued before for the same source and reference.</param>
public sealed record IssuedInvoice(Guid InvoiceId, string PaymentCode, long Amount, DateTimeOffset ExpiresAt, bool Created);
