namespace GovServices.Complaints.Stats;

/// <summary>What the statistics read of one complaint: no text, no reporter.</summary>
internal sealed class StatsRow
{
    public string Status { get; init; } = "";

    public string CategoryCode { get; init; } = "";

    public string OpdCode { get; init; } = "";

    public DateOnly VerificationDueOn { get; init; }

    public DateOnly? FollowUpDueOn { get; init; }

    public DateOnly? ResolutionDueOn { get; init; }

    public DateTimeOffset? VerifiedAt { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? ResolvedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
