using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Notifications.Delivery;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Notifications.GetDelivery;

internal static class GetDeliveryEndpoint
{
    private const string GetDeliveryDescription = "The delivery with the exact body sent and every attempt: when, the receiver's status code, how long it took, the error and the start of the answer. Another client's endpoint, or a delivery of another endpoint, answers 404.";

    public static IEndpointRouteBuilder MapGetDelivery(this IEndpointRouteBuilder group)
    {
        group.MapGet(NotificationsApiPaths.WebhookDelivery, async (Guid id, string deliveryId, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetDeliveryQuery(id, deliveryId), cancellationToken)).Match(found => TypedResults.Ok(found)))
            .RequireScope(NotificationsScopes.Manage)
            .Describe("GetWebhookDelivery", "Read a webhook delivery and its attempts", GetDeliveryDescription)
            .Produces<DeliveryDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
