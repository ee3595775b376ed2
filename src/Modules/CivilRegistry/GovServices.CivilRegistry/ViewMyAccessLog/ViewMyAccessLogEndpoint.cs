using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;

namespace GovServices.CivilRegistry.ViewMyAccessLog;

internal static class ViewMyAccessLogEndpoint
{
    private const string ViewMyAccessLogDescription = "The signed-in citizen's own access trail, newest first: which institution verified or looked up their record, for what purpose and legal basis, and what it learned.";

    public static IEndpointRouteBuilder MapViewMyAccessLog(this IEndpointRouteBuilder group)
    {
        group.MapGet(CivilRegistryApiPaths.MyAccessLog, async (int? limit, string? cursor, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ViewMyAccessLogQuery(limit, cursor), cancellationToken)).Match(TypedResults.Ok))
            .RequireScope(OpenIddictConstants.Scopes.Profile, Roles.Citizen)
            .Describe("ViewMyAccessLog", "See who accessed my civil registry data, when and why (citizens)", ViewMyAccessLogDescription)
            .Produces<CursorPage<MyAccessLogEntry>>()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return group;
    }
}
