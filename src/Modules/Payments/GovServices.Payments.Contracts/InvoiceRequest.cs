using GovServices.BuildingBlocks.Messaging;

namespace GovServices.Payments.Contracts;

/// <summary>What another module asks to be paid.</summary>
/// <param name="SourceModule">The asking module, for example <c>permits</c>; with <paramref name="SourceReference"/> the invoice's idempotency key.</param>
/// <param name="SourceReference">The asking module's own record, for example a permit application number.</param>
/// <param name="Amount">Whole rupiah, more than zero.</param>
/// <param name="Description">What is paid for, shown to the payer and at the bank.</param>
/// <param name="PayerName">The payer's name as the bank shows it.</param>
/// <param name="PayerNik">The payer's NIK when known; personal data, masked in answers.</param>
/// <param name="ExpiresAt">When the payment code stops being payable; by default <c>Payments:DefaultValidity</c> from now.</param>
/// <param name="Audience">Who the invoice concerns (the partner app that applied, the OPD that is owed), kept on the invoice and carried by each of its events; only the asking module knows it. Null: nobody's.</param>
public sealed record InvoiceRequest(
    string SourceModule,
    string SourceReference,
    long Amount,
    string Description,
    string PayerName,
    string? PayerNik = null,
    DateTimeOffset? ExpiresAt = null,
    EventAudience? Audience = null);
