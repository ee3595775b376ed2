using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Identity.Clients;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Identity.Admin.UpdateClient;

internal static class UpdateClientEndpoint
{
    private const string UpdateClientDescription = "A full replacement of those fields. Send the ETag you read in If-Match: 412 when the client changed since, 428 without it. Tokens already issued keep their scopes until they expire (minutes).";

    public static IEndpointRouteBuilder MapUpdateClient(this IEndpointRouteBuilder group)
    {
        group.MapPut(IdentityApiPaths.Client, (string clientId, ClientChanges changes, HttpContext httpContext, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(
                    httpContext,
                    version => new UpdateClientCommand(clientId, version, changes.DisplayName, changes.Scopes, changes.RedirectUris, changes.PostLogoutRedirectUris),
                    client => client.Version,
                    cancellationToken))
            .RequireScope(Scopes.IdentityAdmin)
            .Describe("UpdateClient", "Change a client's name, scopes and redirect URIs", UpdateClientDescription)
            .Produces<ClientView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return group;
    }
}
