namespace GovServices.Complaints.Domain;

/// <summary>The stages with a due date in working days; the deadline job flags each at most once.</summary>
internal static class DeadlineStage
{
    /// <summary>Submitted or verified, not yet routed: the complaint desk has <c>VerificationWorkingDays</c> (3).</summary>
    public const string Verification = "verification";

    /// <summary>Routed, not yet started: the OPD has <c>FollowUpWorkingDays</c> (5).</summary>
    public const string FollowUp = "follow_up";

    /// <summary>Routed, started or reopened, not yet resolved: the OPD has the category's SLA working days.</summary>
    public const string Resolution = "resolution";

    public static readonly IReadOnlyList<string> All = [Verification, FollowUp, Resolution];

    /// <summary>True while the complaint is still in a stage past its due date; the same rule as <see cref="ComplaintSql.OverdueNow"/>.</summary>
    public static bool IsOverdue(ComplaintRow complaint, DateOnly today) => complaint.Status switch
    {
        ComplaintStatus.Submitted or ComplaintStatus.Verified => complaint.VerificationDueOn < today,
        ComplaintStatus.Dispositioned => complaint.FollowUpDueOn < today || complaint.ResolutionDueOn < today,
        ComplaintStatus.InProgress or ComplaintStatus.Reopened => complaint.ResolutionDueOn < today,
        _ => false,
    };
}
