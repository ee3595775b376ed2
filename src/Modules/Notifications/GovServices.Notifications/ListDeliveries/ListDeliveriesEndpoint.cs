using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Notifications.Delivery;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Notifications.ListDeliveries;

internal static class ListDeliveriesEndpoint
{
    private const string ListDeliveriesDescription = "Newest first, what was sent or is to be sent to the endpoint in the last 30 days: status pending, delivered, failed or will_not_send (filter with status). Cursor paging: limit (1–100, default 20) and the nextCursor of the previous page. Another client's endpoint answers 404.";

    public static IEndpointRouteBuilder MapListDeliveries(this IEndpointRouteBuilder group)
    {
        group.MapGet(NotificationsApiPaths.WebhookDeliveries, async (Guid id, string? status, int? limit, string? cursor, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListDeliveriesQuery(id, status, limit, cursor), cancellationToken)).Match(found => TypedResults.Ok(found)))
            .RequireScope(NotificationsScopes.Manage)
            .Describe("ListWebhookDeliveries", "List a webhook endpoint's deliveries", ListDeliveriesDescription)
            .Produces<CursorPage<DeliverySummary>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
