using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Identity.Clients;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Identity.Admin.BindClientOpd;

internal static class BindClientOpdEndpoint
{
    private const string BindClientOpdDescription = "A machine client bound to an OPD is that OPD's back-office system: from its next token (the `opd` claim) it takes the steps the OPD's officers may take in Complaints and Permits and reads what they read, recorded as the system of that OPD; never a coordinator's step, never another OPD's record. Changing the OPD revokes the tokens the client holds. The OPD code has the form staff accounts use (2 to 40 upper-case letters or digits; 400 otherwise); a public client answers 422. Send the ETag you read in If-Match: 412 when the client changed since, 428 without it.";

    private const string UnbindClientOpdDescription = "From its next token the client acts for itself again and takes no officer's step; the tokens it holds are revoked. Unbinding an unbound client changes nothing. Send the ETag you read in If-Match: 412 when the client changed since, 428 without it.";

    public static IEndpointRouteBuilder MapBindClientOpd(this IEndpointRouteBuilder group)
    {
        group.MapPut(IdentityApiPaths.ClientOpd, (string clientId, ClientOpdBinding binding, HttpContext httpContext, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(
                    httpContext,
                    version => new BindClientOpdCommand(clientId, version, binding.Opd ?? ""),
                    client => client.Version,
                    cancellationToken))
            .RequireScope(Scopes.IdentityAdmin)
            .Describe("BindClientOpd", "Bind a machine client to an OPD", BindClientOpdDescription)
            .Produces<ClientView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapDelete(IdentityApiPaths.ClientOpd, (string clientId, HttpContext httpContext, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(
                    httpContext,
                    version => new BindClientOpdCommand(clientId, version, Opd: null),
                    client => client.Version,
                    cancellationToken))
            .RequireScope(Scopes.IdentityAdmin)
            .Describe("UnbindClientOpd", "Unbind a client from its OPD", UnbindClientOpdDescription)
            .Produces<ClientView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return group;
    }
}
