using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Identity.Clients;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Identity.Admin.DisableClient;

internal static class DisableClientEndpoint
{
    private const string DisableClientDescription = "The client can get no new token, and the tokens it holds stop working at once. Disabling a disabled client changes nothing.";

    public static IEndpointRouteBuilder MapDisableClient(this IEndpointRouteBuilder group)
    {
        group.MapPost(IdentityApiPaths.DisableClient, async (string clientId, HttpContext httpContext, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new DisableClientCommand(clientId), cancellationToken)).Match(client =>
                {
                    httpContext.Response.SetETag(client.Version);
                    return TypedResults.Ok(client);
                }))
            .RequireScope(Scopes.IdentityAdmin)
            .Describe("DisableClient", "Disable a client and revoke its tokens", DisableClientDescription)
            .Produces<ClientView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
