using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Notifications.Webhooks;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Notifications.ChangeWebhookStatus;

internal static class ChangeWebhookStatusEndpoints
{
    private const string DisableWebhookDescription = "Nothing is sent to the endpoint until it is enabled; deliveries that fall due meanwhile are marked will_not_send and can be replayed. Disabling a disabled endpoint changes nothing. Audited.";
    private const string EnableWebhookDescription = "Also after the service disabled it (410 Gone, or 3 days of failures). Missed deliveries are not sent by themselves: replay them with POST …/replay. Audited.";

    public static IEndpointRouteBuilder MapChangeWebhookStatus(this IEndpointRouteBuilder group)
    {
        group.MapPost(NotificationsApiPaths.WebhookDisable, (Guid id, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                SendAsync(new ChangeWebhookStatusCommand(id, Enable: false), response, mediator, cancellationToken))
            .RequireScope(NotificationsScopes.Manage)
            .Describe("DisableWebhookEndpoint", "Disable a webhook endpoint", DisableWebhookDescription)
            .Produces<WebhookEndpointDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost(NotificationsApiPaths.WebhookEnable, (Guid id, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                SendAsync(new ChangeWebhookStatusCommand(id, Enable: true), response, mediator, cancellationToken))
            .RequireScope(NotificationsScopes.Manage)
            .Describe("EnableWebhookEndpoint", "Enable a webhook endpoint", EnableWebhookDescription)
            .Produces<WebhookEndpointDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<IResult> SendAsync(ChangeWebhookStatusCommand command, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
        (await mediator.Send(command, cancellationToken)).Match(endpoint =>
        {
            response.SetETag(endpoint.Version);
            return TypedResults.Ok(endpoint);
        });
}
