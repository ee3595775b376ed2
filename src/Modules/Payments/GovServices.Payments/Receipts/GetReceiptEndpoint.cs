using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Payments.Receipts;

internal static class GetReceiptEndpoint
{
    private const string GetReceiptDescription = "With payments.manage any receipt; with payments.read the receipts of invoices the calling client issued, or a citizen's own. Others, and unknown numbers, get 404. The verification code is what the public verification route checks; print it on the receipt.";

    public static IEndpointRouteBuilder MapGetReceipt(this IEndpointRouteBuilder group)
    {
        group.MapGet(PaymentsApiPaths.Receipt, async (string number, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetReceiptQuery(number), cancellationToken)).Match(TypedResults.Ok))
            // payments.read for payers and the clients that issued the invoice, or payments.manage for officers' systems.
            .RequireAnyScope(PaymentsScopes.Read, PaymentsScopes.Manage)
            .Describe("GetReceipt", "Read a receipt with its verification code", GetReceiptDescription)
            .Produces<ReceiptView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
