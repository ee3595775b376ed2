using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Payments.IssueInvoice;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Payments.GetInvoice;

internal static class GetInvoiceEndpoint
{
    private const string GetInvoiceDescription = "With payments.manage any invoice; with payments.read the invoices the calling client issued, or a citizen's own. The payer's NIK is masked. The ETag is the invoice's version.";

    public static IEndpointRouteBuilder MapGetInvoice(this IEndpointRouteBuilder group)
    {
        group.MapGet(PaymentsApiPaths.Invoice, async (Guid id, HttpContext httpContext, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetInvoiceQuery(id), cancellationToken)).Match(invoice =>
                {
                    httpContext.Response.SetETag(invoice.Version);
                    return TypedResults.Ok(invoice);
                }))
            // payments.read for payers and the clients that issued an invoice, or payments.manage for officers' systems.
            .RequireAnyScope(PaymentsScopes.Read, PaymentsScopes.Manage)
            .Describe("GetInvoice", "Read an invoice", GetInvoiceDescription)
            .Produces<InvoiceView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
