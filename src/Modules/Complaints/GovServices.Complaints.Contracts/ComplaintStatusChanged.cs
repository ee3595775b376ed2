using GovServices.BuildingBlocks.Messaging;

namespace GovServices.Complaints.Contracts;

/// <summary>
/// A complaint was filed (<paramref name="FromStatus"/> null) or moved to another status; for notifications. Carries
/// no reporter data: subscribers that need it ask the Complaints module.
/// </summary>
/// <param name="ComplaintId">The complaint.</param>
/// <param name="TrackingCode">Its public tracking code.</param>
/// <param name="FromStatus">The status it left; null when it was just filed.</param>
/// <param name="ToStatus">The status it reached, for example <c>submitted</c>.</param>
/// <param name="Category">Its category code.</param>
/// <param name="Opd">The department (OPD) responsible for it.</param>
/// <param name="OccurredAt">When it changed (UTC).</param>
/// <param name="Audience">The partner app that filed it and the OPD it is routed to.</param>
public sealed record ComplaintStatusChanged(
    Guid ComplaintId,
    string TrackingCode,
    string? FromStatus,
    string ToStatus,
    string Category,
    string Opd,
    DateTimeOffset OccurredAt,
    EventAudience Audience) : IAudiencedEvent
{
    /// <summary>Messages written before events carried an audience read as nobody's, not as null.</summary>
    public EventAudience Audience { get; init; } = Audience ?? new(null, null);
}
