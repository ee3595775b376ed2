using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Complaints.Comments;

internal static class AddCommentEndpoint
{
    private const string AddComplaintCommentDescription = "The reporter (the citizen, or the partner app that filed it) and the staff handling it (coordinators, officers of the OPD it is dispositioned to) talk here; auditors only read (403). Comments are shown with the complaint to those who may read it and are never public: the public text of a complaint is the OPD's answer. A rejected, closed or withdrawn complaint takes no more comments (409). 404 for a complaint you may not see.";

    public static IEndpointRouteBuilder MapAddComment(this IEndpointRouteBuilder group)
    {
        group.MapPost(ComplaintsApiPaths.Comments, async (Guid id, NewComment comment, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new AddCommentCommand(id, comment.Text), cancellationToken)).Match(added =>
                    TypedResults.Created(ComplaintsApiPaths.ComplaintLocation(id), added)))
            .RequireScope(ComplaintsScopes.Read)
            .Describe("AddComplaintComment", "Comment on a complaint", AddComplaintCommentDescription)
            .Produces<CommentView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }
}
