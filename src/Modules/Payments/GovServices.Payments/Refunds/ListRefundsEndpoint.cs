using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;

namespace GovServices.Payments.Refunds;

internal static class ListRefundsEndpoint
{
    private const string ListRefundsDescription = "Oldest first, cursor pages (limit, cursor). With payments.manage any invoice's; with payments.read a citizen's own invoice's. Anyone else, including the client that issued the invoice, gets 404.";

    public static IEndpointRouteBuilder MapListRefunds(this IEndpointRouteBuilder group)
    {
        group.MapGet(PaymentsApiPaths.InvoiceRefunds, async (Guid id, int? limit, string? cursor, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListRefundsQuery(id, limit, cursor), cancellationToken)).Match(TypedResults.Ok))
            // payments.read for the payer (a citizen, by NIK), or payments.manage for officers' systems.
            .RequireAuthorization(new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .RequireAssertion(context => context.User.HasScope(PaymentsScopes.Read) || context.User.HasScope(PaymentsScopes.Manage))
                .Build())
            .WithMetadata(new RequiredScopeMetadata(PaymentsScopes.Read, []))
            .Describe("ListRefunds", "List an invoice's refunds", ListRefundsDescription)
            .Produces<CursorPage<InvoiceRefundView>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
