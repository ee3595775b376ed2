using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Notifications.Webhooks;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Notifications.GetWebhook;

internal static class GetWebhookEndpoint
{
    private const string GetWebhookDescription = "An endpoint of the calling client (admins: any), with its ETag for If-Match; another client's answers 404. The secret is never shown here.";

    public static IEndpointRouteBuilder MapGetWebhook(this IEndpointRouteBuilder group)
    {
        group.MapGet(NotificationsApiPaths.Webhook, async (Guid id, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetWebhookQuery(id), cancellationToken)).Match(endpoint =>
                {
                    response.SetETag(endpoint.Version);
                    return TypedResults.Ok(endpoint);
                }))
            .RequireScope(NotificationsScopes.Manage)
            .Describe("GetWebhookEndpoint", "Read a webhook endpoint", GetWebhookDescription)
            .Produces<WebhookEndpointDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
