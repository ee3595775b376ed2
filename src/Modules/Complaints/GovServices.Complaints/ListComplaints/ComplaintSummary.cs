using GovServices.Complaints.GetComplaint;

namespace GovServices.Complaints.ListComplaints;

/// <summary>A complaint in a list, as its reader may see it.</summary>
/// <param name="Id">The complaint's id.</param>
/// <param name="TrackingCode">The public tracking code.</param>
/// <param name="Status">submitted, verified, rejected, dispositioned, in_progress, resolved, closed, reopened or withdrawn.</param>
/// <param name="Category">The category code.</param>
/// <param name="Opd">The department (OPD) responsible for it.</param>
/// <param name="Title">The reporter's summary.</param>
/// <param name="Anonymous">The reporter's identity is hidden from everyone but the reporter.</param>
/// <param name="Confidential">Never shown publicly.</param>
/// <param name="Reporter">Who reported it, under the same rules as reading one complaint.</param>
/// <param name="FiledAt">When it was filed (UTC).</param>
/// <param name="VerificationDueOn">The date (WITA) by which the city verifies it.</param>
/// <param name="FollowUpDueOn">The date (WITA) by which the OPD starts on it, once routed.</param>
/// <param name="ResolutionDueOn">The date (WITA) by which the OPD resolves it, once routed.</param>
/// <param name="Overdue">True while the complaint is past the due date of the stage it is in.</param>
/// <param name="ProvisionalDueDates">The due dates above that are provisional (verification, follow_up, resolution, auto_close): they fall in a year whose holiday decree is not yet loaded and are computed again when it is.</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
internal sealed record ComplaintSummary(
    Guid Id,
    string TrackingCode,
    string Status,
    string Category,
    string Opd,
    string Title,
    bool Anonymous,
    bool Confidential,
    ReporterView? Reporter,
    DateTimeOffset FiledAt,
    DateOnly VerificationDueOn,
    DateOnly? FollowUpDueOn,
    DateOnly? ResolutionDueOn,
    bool Overdue,
    IReadOnlyList<string> ProvisionalDueDates,
    DateTimeOffset UpdatedAt);
