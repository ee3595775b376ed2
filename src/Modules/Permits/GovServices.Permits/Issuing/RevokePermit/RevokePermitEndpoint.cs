using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Permits.Issuing.GetIssuedPermit;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Permits.Issuing.RevokePermit;

internal static class RevokePermitEndpoint
{
    private const string RevokePermitDescription = "An officer of the issuing OPD withdraws a permit, with a reason (up to 1,000 characters) that is kept and audited; from then on it verifies as revoked. Send the ETag you read in If-Match: 428 without it, 412 when the permit changed meanwhile. 404 for a permit of another OPD, 409 when it is already revoked.";

    public static IEndpointRouteBuilder MapRevokePermit(this IEndpointRouteBuilder group)
    {
        group.MapPost(IssuingApiPaths.RevokePermit, (Guid id, RevokePermitRequest request, HttpContext httpContext, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(httpContext, version => new RevokePermitCommand(id, version, request.Reason ?? ""), permit => permit.Version, cancellationToken))
            .RequireScope(PermitsScopes.Review, Roles.Officer)
            .Describe("RevokePermit", "Revoke an issued permit", RevokePermitDescription)
            .Produces<IssuedPermitView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return group;
    }
}
