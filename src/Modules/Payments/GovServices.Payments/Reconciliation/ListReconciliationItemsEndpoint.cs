using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Payments.Reconciliation;

internal static class ListReconciliationItemsEndpoint
{
    private const string ListReconciliationItemsDescription = "status=open (the default) lists what is still to be resolved, oldest first; status=resolved what was resolved, with the note. Cursor pages (limit, cursor).";

    public static IEndpointRouteBuilder MapListReconciliationItems(this IEndpointRouteBuilder group)
    {
        group.MapGet(PaymentsApiPaths.ReconciliationItems, async (string? status, int? limit, string? cursor, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListReconciliationItemsQuery(status ?? "open", limit, cursor), cancellationToken)).Match(TypedResults.Ok))
            .RequireScope(PaymentsScopes.Manage)
            .Describe("ListReconciliationItems", "List the discrepancies found by reconciliation", ListReconciliationItemsDescription)
            .Produces<CursorPage<ReconciliationItemView>>()
            .ProducesValidationProblem();
        return group;
    }
}
