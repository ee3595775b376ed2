using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Identity.Users;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Identity.Admin.EnableUser;

internal static class EnableUserEndpoint
{
    private const string EnableUserDescription = "The person can sign in again; tokens revoked when the account was disabled stay revoked.";

    public static IEndpointRouteBuilder MapEnableUser(this IEndpointRouteBuilder group)
    {
        group.MapPost(IdentityApiPaths.EnableUser, async (string userId, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new EnableUserCommand(userId), cancellationToken)).Match(TypedResults.Ok))
            .RequireScope(Scopes.IdentityAdmin)
            .Describe("EnableUser", "Enable a disabled account again", EnableUserDescription)
            .Produces<UserView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
