using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Notifications.ListMessagesAbout;

internal static class ListMessagesAboutEndpoint
{
    private const string ListMessagesAboutDescription = "Which messages the city sent about a complaint (subject=complaint:{id}) or a permit application (subject=permit_application:{id}), newest first: the channel, the recipient's address masked, the template, the delivery status (created, sending, delivered, temporary_failure, permanent_failure), attempts and the last error. For staff who may read the record: coordinators and the officers of the OPD it is dispositioned to (a complaint), the officers of the issuing OPD (an application), admins; anyone else's answers 404 as the record's own API does. Cursor paging: limit (1–100, default 20) and the nextCursor of the previous page.";

    public static IEndpointRouteBuilder MapListMessagesAbout(this IEndpointRouteBuilder group)
    {
        group.MapGet(NotificationsApiPaths.Messages, async (string? subject, int? limit, string? cursor, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListMessagesAboutQuery(subject, limit, cursor), cancellationToken)).Match(found => TypedResults.Ok(found)))
            .RequireScope(NotificationsScopes.Read, Roles.Officer, Roles.Coordinator, Roles.Admin)
            .Describe("ListMessagesAbout", "List the messages sent about a complaint or permit application, with their delivery status", ListMessagesAboutDescription)
            .Produces<CursorPage<MessageAbout>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
