using GovServices.BuildingBlocks.Messaging;

namespace GovServices.Complaints.Contracts;

/// <summary>
/// The reporter of a complaint resolved some weeks ago is to be asked whether it is fixed (issue 15, ADR 0071), once
/// per complaint. Carries no reporter data and no link: the module that asks gets both from Complaints
/// (<see cref="IComplaintReporters"/>, <see cref="IComplaintSurveys"/>).
/// </summary>
/// <param name="ComplaintId">The complaint.</param>
/// <param name="TrackingCode">Its public tracking code.</param>
/// <param name="ExpiresAt">Until when the survey's link answers (UTC).</param>
/// <param name="OccurredAt">When the survey was opened (UTC).</param>
/// <param name="Audience">The partner app that filed it and the OPD it is routed to.</param>
public sealed record ComplaintSurveyRequested(
    Guid ComplaintId,
    string TrackingCode,
    DateTimeOffset ExpiresAt,
    DateTimeOffset OccurredAt,
    EventAudience Audience) : IAudiencedEvent;
