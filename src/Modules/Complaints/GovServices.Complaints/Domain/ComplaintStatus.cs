namespace GovServices.Complaints.Domain;

/// <summary>Where a complaint stands; stored and shown as these texts.</summary>
internal static class ComplaintStatus
{
    public const string Submitted = "submitted";
    public const string Verified = "verified";
    public const string Rejected = "rejected";
    public const string Dispositioned = "dispositioned";
    public const string InProgress = "in_progress";
    public const string Resolved = "resolved";
    public const string Closed = "closed";
    public const string Reopened = "reopened";
    public const string Withdrawn = "withdrawn";
}
