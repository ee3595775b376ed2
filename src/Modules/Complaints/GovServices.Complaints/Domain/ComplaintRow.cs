namespace GovServices.Complaints.Domain;

/// <summary>One row of <c>complaints.complaint</c>.</summary>
internal sealed record ComplaintRow
{
    public Guid Id { get; init; }

    public string TrackingCode { get; init; } = "";

    public string CategoryCode { get; init; } = "";

    public string OpdCode { get; init; } = "";

    public string Status { get; init; } = "";

    public string Title { get; init; } = "";

    public string Description { get; init; } = "";

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public string? Address { get; init; }

    /// <summary>The Kemendagri code of the kelurahan it is about, when the filing named it.</summary>
    public string? KelurahanCode { get; init; }

    /// <summary>A JSON array of absolute https URLs.</summary>
    public string MediaUrls { get; init; } = "[]";

    public bool Anonymous { get; init; }

    public bool Confidential { get; init; }

    public string? ReporterUserId { get; init; }

    public string? ReporterNik { get; init; }

    public string? ReporterName { get; init; }

    public string? ReporterContact { get; init; }

    public string? FiledByClientId { get; init; }

    public DateTimeOffset FiledAt { get; init; }

    public DateOnly VerificationDueOn { get; init; }

    public DateOnly? FollowUpDueOn { get; init; }

    public DateOnly? ResolutionDueOn { get; init; }

    public DateTimeOffset? VerifiedAt { get; init; }

    public DateTimeOffset? DispositionedAt { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? ResolvedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The date (WITA) on which a resolved complaint the reporter did not answer closes by itself.</summary>
    public DateOnly? AutoCloseOn { get; init; }

    /// <summary>One of <see cref="RejectionReason"/>'s codes.</summary>
    public string? RejectionReason { get; init; }

    public Guid? DuplicateOfId { get; init; }

    public int ReopenCount { get; init; }

    public int? Rating { get; init; }

    public DateTimeOffset? RatedAt { get; init; }

    public DateTimeOffset? VerificationOverdueAt { get; init; }

    public DateTimeOffset? FollowUpOverdueAt { get; init; }

    public DateTimeOffset? ResolutionOverdueAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public int Version { get; init; }

    /// <summary>How many photos are attached (at most <see cref="Photos.PhotoSql.MaxPerComplaint"/>).</summary>
    public int MediaCount { get; init; }

    /// <summary>The answers to the category's questions, a JSON object of code to value (<see cref="ComplaintAttributes"/>); null without any.</summary>
    public string? Attributes { get; init; }
}
