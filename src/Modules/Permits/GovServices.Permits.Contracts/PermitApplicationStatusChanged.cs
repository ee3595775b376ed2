using GovServices.BuildingBlocks.Messaging;

namespace GovServices.Permits.Contracts;

/// <summary>
/// A permit application took a step of its lifecycle (submitted, under review, revision requested, approved, rejected,
/// fee assessed, paid, issued, withdrawn, or its permit revoked); so that the applicant's app and the OPD can be told
/// without polling. Carries no applicant data: subscribers that need it ask the Permits module.
/// </summary>
/// <param name="ApplicationId">The application.</param>
/// <param name="ApplicationNumber">Its number as the applicant knows it.</param>
/// <param name="PermitType">The permit type's code.</param>
/// <param name="FromStatus">The status it left; null when it had none before.</param>
/// <param name="ToStatus">The status it reached, for example <c>submitted</c>, or <c>revoked</c> for a revoked permit.</param>
/// <param name="PermitNumber">The permit's number, when the step issued or revoked it; otherwise null.</param>
/// <param name="OccurredAt">When the step was taken (UTC).</param>
/// <param name="Audience">The partner app that applied and the OPD that issues the permit.</param>
public sealed record PermitApplicationStatusChanged(
    Guid ApplicationId,
    string ApplicationNumber,
    string PermitType,
    string? FromStatus,
    string ToStatus,
    string? PermitNumber,
    DateTimeOffset OccurredAt,
    EventAudience Audience) : IAudiencedEvent;
