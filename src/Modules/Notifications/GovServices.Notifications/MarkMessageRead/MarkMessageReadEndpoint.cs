using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Notifications.MarkMessageRead;

internal static class MarkMessageReadEndpoint
{
    private const string MarkMessageReadDescription = "Marks one of the caller's inbox messages read (204); again, nothing changes. Someone else's message answers 404.";

    public static IEndpointRouteBuilder MapMarkMessageRead(this IEndpointRouteBuilder group)
    {
        group.MapPost(NotificationsApiPaths.MeMessageRead, async (string messageId, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new MarkMessageReadCommand(messageId), cancellationToken)).Match(_ => TypedResults.NoContent()))
            .RequireScope(NotificationsScopes.Me)
            .Describe("MarkMyNotificationRead", "Mark a notification read", MarkMessageReadDescription)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
