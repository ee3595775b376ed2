using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Permits.Issuing.GetIssuedPermit;

internal static class GetIssuedPermitEndpoint
{
    private const string GetIssuedPermitDescription = "The holder (the citizen who applied, or the partner app that applied on someone's behalf without a signed-in citizen), officers of the issuing OPD and auditors read it; anyone else gets 404. The NIK is in full for the holder's side only. The answer carries the signed token and the verification URL to print as a QR code; the ETag is the version to send in If-Match when revoking.";

    public static IEndpointRouteBuilder MapGetIssuedPermit(this IEndpointRouteBuilder group)
    {
        // Holders (permits.apply), officers (permits.review) and auditors (audit.read) carry different scopes; who may
        // see which permit is decided per permit in the handler, and everyone else gets 404.
        group.MapGet(IssuingApiPaths.IssuedPermit, async (Guid id, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetIssuedPermitQuery(id), cancellationToken)).Match(permit =>
                {
                    response.SetETag(permit.Version);
                    return TypedResults.Ok(permit);
                }))
            .RequireAuthenticatedCaller()
            .Describe("GetIssuedPermit", "Read an issued permit", GetIssuedPermitDescription)
            .Produces<IssuedPermitView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
