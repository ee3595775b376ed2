namespace GovServices.Complaints.Domain;

/// <summary>One row of <c>complaints.complaint_history</c>.</summary>
internal sealed class HistoryRow
{
    public DateTimeOffset OccurredAt { get; init; }

    public string Action { get; init; } = "";

    public string? FromStatus { get; init; }

    public string ToStatus { get; init; } = "";

    public string? ActorClientId { get; init; }

    public string? ActorUserId { get; init; }

    public string? Note { get; init; }
}
