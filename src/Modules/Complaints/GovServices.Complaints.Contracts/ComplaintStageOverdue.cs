using GovServices.BuildingBlocks.Messaging;

namespace GovServices.Complaints.Contracts;

/// <summary>
/// The deadline job flagged a stage of a complaint overdue: published once per complaint and stage, with the flag, so
/// that whoever holds the complaint is told (issue 15). Carries no reporter data.
/// </summary>
/// <param name="ComplaintId">The complaint.</param>
/// <param name="TrackingCode">Its public tracking code.</param>
/// <param name="Stage"><c>verification</c> (the complaint desk's), <c>follow_up</c> or <c>resolution</c> (the OPD's).</param>
/// <param name="Category">Its category code.</param>
/// <param name="Opd">The OPD that holds it: the one it is dispositioned to; null while the complaint desk holds it (verification).</param>
/// <param name="DueOn">The stage's due date (the city's date, WITA) it ran past.</param>
/// <param name="OccurredAt">When it was flagged (UTC).</param>
/// <param name="Audience">The partner app that filed it and the OPD it is routed to.</param>
public sealed record ComplaintStageOverdue(
    Guid ComplaintId,
    string TrackingCode,
    string Stage,
    string Category,
    string? Opd,
    DateOnly DueOn,
    DateTimeOffset OccurredAt,
    EventAudience Audience) : IAudiencedEvent;
