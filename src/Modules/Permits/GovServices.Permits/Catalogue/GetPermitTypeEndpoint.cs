using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Permits.Domain;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Permits.Catalogue;

internal static class GetPermitTypeEndpoint
{
    private const string GetPermitTypeDescription = "The permit type with its code, whether active or not. The ETag is the version to send in If-Match when an administrator changes it.";

    public static IEndpointRouteBuilder MapGetPermitType(this IEndpointRouteBuilder group)
    {
        group.MapGet(PermitsApiPaths.Type, async (string code, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetPermitTypeQuery(code), cancellationToken)).Match(type =>
                {
                    response.SetETag(type.Version);
                    return TypedResults.Ok(type);
                }))
            .AllowPublicAccess("The catalogue is public, as in the list; an inactive type is shown so that old applications can be read against it. Rate-limited.")
            .RequireRateLimiting(RateLimitPolicies.Public)
            .Describe("GetPermitType", "Read one permit type", GetPermitTypeDescription)
            .Produces<PermitType>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
