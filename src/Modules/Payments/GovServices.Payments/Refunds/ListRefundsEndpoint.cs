using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Payments.Refunds;

internal static class ListRefundsEndpoint
{
    private const string ListRefundsDescription = "Oldest first, cursor pages (limit, cursor). With payments.manage any invoice's; with payments.read a citizen's own invoice's. Anyone else, including the client that issued the invoice, gets 404.";

    public static IEndpointRouteBuilder MapListRefunds(this IEndpointRouteBuilder group)
    {
        group.MapGet(PaymentsApiPaths.InvoiceRefunds, async (Guid id, int? limit, string? cursor, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListRefundsQuery(id, limit, cursor), cancellationToken)).Match(TypedResults.Ok))
            // payments.read for the payer (a citizen, by NIK), or payments.manage for officers' systems.
            .RequireAnyScope(PaymentsScopes.Read, PaymentsScopes.Manage)
            .Describe("ListRefunds", "List an invoice's refunds", ListRefundsDescription)
            .Produces<CursorPage<InvoiceRefundView>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
