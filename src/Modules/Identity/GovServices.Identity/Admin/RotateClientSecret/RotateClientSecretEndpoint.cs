using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Identity.Admin.RotateClientSecret;

internal static class RotateClientSecretEndpoint
{
    private const string RotateClientSecretDescription = "Returns the new secret, this once. The old secret stops working at once, and tokens issued to the client are revoked.";

    public static IEndpointRouteBuilder MapRotateClientSecret(this IEndpointRouteBuilder group)
    {
        group.MapPost(IdentityApiPaths.ClientSecret, async (string clientId, HttpContext httpContext, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RotateClientSecretCommand(clientId), cancellationToken)).Match(rotated =>
                {
                    // The secret must not linger in caches or proxies.
                    httpContext.Response.Headers.CacheControl = "no-store";
                    httpContext.Response.SetETag(rotated.Version);
                    return TypedResults.Ok(rotated);
                }))
            .RequireScope(Scopes.IdentityAdmin)
            .Describe("RotateClientSecret", "Give a machine client a new secret", RotateClientSecretDescription)
            .Produces<ClientSecretRotated>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }
}
