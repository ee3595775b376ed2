using GovServices.BuildingBlocks.Messaging;

namespace GovServices.Payments.Contracts;

/// <summary>An officer cancelled a pending invoice; its payment code is no longer payable.</summary>
/// <param name="InvoiceId">The cancelled invoice.</param>
/// <param name="SourceModule">The module that asked for the invoice.</param>
/// <param name="SourceReference">That module's own record.</param>
/// <param name="CancelledAt">When it was cancelled.</param>
public sealed record InvoiceCancelled(
    Guid InvoiceId,
    string SourceModule,
    string SourceReference,
    DateTimeOffset CancelledAt) : IIntegrationEvent;
