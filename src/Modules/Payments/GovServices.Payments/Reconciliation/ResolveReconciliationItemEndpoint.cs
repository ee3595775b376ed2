using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Payments.Reconciliation;

/// <summary>How a discrepancy was settled.</summary>
/// <param name="Note">What was found and done (for example "bank reversed the transfer on 2 Dec"), up to 1,000 characters.</param>
internal sealed record ResolveReconciliationItemRequest(string Note);

internal static class ResolveReconciliationItemEndpoint
{
    private const string ResolveReconciliationItemDescription = "Needs If-Match with the item's version (428 without, 412 when stale); a resolved item answers 409. The note and who resolved it are kept on the item and in the audit trail.";

    public static IEndpointRouteBuilder MapResolveReconciliationItem(this IEndpointRouteBuilder group)
    {
        group.MapPost(PaymentsApiPaths.ResolveReconciliationItem, (Guid id, ResolveReconciliationItemRequest body, HttpContext httpContext, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(httpContext, version => new ResolveReconciliationItemCommand(id, version, body.Note ?? ""), item => item.Version, cancellationToken))
            .RequireScope(PaymentsScopes.Manage)
            .Describe("ResolveReconciliationItem", "Resolve a reconciliation discrepancy with a note", ResolveReconciliationItemDescription)
            .Produces<ReconciliationItemView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return group;
    }
}
