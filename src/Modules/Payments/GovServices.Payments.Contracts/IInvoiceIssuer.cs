using GovServices.BuildingBlocks.Application;

namespace GovServices.Payments.Contracts;

/// <summary>
/// Issues invoices for other modules (a permit fee, a local retribution). Idempotent on the source module and its
/// reference: asking again for the same source, reference and amount answers the invoice issued the first time;
/// asking with another amount or payer is a conflict (<c>invoice_source_conflict</c>). The invoice is committed
/// before the answer, in a transaction of its own.
/// </summary>
public interface IInvoiceIssuer
{
    /// <summary>The invoice, or a validation or conflict <see cref="Error"/>.</summary>
    Task<Result<IssuedInvoice>> IssueAsync(InvoiceRequest request, CancellationToken cancellationToken = default);
}
