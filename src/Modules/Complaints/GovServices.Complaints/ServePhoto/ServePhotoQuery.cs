using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Security;
using GovServices.BuildingBlocks.Storage;
using GovServices.Complaints.Domain;
using GovServices.Complaints.Photos;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Complaints.ServePhoto;

/// <summary>Which file of a photo: our copy, its thumbnail, or the original upload.</summary>
internal enum PhotoVariant
{
    Copy,
    Thumbnail,
    Original,
}

/// <summary>
/// A photo's bytes. Our copy and its thumbnail go to anyone while the photo is public (<see cref="PublicPhotos.IsPublic"/>),
/// and to whoever may read the complaint; the original only to staff who may read it. Anything else is as good as absent.
/// </summary>
internal sealed record ServePhotoQuery(Guid MediaId, PhotoVariant Variant) : IQuery<Result<PhotoFile>>;

/// <summary>The bytes and their media type.</summary>
internal sealed record PhotoFile(Stream Content, string ContentType);

internal sealed class ServePhotoHandler(
    IDbConnectionFactory connections,
    ICurrentActor actor,
    [FromKeyedServices(ComplaintsModule.MediaStore)] IContentStore store) : IQueryHandler<ServePhotoQuery, Result<PhotoFile>>
{
    public async ValueTask<Result<PhotoFile>> Handle(ServePhotoQuery query, CancellationToken cancellationToken)
    {
        PhotoRow? photo;
        ComplaintRow? complaint = null;
        await using (var connection = await connections.OpenConnectionAsync(cancellationToken))
        {
            photo = await connection.QuerySingleOrDefaultAsync<PhotoRow>(new CommandDefinition(
                PhotoSql.SelectById, new { id = query.MediaId }, cancellationToken: cancellationToken));
            if (photo is not null)
            {
                complaint = await connection.QuerySingleOrDefaultAsync<ComplaintRow>(new CommandDefinition(
                    ComplaintSql.SelectById, new { id = photo.ComplaintId }, cancellationToken: cancellationToken));
            }
        }

        if (photo is null || complaint is null || !MayRead(photo, complaint, query.Variant))
            return PhotoErrors.NotFound;

        var (key, contentType) = query.Variant switch
        {
            PhotoVariant.Original => (photo.OriginalKey, "image/" + photo.OriginalFormat),
            PhotoVariant.Thumbnail => (photo.ThumbnailKey, "image/jpeg"),
            _ => (photo.ProcessedKey, "image/jpeg"),
        };
        var content = store.Open(key);
        return content is null ? PhotoErrors.NotFound : new PhotoFile(content, contentType);
    }

    private bool MayRead(PhotoRow photo, ComplaintRow complaint, PhotoVariant variant) => variant == PhotoVariant.Original
        ? PublicPhotos.IsStaff(actor) && ComplaintAccess.CanRead(actor, complaint)
        : PublicPhotos.IsPublic(complaint, photo) || ComplaintAccess.CanRead(actor, complaint);
}
