using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Identity.Users;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Identity.Admin.GetUser;

internal static class GetUserEndpoint
{
    private const string GetUserDescription = "Name, email, roles, department and whether the account is disabled; a citizen's NIK masked.";

    public static IEndpointRouteBuilder MapGetUser(this IEndpointRouteBuilder group)
    {
        group.MapGet(IdentityApiPaths.User, async (string userId, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetUserQuery(userId), cancellationToken)).Match(TypedResults.Ok))
            .RequireScope(Scopes.IdentityAdmin)
            .Describe("GetUser", "Read a person's account", GetUserDescription)
            .Produces<UserView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
