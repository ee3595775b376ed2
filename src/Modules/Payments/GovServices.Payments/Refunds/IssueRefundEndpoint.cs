using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Http.Idempotency;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Payments.Refunds;

/// <summary>A refund of an invoice's payment.</summary>
/// <param name="Amount">Whole rupiah to refund: all that is refundable, or part of it.</param>
/// <param name="ExpectedRefundableAmount">The refundable amount you last read (the invoice's amount minus its refundedAmount, or a double payment's amount); 412 when it is no longer so.</param>
/// <param name="Reason">Why, up to 500 characters; kept in the audit trail.</param>
/// <param name="BankReference">Leave out to refund the invoice's own payment; give a flagged double payment's bank reference (paymentRequestId) to refund that one.</param>
internal sealed record IssueRefundRequest(long Amount, long ExpectedRefundableAmount, string Reason, string? BankReference = null);

internal static class IssueRefundEndpoint
{
    private const string IssueRefundDescription = "expectedRefundableAmount must equal what is still refundable of the payment, or the answer is 412 refundable_amount_changed (also when a concurrent refund won); an amount above it is 422. Refunding everything makes the invoice refunded, part of it partially_refunded; a double payment (bankReference) is refunded without changing the invoice's status, and so is a payment refused because the invoice had expired or was cancelled that the bank kept (its bankReference; kind refused_payment), even on an unpaid invoice. RefundIssued goes to the issuing module through the outbox. Accepts an Idempotency-Key.";

    public static IEndpointRouteBuilder MapIssueRefund(this IEndpointRouteBuilder group)
    {
        group.MapPost(PaymentsApiPaths.InvoiceRefunds, async (Guid id, IssueRefundRequest body, HttpContext httpContext, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new IssueRefundCommand(id, body.Amount, body.ExpectedRefundableAmount, body.Reason ?? "", body.BankReference), cancellationToken)).Match(refund =>
                {
                    httpContext.Response.SetETag(refund.InvoiceVersion);
                    return TypedResults.Created($"{PaymentsApiPaths.Group}/invoices/{id}/refunds/{refund.Id}", refund);
                }))
            .RequireScope(PaymentsScopes.Manage)
            .WithIdempotencyKey(PaymentsModule.Schema)
            .Describe("IssueRefund", "Refund all or part of a payment", IssueRefundDescription)
            .Produces<RefundView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }
}
