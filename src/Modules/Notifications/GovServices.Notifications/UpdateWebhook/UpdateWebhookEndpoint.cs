using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Notifications.Webhooks;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Notifications.UpdateWebhook;

internal static class UpdateWebhookEndpoint
{
    private const string UpdateWebhookDescription = "A full replacement of the URL, event types and description; status and secret stay. Send the ETag in If-Match: 412 when it changed since, 428 without it. Another client's endpoint answers 404. Audited.";

    public static IEndpointRouteBuilder MapUpdateWebhook(this IEndpointRouteBuilder group)
    {
        group.MapPut(NotificationsApiPaths.Webhook, (Guid id, WebhookEndpointFields fields, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(http, version => new UpdateWebhookCommand(id, version, fields), endpoint => endpoint.Version, cancellationToken))
            .RequireScope(NotificationsScopes.Manage)
            .Describe("UpdateWebhookEndpoint", "Change a webhook endpoint", UpdateWebhookDescription)
            .Produces<WebhookEndpointDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return group;
    }
}
