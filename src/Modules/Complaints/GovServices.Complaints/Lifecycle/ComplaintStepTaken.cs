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
/// <param name="ProvisionalDueDates">The due dates above that are provisional (verification, follow_up, resolution, auto_close): they fall in a year whose holiday decree is not yet loaded and are computed again when it is.</param>
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
    DateOnly? AutoCloseOn,
    IReadOnlyList<string> ProvisionalDueDates)
{
    internal int Version { get; init; }
}
