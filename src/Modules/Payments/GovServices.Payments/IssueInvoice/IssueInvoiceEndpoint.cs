using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Http.Idempotency;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Payments.IssueInvoice;

internal static class IssueInvoiceEndpoint
{
    private const string IssueInvoiceDescription = "The amount is whole rupiah. The source (module and reference) is unique: asking again for the same source with the same amount and payer answers the first invoice (200); another amount or payer is a conflict (409). The payment code is the institution prefix, random digits and a Damm check digit (every mistyped digit and every swap of neighbours is caught). Accepts an Idempotency-Key.";

    public static IEndpointRouteBuilder MapIssueInvoice(this IEndpointRouteBuilder group)
    {
        group.MapPost(PaymentsApiPaths.Invoices, async (IssueInvoiceCommand command, HttpContext httpContext, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(command, cancellationToken)).Match(issued =>
                {
                    httpContext.Response.SetETag(issued.Invoice.Version);
                    return issued.Created
                        ? TypedResults.Created($"{PaymentsApiPaths.Group}{PaymentsApiPaths.Invoices}/{issued.Invoice.Id}", issued.Invoice)
                        : (IResult)TypedResults.Ok(issued.Invoice);
                }))
            .RequireScope(PaymentsScopes.Manage)
            .WithIdempotencyKey(PaymentsModule.Schema)
            .Describe("IssueInvoice", "Issue an invoice with a payment code", IssueInvoiceDescription)
            .Produces<InvoiceView>(StatusCodes.Status201Created)
            .Produces<InvoiceView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }
}
