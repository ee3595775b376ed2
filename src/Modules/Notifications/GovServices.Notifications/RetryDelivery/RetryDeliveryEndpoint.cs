using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Notifications.RetryDelivery;

internal static class RetryDeliveryEndpoint
{
    private const string RetryDeliveryDescription = "Sends a delivered, failed or will_not_send delivery again now, with the same webhook-id and body (receivers dedupe by it); 202. A pending one answers 409 delivery_pending. Audited.";

    public static IEndpointRouteBuilder MapRetryDelivery(this IEndpointRouteBuilder group)
    {
        group.MapPost(NotificationsApiPaths.WebhookDeliveryRetry, async (Guid id, string deliveryId, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RetryDeliveryCommand(id, deliveryId), cancellationToken)).Match(queued => TypedResults.Accepted((string?)null, queued)))
            .RequireScope(NotificationsScopes.Manage)
            .Describe("RetryWebhookDelivery", "Send a webhook delivery again", RetryDeliveryDescription)
            .Produces<QueuedRetry>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }
}
