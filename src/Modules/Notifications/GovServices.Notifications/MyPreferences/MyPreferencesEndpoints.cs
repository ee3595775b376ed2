using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Notifications.Messages;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Notifications.MyPreferences;

internal static class MyPreferencesEndpoints
{
    private const string GetDescription = "How the caller is reached besides the in-app inbox, and in which language. Until they choose: email and WhatsApp yes, SMS no, Bahasa Indonesia (id).";
    private const string SetDescription = "Replaces the caller's choice of channels and language; false opts out of a channel from the next message on (every email links here). The in-app inbox always receives. Audited.";

    public static IEndpointRouteBuilder MapMyPreferences(this IEndpointRouteBuilder group)
    {
        group.MapGet(NotificationsApiPaths.MePreferences, async (IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetMyPreferencesQuery(), cancellationToken)).Match(found => TypedResults.Ok(found)))
            .RequireScope(NotificationsScopes.Me)
            .Describe("GetMyNotificationPreferences", "Read your notification preferences", GetDescription)
            .Produces<MessagePreferences>();
        group.MapPut(NotificationsApiPaths.MePreferences, async (SetMyPreferencesCommand command, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(command, cancellationToken)).Match(set => TypedResults.Ok(set)))
            .RequireScope(NotificationsScopes.Me)
            .Describe("SetMyNotificationPreferences", "Choose how you are notified", SetDescription)
            .Produces<MessagePreferences>()
            .ProducesValidationProblem();
        return group;
    }
}
