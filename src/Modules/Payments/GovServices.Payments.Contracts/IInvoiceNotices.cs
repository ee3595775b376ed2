namespace GovServices.Payments.Contracts;

/// <summary>
/// What the module that tells payers (Notifications, issue 15) may know of an invoice: its receipt, and the invoices
/// about to expire. Implemented by the Payments module, in the caller's unit of work; a receipt read is recorded in
/// Payments' audit trail with its purpose. The payer's contact is the asking module's (the invoice's source).
/// </summary>
public interface IInvoiceNotices
{
    /// <summary>The invoice's receipt; null for an unknown invoice.</summary>
    Task<InvoiceReceiptNotice?> FindReceiptAsync(Guid invoiceId, string purpose, CancellationToken cancellationToken = default);

    /// <summary>Unpaid invoices whose payment code expires from <paramref name="from"/> (inclusive) to <paramref name="until"/> (exclusive), soonest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<ExpiringInvoice>> ListExpiringAsync(DateTimeOffset from, DateTimeOffset until, int limit, CancellationToken cancellationToken = default);
}

/// <summary>An invoice's receipt, for telling its payer.</summary>
/// <param name="SourceModule">The module that asked for the payment (<c>permits</c>), which knows the payer.</param>
/// <param name="SourceReference">Its record (a permit application's id).</param>
/// <param name="Amount">The invoice's amount in rupiah.</param>
/// <param name="ReceiptNumber">The receipt number, once paid.</param>
/// <param name="VerificationPath">The receipt's public verification page (<c>/api/v1/payments/receipts/verify/…</c>), once paid.</param>
public sealed record InvoiceReceiptNotice(string SourceModule, string SourceReference, long Amount, string? ReceiptNumber, string? VerificationPath);

/// <summary>An unpaid invoice about to expire.</summary>
public sealed record ExpiringInvoice(Guid InvoiceId, string SourceModule, string SourceReference, long Amount, string PaymentCode, DateTimeOffset ExpiresAt);
