namespace GovServices.Complaints.Photos;

/// <summary>A photo of a complaint, as its reader may see it.</summary>
/// <param name="Id">The photo's id.</param>
/// <param name="Url">Our re-encoded copy (JPEG, upright, no EXIF, GPS or other metadata).</param>
/// <param name="ThumbnailUrl">Its thumbnail (JPEG, at most 320 pixels a side).</param>
/// <param name="OriginalUrl">The upload as received, metadata and all: staff only, kept for audit; null for anyone else.</param>
/// <param name="Width">Width of our copy, in pixels.</param>
/// <param name="Height">Height of our copy, in pixels.</param>
/// <param name="UploadedBy"><c>reporter</c> (the reporter or the app that filed for them) or <c>staff</c> (evidence).</param>
/// <param name="UploadedAt">When (UTC).</param>
/// <param name="Hidden">A moderator hid it from the public.</param>
internal sealed record PhotoView(
    Guid Id,
    string Url,
    string ThumbnailUrl,
    string? OriginalUrl,
    int Width,
    int Height,
    string UploadedBy,
    DateTimeOffset UploadedAt,
    bool Hidden)
{
    public static PhotoView Of(PhotoRow row, bool staff) => new(
        row.Id,
        ComplaintsApiPaths.PhotoLocation(row.Id),
        ComplaintsApiPaths.PhotoLocation(row.Id) + "/thumbnail",
        staff ? ComplaintsApiPaths.PhotoLocation(row.Id) + "/original" : null,
        row.Width,
        row.Height,
        row.UploaderParty,
        row.UploadedAt,
        row.HiddenAt is not null);
}

/// <summary>A photo anyone may see.</summary>
/// <param name="Url">Our re-encoded copy, without metadata.</param>
/// <param name="ThumbnailUrl">Its thumbnail.</param>
internal sealed record PublicPhotoView(string Url, string ThumbnailUrl)
{
    public static PublicPhotoView Of(PhotoRow row) =>
        new(ComplaintsApiPaths.PhotoLocation(row.Id), ComplaintsApiPaths.PhotoLocation(row.Id) + "/thumbnail");
}
