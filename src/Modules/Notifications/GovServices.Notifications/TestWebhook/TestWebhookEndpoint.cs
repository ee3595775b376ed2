using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Notifications.TestWebhook;

internal static class TestWebhookEndpoint
{
    private const string TestWebhookDescription = "Queues a webhook.test event to the endpoint, whatever it subscribes to, signed and retried like any other; 202 with its delivery id. A disabled endpoint answers 409 webhook_endpoint_disabled. Audited.";

    public static IEndpointRouteBuilder MapTestWebhook(this IEndpointRouteBuilder group)
    {
        group.MapPost(NotificationsApiPaths.WebhookTest, async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new TestWebhookCommand(id), cancellationToken)).Match(queued => TypedResults.Accepted((string?)null, queued)))
            .RequireScope(NotificationsScopes.Manage)
            .Describe("TestWebhookEndpoint", "Ping a webhook endpoint", TestWebhookDescription)
            .Produces<QueuedDelivery>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }
}
