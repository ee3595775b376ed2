using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Payments.IssueInvoice;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Payments.CancelInvoice;

/// <summary>Why an invoice is cancelled.</summary>
/// <param name="Reason">Kept in the audit trail; up to 500 characters.</param>
internal sealed record CancelInvoiceRequest(string Reason);

internal static class CancelInvoiceEndpoint
{
    private const string CancelInvoiceDescription = "Needs If-Match with the invoice's ETag (428 without, 412 when stale). Only a pending, unexpired invoice is cancelled: a paid one is refused with 409 invoice_paid (refund it instead), an expired or cancelled one with 409. InvoiceCancelled goes to the issuing module through the outbox; the bank's inquiry then answers Cancelled.";

    public static IEndpointRouteBuilder MapCancelInvoice(this IEndpointRouteBuilder group)
    {
        group.MapPost(PaymentsApiPaths.CancelInvoice, (Guid id, CancelInvoiceRequest body, HttpContext httpContext, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(httpContext, version => new CancelInvoiceCommand(id, version, body.Reason ?? ""), invoice => invoice.Version, cancellationToken))
            .RequireScope(PaymentsScopes.Manage)
            .Describe("CancelInvoice", "Cancel a pending invoice", CancelInvoiceDescription)
            .Produces<InvoiceView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return group;
    }
}
