using GovServices.BuildingBlocks.Messaging;

namespace GovServices.Payments.Contracts;

/// <summary>
/// An invoice was issued and its payment code can be paid; so that the payer's app and the OPD can be told what to
/// pay and until when. Published once per invoice: asking again for the same source answers the first invoice and
/// publishes nothing.
/// </summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="SourceModule">The module that asked for the invoice.</param>
/// <param name="SourceReference">That module's own record.</param>
/// <param name="Amount">Whole rupiah to pay.</param>
/// <param name="ExpiresAt">When the payment code stops being payable.</param>
/// <param name="IssuedAt">When the invoice was issued.</param>
/// <param name="Audience">Who the invoice concerns, as the asking module named it in its <see cref="InvoiceRequest"/>.</param>
public sealed record InvoiceIssued(
    Guid InvoiceId,
    string SourceModule,
    string SourceReference,
    long Amount,
    DateTimeOffset ExpiresAt,
    DateTimeOffset IssuedAt,
    EventAudience Audience) : IAudiencedEvent;
