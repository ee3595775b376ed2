using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Complaints.FollowComplaint;

internal static class FollowComplaintEndpoints
{
    private const string FollowDescription = "Follow a complaint instead of filing it again (find it with GET /nearby): a signed-in citizen follows as themself (no body); a partner app follows for one of its reporters and sends their `contact`. Followers hear of the complaint as its reporter does and count as its supporters (`supporters` in tracking). Following twice is following once. The reporter gets 409 complaint_own; a rejected, withdrawn or closed complaint 409 complaint_not_open; a confidential or unknown one 404. When a coordinator rejects a complaint as a duplicate, its followers follow the original.";

    private const string UnfollowDescription = "Stop following a complaint (a partner app sends its reporter's `contact` in the query). Not following already is fine. A confidential or unknown complaint answers 404.";

    public static IEndpointRouteBuilder MapFollowComplaint(this IEndpointRouteBuilder group)
    {
        group.MapPost(ComplaintsApiPaths.Followers, async (Guid id, [FromBody] FollowerDetails? follower, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new FollowComplaintCommand(id, follower?.Contact), cancellationToken)).Match(TypedResults.Ok))
            .RequireScope(ComplaintsScopes.Submit)
            .Describe("FollowComplaint", "Follow (support) a complaint", FollowDescription)
            .Produces<ComplaintSupport>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete(ComplaintsApiPaths.Followers, async (Guid id, string? contact, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new UnfollowComplaintCommand(id, contact), cancellationToken)).Match(TypedResults.Ok))
            .RequireScope(ComplaintsScopes.Submit)
            .Describe("UnfollowComplaint", "Stop following a complaint", UnfollowDescription)
            .Produces<ComplaintSupport>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }
}
