using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Notifications.DeleteWebhook;

internal static class DeleteWebhookEndpoint
{
    private const string DeleteWebhookDescription = "Deletes the endpoint; deliveries still waiting for it will not be sent. Another client's endpoint answers 404. Audited.";

    public static IEndpointRouteBuilder MapDeleteWebhook(this IEndpointRouteBuilder group)
    {
        group.MapDelete(NotificationsApiPaths.Webhook, async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new DeleteWebhookCommand(id), cancellationToken)).Match(_ => TypedResults.NoContent()))
            .RequireScope(NotificationsScopes.Manage)
            .Describe("DeleteWebhookEndpoint", "Delete a webhook endpoint", DeleteWebhookDescription)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
