namespace GovServices.Complaints.Photos;

/// <summary>One row of <c>complaints.complaint_media</c>.</summary>
internal sealed class PhotoRow
{
    public Guid Id { get; init; }

    public Guid ComplaintId { get; init; }

    public DateTimeOffset UploadedAt { get; init; }

    /// <summary><c>reporter</c> or <c>staff</c>.</summary>
    public string UploaderParty { get; init; } = "";

    public string? ActorClientId { get; init; }

    public string? ActorUserId { get; init; }

    public string OriginalFormat { get; init; } = "";

    public string OriginalKey { get; init; } = "";

    public string OriginalSha256 { get; init; } = "";

    public long OriginalBytes { get; init; }

    public string ProcessedKey { get; init; } = "";

    public string ThumbnailKey { get; init; } = "";

    public int Width { get; init; }

    public int Height { get; init; }

    public DateTimeOffset? HiddenAt { get; init; }

    public string? HiddenByUserId { get; init; }

    public string? HiddenReason { get; init; }
}
