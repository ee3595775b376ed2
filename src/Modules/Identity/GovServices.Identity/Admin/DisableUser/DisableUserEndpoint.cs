using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Identity.Users;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Identity.Admin.DisableUser;

internal static class DisableUserEndpoint
{
    private const string DisableUserDescription = "The person can no longer sign in; refresh tokens are refused and access tokens stop working at once. Disabling a disabled account changes nothing; an admin cannot disable their own account.";

    public static IEndpointRouteBuilder MapDisableUser(this IEndpointRouteBuilder group)
    {
        group.MapPost(IdentityApiPaths.DisableUser, async (string userId, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new DisableUserCommand(userId), cancellationToken)).Match(TypedResults.Ok))
            .RequireScope(Scopes.IdentityAdmin)
            .Describe("DisableUser", "Disable a person's account and revoke their tokens", DisableUserDescription)
            .Produces<UserView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }
}
