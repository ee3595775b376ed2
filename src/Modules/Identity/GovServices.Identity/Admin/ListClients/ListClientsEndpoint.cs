using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Identity.Clients;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Identity.Admin.ListClients;

internal static class ListClientsEndpoint
{
    private const string ListClientsDescription = "In client_id order; `limit` (1–100, default 20) and the `cursor` of the previous page.";

    public static IEndpointRouteBuilder MapListClients(this IEndpointRouteBuilder group)
    {
        group.MapGet(IdentityApiPaths.Clients, async (int? limit, string? cursor, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListClientsQuery(limit, cursor), cancellationToken)).Match(TypedResults.Ok))
            .RequireScope(Scopes.IdentityAdmin)
            .Describe("ListClients", "List registered clients", ListClientsDescription)
            .Produces<CursorPage<ClientView>>()
            .ProducesValidationProblem();
        return group;
    }
}
