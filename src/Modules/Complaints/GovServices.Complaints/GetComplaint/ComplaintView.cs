using GovServices.Complaints.Comments;
using GovServices.Complaints.Domain;
using GovServices.Complaints.Photos;
using GovServices.Complaints.Survey;

namespace GovServices.Complaints.GetComplaint;

/// <summary>A complaint as its reader may see it.</summary>
/// <param name="Id">The complaint's id.</param>
/// <param name="TrackingCode">The public tracking code.</param>
/// <param name="Status">submitted, verified, rejected, dispositioned, in_progress, resolved, closed, reopened or withdrawn.</param>
/// <param name="Category">The category code.</param>
/// <param name="Opd">The department (OPD) responsible for it.</param>
/// <param name="Title">The reporter's summary.</param>
/// <param name="Description">The reporter's account.</param>
/// <param name="Latitude">Decimal degrees, when given.</param>
/// <param name="Longitude">Decimal degrees, when given.</param>
/// <param name="Address">The address or landmark, when given.</param>
/// <param name="KelurahanCode">The kelurahan's Kemendagri code, when the filing named it.</param>
/// <param name="Attributes">The answers to the category's questions, by code (a multivaluelist's as an array of keys); null without any.</param>
/// <param name="MediaUrls">Photos or videos hosted elsewhere, as filed.</param>
/// <param name="Photos">Photos attached to the complaint, oldest first; hidden ones marked, originals for staff only.</param>
/// <param name="PossibleDuplicates">For staff: open, public complaints of the category within its radius, nearest first (at most five), to compare before rejecting one as a duplicate; null for others and without coordinates.</param>
/// <param name="Supporters">How many follow it instead of filing it again.</param>
/// <param name="Anonymous">The reporter's identity is hidden from everyone but the reporter.</param>
/// <param name="Confidential">Never shown publicly.</param>
/// <param name="Reporter">Who reported it; null when anonymous and the reader is not the reporter, or when the citizen filed it themself.</param>
/// <param name="FiledAt">When it was filed (UTC).</param>
/// <param name="VerificationDueOn">The date (WITA) by which the city verifies it.</param>
/// <param name="FollowUpDueOn">The date (WITA) by which the OPD follows it up, once routed.</param>
/// <param name="ResolutionDueOn">The date (WITA) by which the OPD resolves it, once routed.</param>
/// <param name="VerifiedAt">When the complaint desk verified it (UTC).</param>
/// <param name="DispositionedAt">When it was routed to the OPD (UTC).</param>
/// <param name="StartedAt">When the OPD started on it (UTC).</param>
/// <param name="ResolvedAt">When the OPD resolved it (UTC).</param>
/// <param name="ClosedAt">When it was closed, by the reporter or by itself (UTC).</param>
/// <param name="AutoCloseOn">The date (WITA) on which a resolved complaint closes by itself unless the reporter answers.</param>
/// <param name="RejectionReason">duplicate, not_our_authority, insufficient_information or spam, when rejected.</param>
/// <param name="DuplicateOf">The original complaint, when rejected as a duplicate.</param>
/// <param name="ReopenCount">How often the reporter reopened it (at most once).</param>
/// <param name="Rating">The reporter's rating of the resolution, 1 to 5.</param>
/// <param name="Survey">For staff: the "is it fixed?" survey, once the reporter was asked; null before, and for others.</param>
/// <param name="OverdueStages">The stages the deadline job found past their due date: verification, follow_up, resolution.</param>
/// <param name="ProvisionalDueDates">The due dates above that are provisional (verification, follow_up, resolution, auto_close): they fall in a year whose holiday decree is not yet loaded and are computed again when it is.</param>
/// <param name="Answers">The OPD's public answers, newest first.</param>
/// <param name="Comments">Comments between the reporter and the staff handling it, oldest first; never public.</param>
/// <param name="History">Every step, oldest first.</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
internal sealed record ComplaintView(
    Guid Id,
    string TrackingCode,
    string Status,
    string Category,
    string Opd,
    string Title,
    string Description,
    double? Latitude,
    double? Longitude,
    string? Address,
    string? KelurahanCode,
    IReadOnlyDictionary<string, System.Text.Json.JsonElement>? Attributes,
    IReadOnlyList<string> MediaUrls,
    IReadOnlyList<PhotoView> Photos,
    IReadOnlyList<NearbyComplaint>? PossibleDuplicates,
    int Supporters,
    bool Anonymous,
    bool Confidential,
    ReporterView? Reporter,
    DateTimeOffset FiledAt,
    DateOnly VerificationDueOn,
    DateOnly? FollowUpDueOn,
    DateOnly? ResolutionDueOn,
    DateTimeOffset? VerifiedAt,
    DateTimeOffset? DispositionedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? ClosedAt,
    DateOnly? AutoCloseOn,
    string? RejectionReason,
    Guid? DuplicateOf,
    int ReopenCount,
    int? Rating,
    SurveyView? Survey,
    IReadOnlyList<string> OverdueStages,
    IReadOnlyList<string> ProvisionalDueDates,
    IReadOnlyList<AnswerView> Answers,
    IReadOnlyList<CommentView> Comments,
    IReadOnlyList<HistoryEntryView> History,
    DateTimeOffset UpdatedAt)
{
    internal int Version { get; init; }
}

/// <summary>The reporter, as filed by a partner app.</summary>
/// <param name="Name">Their name.</param>
/// <param name="Contact">How to reach them.</param>
/// <param name="Nik">Their NIK, masked except for the reporter's own side.</param>
internal sealed record ReporterView(string? Name, string? Contact, string? Nik);
