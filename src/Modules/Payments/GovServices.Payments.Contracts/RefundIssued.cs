using GovServices.BuildingBlocks.Messaging;

namespace GovServices.Payments.Contracts;

/// <summary>
/// A refund was issued to the payer: of the invoice's own payment (the source module may withdraw what was paid for
/// once <paramref name="InvoiceFullyRefunded"/>), or of a double payment (the invoice stays paid).
/// </summary>
/// <param name="RefundId">The refund.</param>
/// <param name="InvoiceId">The invoice the refunded payment was for.</param>
/// <param name="SourceModule">The module that asked for the invoice.</param>
/// <param name="SourceReference">That module's own record.</param>
/// <param name="Amount">Whole rupiah refunded by this refund.</param>
/// <param name="BankReference">The bank's reference of the refunded payment.</param>
/// <param name="DoublePayment">True when a payment other than the invoice's own was refunded: a double payment, or one refused on an expired or cancelled invoice that the bank kept.</param>
/// <param name="InvoiceFullyRefunded">True when the invoice's own payment is now refunded in full.</param>
/// <param name="IssuedAt">When the refund was issued.</param>
/// <param name="Audience">Who the invoice concerns, as the asking module named it in its <see cref="InvoiceRequest"/>.</param>
public sealed record RefundIssued(
    Guid RefundId,
    Guid InvoiceId,
    string SourceModule,
    string SourceReference,
    long Amount,
    string BankReference,
    bool DoublePayment,
    bool InvoiceFullyRefunded,
    DateTimeOffset IssuedAt,
    EventAudience Audience) : IAudiencedEvent
{
    /// <summary>Messages written before events carried an audience read as nobody's, not as null.</summary>
    public EventAudience Audience { get; init; } = Audience ?? new(null, null);
}
