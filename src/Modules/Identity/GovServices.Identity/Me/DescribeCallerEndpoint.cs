using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace GovServices.Identity.Me;

/// <summary>
/// <c>GET /api/v1/identity/me</c>: lets a front-end team check what its token carries. The NIK is not repeated
/// here: it is personal data, and the caller who holds the token already has it.
/// </summary>
internal static class DescribeCallerEndpoint
{
    private const string DescribeCallerDescription = "Client, person, roles, department and scopes of the access token. Any valid token.";

    public static void MapDescribeCaller(this IEndpointRouteBuilder group) =>
        group.MapGet(IdentityApiPaths.Me, Describe)
            .RequireAuthenticatedCaller()
            .Describe("DescribeCaller", "Describe the caller of this request", DescribeCallerDescription);

    private static Ok<CallerDescription> Describe(HttpContext httpContext)
    {
        var user = httpContext.User;
        return TypedResults.Ok(new CallerDescription(
            user.GetClaim(Claims.ClientId),
            user.GetClaim(Claims.Subject),
            user.GetClaim(Claims.Name),
            [.. user.GetClaims(Claims.Role)],
            user.GetClaim(GovClaims.Opd),
            [.. user.GetScopes()]));
    }
}
