using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Complaints.ServePhoto;

internal static class ServePhotoEndpoint
{
    private const string PublicReason = "Citizens and Open311 clients see the photos of public complaints: only our re-encoded copy without metadata, only once the complaint is verified, never of a confidential complaint nor one a moderator hid. Rate-limited.";

    private const string ServePhotoDescription = "Our re-encoded copy of a photo (JPEG, upright, no EXIF, GPS or other metadata). No token needed while the complaint is verified, not rejected, not confidential and the photo not hidden; otherwise only to those who may read the complaint. Anything else answers 404.";

    private const string ServeThumbnailDescription = "The thumbnail of a photo (JPEG, at most 320 pixels a side, no metadata), on the same terms as the photo.";

    private const string ServeOriginalDescription = "The upload as received, metadata and all, kept for audit: only staff who may read the complaint (coordinators, auditors, the OPD's officers and systems); anyone else gets 404.";

    public static IEndpointRouteBuilder MapServePhoto(this IEndpointRouteBuilder group)
    {
        group.MapGet(ComplaintsApiPaths.Photo, (Guid mediaId, IMediator mediator, CancellationToken cancellationToken) =>
                SendAsync(mediator, new ServePhotoQuery(mediaId, PhotoVariant.Copy), cancellationToken))
            .AllowPublicAccess(PublicReason)
            .RequireRateLimiting(RateLimitPolicies.Public)
            .Describe("GetComplaintPhoto", "A photo of a complaint", ServePhotoDescription)
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet(ComplaintsApiPaths.PhotoThumbnail, (Guid mediaId, IMediator mediator, CancellationToken cancellationToken) =>
                SendAsync(mediator, new ServePhotoQuery(mediaId, PhotoVariant.Thumbnail), cancellationToken))
            .AllowPublicAccess(PublicReason)
            .RequireRateLimiting(RateLimitPolicies.Public)
            .Describe("GetComplaintPhotoThumbnail", "The thumbnail of a photo of a complaint", ServeThumbnailDescription)
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet(ComplaintsApiPaths.PhotoOriginal, (Guid mediaId, IMediator mediator, CancellationToken cancellationToken) =>
                SendAsync(mediator, new ServePhotoQuery(mediaId, PhotoVariant.Original), cancellationToken))
            .RequireScope(ComplaintsScopes.Read)
            .Describe("GetComplaintPhotoOriginal", "The original upload of a photo (staff)", ServeOriginalDescription)
            .Produces(StatusCodes.Status200OK, typeof(byte[]), "image/jpeg", "image/png", "image/webp", "image/heic")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<IResult> SendAsync(IMediator mediator, ServePhotoQuery query, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(query, cancellationToken);
        return result.Match(file => TypedResults.Stream(file.Content, file.ContentType));
    }
}
