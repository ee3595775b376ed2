using GovServices.BuildingBlocks.Messaging;

namespace GovServices.Payments.Contracts;

/// <summary>An invoice passed its expiry unpaid; its payment code is no longer payable.</summary>
/// <param name="InvoiceId">The expired invoice.</param>
/// <param name="SourceModule">The module that asked for the invoice.</param>
/// <param name="SourceReference">That module's own record.</param>
/// <param name="ExpiredAt">The invoice's expiry time.</param>
/// <param name="Audience">Who the invoice concerns, as the asking module named it in its <see cref="InvoiceRequest"/>.</param>
public sealed record InvoiceExpired(
    Guid InvoiceId,
    string SourceModule,
    string SourceReference,
    DateTimeOffset ExpiredAt,
    EventAudience Audience) : IAudiencedEvent
{
    /// <summary>Messages written before events carried an audience read as nobody's, not as null.</summary>
    public EventAudience Audience { get; init; } = Audience ?? new(null, null);
}
