using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Identity.Admin.CreateStaffUser;

internal static class CreateStaffUserEndpoint
{
    private const string CreateStaffUserDescription = "Officers need their department (opd). Without a password, a random one is generated and returned in this answer only. The password policy: at least 10 characters with upper and lower case, a digit and a symbol.";

    public static IEndpointRouteBuilder MapCreateStaffUser(this IEndpointRouteBuilder group)
    {
        group.MapPost(IdentityApiPaths.Users, async (CreateStaffUserCommand command, HttpContext httpContext, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(command, cancellationToken)).Match(created =>
                {
                    // A generated password must not linger in caches or proxies.
                    httpContext.Response.Headers.CacheControl = "no-store";
                    return TypedResults.Created($"{IdentityApiPaths.Group}{IdentityApiPaths.Users}/{created.User.Id}", created);
                }))
            .RequireScope(Scopes.IdentityAdmin)
            .Describe("CreateStaffUser", "Create an account for city staff (officer, coordinator, auditor, admin)", CreateStaffUserDescription)
            .Produces<StaffUserCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }
}
