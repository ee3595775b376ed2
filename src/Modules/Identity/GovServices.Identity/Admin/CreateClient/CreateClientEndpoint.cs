using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Identity.Admin.CreateClient;

internal static class CreateClientEndpoint
{
    private const string CreateClientDescription = "A machine client authenticates with a secret (client credentials); the secret is generated here and returned in this answer only. A public client uses the authorization code flow with PKCE and needs its redirect URIs: https, or http on 127.0.0.1/localhost, without fragment.";

    public static IEndpointRouteBuilder MapCreateClient(this IEndpointRouteBuilder group)
    {
        group.MapPost(IdentityApiPaths.Clients, async (CreateClientCommand command, HttpContext httpContext, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(command, cancellationToken)).Match(created =>
                {
                    // A machine client's secret must not linger in caches or proxies.
                    httpContext.Response.Headers.CacheControl = "no-store";
                    httpContext.Response.SetETag(created.Client.Version);
                    return TypedResults.Created($"{IdentityApiPaths.Group}{IdentityApiPaths.Clients}/{created.Client.ClientId}", created);
                }))
            .RequireScope(Scopes.IdentityAdmin)
            .Describe("CreateClient", "Register a client (partner app, OPD system, bank channel or front-end)", CreateClientDescription)
            .Produces<ClientCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }
}
