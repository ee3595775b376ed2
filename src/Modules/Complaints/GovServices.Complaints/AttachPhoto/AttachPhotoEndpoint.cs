using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Complaints.Photos;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Complaints.AttachPhoto;

internal static class AttachPhotoEndpoint
{
    /// <summary>Room for the multipart boundaries and headers around the largest photo.</summary>
    private const long MultipartOverheadBytes = 64 * 1024;

    private const string AttachPhotoDescription = "multipart/form-data with `file`: a JPEG, PNG, WebP or HEIC picture of at most `Complaints:MaxPhotoBytes` (10 MiB), recognised from its bytes, not its name. The reporter (or the app that filed for them) and the staff handling the complaint (evidence) attach photos, at most 10 a complaint (409 photo_limit_reached), not to a rejected, withdrawn or closed complaint (409). Every picture is turned upright and re-encoded as JPEG without EXIF, GPS or any other metadata, with a thumbnail; the original is kept for audit and shown to staff only. Refused with 422 and nothing stored: an unknown format, a polyglot (markup, script or an archive inside), a cut-off file or one with data after its end, a picture over 12,000 pixels a side or 50 megapixels (read from its header before any pixel is decoded). Others who may see the complaint get 403, anyone else 404. The public sees our copy only once the complaint is verified, and not after a moderator hid it.";

    public static IEndpointRouteBuilder MapAttachPhoto(this IEndpointRouteBuilder group, ComplaintsOptions options)
    {
        group.MapPost(ComplaintsApiPaths.Media, async (Guid id, IFormFile file, IMediator mediator, CancellationToken cancellationToken) =>
            {
                await using var content = file.OpenReadStream();
                return (await mediator.Send(new AttachPhotoCommand(id, file.Length, content), cancellationToken)).Match(photo =>
                    TypedResults.Created(photo.Url, photo));
            })
            .RequireScope(ComplaintsScopes.Read)
            // Bearer tokens, not cookies, authenticate this API: there is no cross-site form post to forge.
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(options.MaxPhotoBytes + MultipartOverheadBytes))
            .Describe("AttachComplaintPhoto", "Attach a photo to a complaint", AttachPhotoDescription)
            .Produces<PhotoView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }
}
