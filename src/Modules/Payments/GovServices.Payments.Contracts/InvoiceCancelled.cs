using GovServices.BuildingBlocks.Messaging;

namespace GovServices.Payments.Contracts;

/// <summary>An officer cancelled a pending invoice; its payment code is no longer payable.</summary>
/// <param name="InvoiceId">The cancelled invoice.</param>
/// <param name="SourceModule">The module that asked for the invoice.</param>
/// <param name="SourceReference">That module's own record.</param>
/// <param name="CancelledAt">When it was cancelled.</param>
/// <param name="Audience">Who the invoice concerns, as the asking module named it in its <see cref="InvoiceRequest"/>.</param>
public sealed record InvoiceCancelled(
    Guid InvoiceId,
    string SourceModule,
    string SourceReference,
    DateTimeOffset CancelledAt,
    EventAudience Audience) : IAudiencedEvent
{
    /// <summary>Messages written before events carried an audience read as nobody's, not as null.</summary>
    public EventAudience Audience { get; init; } = Audience ?? new(null, null);
}
