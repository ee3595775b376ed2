using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Identity.Users;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Identity.Admin.ListUsers;

internal static class ListUsersEndpoint
{
    private const string ListUsersDescription = "Filter by `role` (citizen, officer, coordinator, auditor, admin) and `opd`; `limit` (1–100, default 20) and the `cursor` of the previous page. NIKs are masked.";

    public static IEndpointRouteBuilder MapListUsers(this IEndpointRouteBuilder group)
    {
        group.MapGet(IdentityApiPaths.Users, async (string? role, string? opd, int? limit, string? cursor, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListUsersQuery(role, opd, limit, cursor), cancellationToken)).Match(TypedResults.Ok))
            .RequireScope(Scopes.IdentityAdmin)
            .Describe("ListUsers", "List people's accounts", ListUsersDescription)
            .Produces<CursorPage<UserView>>()
            .ProducesValidationProblem();
        return group;
    }
}
