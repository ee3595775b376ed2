using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Identity.Users;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Identity.Admin.SetOpdHead;

internal static class SetOpdHeadEndpoint
{
    private const string GrantDescription = "The officer heads their OPD: the Command Centre (`/command-centre`) opens for them with that OPD's complaints. Only an officer with an OPD can head it (422 otherwise). Granting it again changes nothing.";

    private const string RevokeDescription = "The officer no longer heads their OPD: the Command Centre refuses them from their next page or reconnect. Revoking what is not granted changes nothing.";

    public static IEndpointRouteBuilder MapSetOpdHead(this IEndpointRouteBuilder group)
    {
        group.MapPut(IdentityApiPaths.UserOpdHead, async (string userId, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new SetOpdHeadCommand(userId, Head: true), cancellationToken)).Match(TypedResults.Ok))
            .RequireScope(Scopes.IdentityAdmin)
            .Describe("GrantOpdHead", "Make an officer the head of their OPD", GrantDescription)
            .Produces<UserView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapDelete(IdentityApiPaths.UserOpdHead, async (string userId, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new SetOpdHeadCommand(userId, Head: false), cancellationToken)).Match(TypedResults.Ok))
            .RequireScope(Scopes.IdentityAdmin)
            .Describe("RevokeOpdHead", "An officer no longer heads their OPD", RevokeDescription)
            .Produces<UserView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
