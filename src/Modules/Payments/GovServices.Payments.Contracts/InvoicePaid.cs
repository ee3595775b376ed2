using GovServices.BuildingBlocks.Messaging;

namespace GovServices.Payments.Contracts;

/// <summary>An invoice was paid in full at the bank; the source module may now deliver what was paid for.</summary>
/// <param name="InvoiceId">The paid invoice.</param>
/// <param name="SourceModule">The module that asked for the invoice.</param>
/// <param name="SourceReference">That module's own record.</param>
/// <param name="Amount">Whole rupiah paid.</param>
/// <param name="PaidAt">When the bank took the payment.</param>
/// <param name="ReceiptNumber">The receipt the payer holds.</param>
/// <param name="Audience">Who the invoice concerns, as the asking module named it in its <see cref="InvoiceRequest"/>.</param>
public sealed record InvoicePaid(
    Guid InvoiceId,
    string SourceModule,
    string SourceReference,
    long Amount,
    DateTimeOffset PaidAt,
    string ReceiptNumber,
    EventAudience Audience) : IAudiencedEvent
{
    /// <summary>Messages written before events carried an audience read as nobody's, not as null.</summary>
    public EventAudience Audience { get; init; } = Audience ?? new(null, null);
}
