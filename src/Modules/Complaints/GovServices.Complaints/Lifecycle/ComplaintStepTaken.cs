namespace GovServices.Complaints.Lifecycle;

/// <summary>The complaint after a step of its lifecycle; the new ETag comes with it.</summary>
/// <param name="Id">The complaint's id.</param>
/// <param name="TrackingCode">Its public tracking code.</param>
/// <param name="Action">The step taken, for example <c>verify</c>.</param>
/// <param name="FromStatus">The status it left.</param>
/// <param name="Status">The status it reached.</param>
/// <param name="Opd">The department (OPD) responsible for it now.</param>
/// <param name="OccurredAt">When the step was taken (UTC).</param>
/// <param name="FollowUpDueOn">The date (WITA) by which the OPD starts on it, once routed: five working days.</param>
/// <param name="ResolutionDueOn">The date (WITA) by which the OPD resolves it: the category's SLA in working days.</param>
/// <param name="AutoCloseOn">The date (WITA) on which a resolved complaint closes by itself unless the reporter answers.</param>
internal sealed record ComplaintStepTaken(
    Guid Id,
    string TrackingCode,
    string Action,
    string FromStatus,
    string Status,
    string Opd,
    DateTimeOffset OccurredAt,
    DateOnly? FollowUpDueOn,
    DateOnly? ResolutionDueOn,
    DateOnly? AutoCloseOn)
{
    internal int Version { get; init; }
}
