using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Complaints.GetComplaint;

internal static class GetComplaintEndpoint
{
    private const string GetComplaintDescription = "A citizen reads their own complaints, a partner app those it filed, an officer those the complaint desk has dispositioned to their OPD (never while still submitted or verified), coordinators and auditors all; any other complaint answers 404. The ETag is the version to send in If-Match. An anonymous reporter is shown only to the reporter's side; NIKs are masked for everyone else.";

    public static IEndpointRouteBuilder MapGetComplaint(this IEndpointRouteBuilder group)
    {
        group.MapGet(ComplaintsApiPaths.Complaint, async (Guid id, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetComplaintQuery(id), cancellationToken)).Match(complaint =>
                {
                    response.SetETag(complaint.Version);
                    return TypedResults.Ok(complaint);
                }))
            .RequireScope(ComplaintsScopes.Read)
            .Describe("GetComplaint", "Read a complaint", GetComplaintDescription)
            .Produces<ComplaintView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
