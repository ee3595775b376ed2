using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Identity.Clients;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Identity.Admin.GetClient;

internal static class GetClientEndpoint
{
    private const string GetClientDescription = "Kind, scopes, redirect URIs and whether it is disabled; never its secret. The ETag is what an update sends back in If-Match.";

    public static IEndpointRouteBuilder MapGetClient(this IEndpointRouteBuilder group)
    {
        group.MapGet(IdentityApiPaths.Client, async (string clientId, HttpContext httpContext, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetClientQuery(clientId), cancellationToken)).Match(client =>
                {
                    httpContext.Response.SetETag(client.Version);
                    return TypedResults.Ok(client);
                }))
            .RequireScope(Scopes.IdentityAdmin)
            .Describe("GetClient", "Read a registered client", GetClientDescription)
            .Produces<ClientView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
