using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Notifications.ListMyMessages;

internal static class ListMyMessagesEndpoint
{
    private const string ListMyMessagesDescription = "The signed-in person's in-app inbox, newest first: every message the city sent them (the same text as by email, WhatsApp or SMS), so a partner app can show them without a channel of its own. unread=true for the unread only. Cursor paging: limit (1–100, default 20) and the nextCursor of the previous page. Only ever the caller's own messages.";

    public static IEndpointRouteBuilder MapListMyMessages(this IEndpointRouteBuilder group)
    {
        group.MapGet(NotificationsApiPaths.Me, async (bool? unread, int? limit, string? cursor, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListMyMessagesQuery(unread, limit, cursor), cancellationToken)).Match(found => TypedResults.Ok(found)))
            .RequireScope(NotificationsScopes.Me)
            .Describe("ListMyNotifications", "List your notifications", ListMyMessagesDescription)
            .Produces<CursorPage<MyMessage>>()
            .ProducesValidationProblem();
        return group;
    }
}
