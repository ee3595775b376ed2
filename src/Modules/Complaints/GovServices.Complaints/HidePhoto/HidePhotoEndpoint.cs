using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Complaints.Photos;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Complaints.HidePhoto;

internal static class HidePhotoEndpoint
{
    private const string HidePhotoDescription = "A coordinator (the moderator) hides a photo from every public view (tracking, Open311 media_url, the public photo URLs), with a reason; the action is audited. Staff and the reporter still see it, marked hidden. Hiding a hidden photo changes nothing. An unknown complaint or a photo of another complaint answers 404.";

    public static IEndpointRouteBuilder MapHidePhoto(this IEndpointRouteBuilder group)
    {
        group.MapPost(ComplaintsApiPaths.MediaHide, async (Guid id, Guid mediaId, PhotoModeration moderation, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new HidePhotoCommand(id, mediaId, moderation.Reason ?? ""), cancellationToken)).Match(TypedResults.Ok))
            .RequireScope(ComplaintsScopes.Manage, Roles.Coordinator)
            .Describe("HideComplaintPhoto", "Hide a photo from the public (moderation)", HidePhotoDescription)
            .Produces<PhotoView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
