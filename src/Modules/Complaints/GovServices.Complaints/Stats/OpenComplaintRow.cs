using GovServices.Complaints.Domain;

namespace GovServices.Complaints.Stats;

/// <summary>What the open-complaints board reads of one complaint: where it stands and where it is, nothing personal.</summary>
internal sealed class OpenComplaintRow
{
    public Guid Id { get; init; }

    public string TrackingCode { get; init; } = "";

    public string Status { get; init; } = "";

    public string CategoryCode { get; init; } = "";

    public string OpdCode { get; init; } = "";

    public bool Confidential { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public DateOnly VerificationDueOn { get; init; }

    public DateOnly? FollowUpDueOn { get; init; }

    public DateOnly? ResolutionDueOn { get; init; }

    /// <summary>The due date of the stage it is in that has passed, the earliest first; null when none has.</summary>
    public DateOnly? MissedDueOn(DateOnly today)
    {
        DateOnly?[] due = Status switch
        {
            ComplaintStatus.Submitted or ComplaintStatus.Verified => [VerificationDueOn],
            ComplaintStatus.Dispositioned => [FollowUpDueOn, ResolutionDueOn],
            _ => [ResolutionDueOn],
        };
        return due.Where(date => date < today).Min();
    }
}
