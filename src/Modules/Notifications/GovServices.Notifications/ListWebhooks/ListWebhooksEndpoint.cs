using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Notifications.Webhooks;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Notifications.ListWebhooks;

internal static class ListWebhooksEndpoint
{
    private const string ListWebhooksDescription = "Newest first, the endpoints of the calling client (admins: every client's). Cursor paging: limit (1–100, default 20) and the nextCursor of the previous page.";

    public static IEndpointRouteBuilder MapListWebhooks(this IEndpointRouteBuilder group)
    {
        group.MapGet(NotificationsApiPaths.Webhooks, async (int? limit, string? cursor, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListWebhooksQuery(limit, cursor), cancellationToken)).Match(found => TypedResults.Ok(found)))
            .RequireScope(NotificationsScopes.Manage)
            .Describe("ListWebhookEndpoints", "List webhook endpoints", ListWebhooksDescription)
            .Produces<CursorPage<WebhookEndpointDetails>>()
            .ProducesValidationProblem();
        return group;
    }
}
