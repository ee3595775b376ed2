using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Notifications.Webhooks;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Notifications.CreateWebhook;

internal static class CreateWebhookEndpoint
{
    private const string CreateWebhookDescription = "Subscribes an endpoint of the calling client to event types (GET /api/v1/notifications/event-types). A token with an opd claim binds it to that OPD, so it also receives the OPD's events. The answer carries the signing secret (whsec_…) this once; keep it, it is never shown again. Unknown event types and refused URLs answer 422. Audited.";

    public static IEndpointRouteBuilder MapCreateWebhook(this IEndpointRouteBuilder group)
    {
        group.MapPost(NotificationsApiPaths.Webhooks, async (WebhookEndpointFields fields, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new CreateWebhookCommand(fields), cancellationToken)).Match(created =>
                {
                    response.SetETag(created.Version);
                    return TypedResults.Created(NotificationsApiPaths.WebhookLocation(created.Id), created);
                }))
            .RequireScope(NotificationsScopes.Manage)
            .Describe("CreateWebhookEndpoint", "Subscribe a webhook endpoint", CreateWebhookDescription)
            .Produces<WebhookEndpointDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }
}
