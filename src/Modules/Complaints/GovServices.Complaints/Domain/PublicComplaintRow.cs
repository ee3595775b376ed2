namespace GovServices.Complaints.Domain;

/// <summary>
/// What of a complaint may be shown to anyone: read through <see cref="PublicComplaints"/>, which never selects a
/// confidential complaint and has no reporter column to leak.
/// </summary>
internal sealed class PublicComplaintRow
{
    /// <summary>Only to find its public answers: never shown, the tracking code is the public name.</summary>
    public Guid Id { get; init; }

    public string TrackingCode { get; init; } = "";

    public string Status { get; init; } = "";

    public string CategoryCode { get; init; } = "";

    public string CategoryNameId { get; init; } = "";

    public string CategoryNameEn { get; init; } = "";

    public string OpdCode { get; init; } = "";

    public string Description { get; init; } = "";

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public string? Address { get; init; }

    /// <summary>A JSON array of absolute https URLs.</summary>
    public string MediaUrls { get; init; } = "[]";

    public DateTimeOffset FiledAt { get; init; }

    public DateOnly VerificationDueOn { get; init; }

    public DateOnly? ResolutionDueOn { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? ResolvedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>How many follow it (<c>complaints.complaint_follower</c>).</summary>
    public int Supporters { get; init; }

    /// <summary>The photos anyone may see (<see cref="Photos.PublicPhotos"/>), oldest first.</summary>
    public IReadOnlyList<Photos.PhotoRow> Photos { get; set; } = [];

    /// <summary>The OPD's public answers (<c>complaints.complaint_response</c>), newest first.</summary>
    public IReadOnlyList<PublicAnswerRow> Answers { get; set; } = [];
}
