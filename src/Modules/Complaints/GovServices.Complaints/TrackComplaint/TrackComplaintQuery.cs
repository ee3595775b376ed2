using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Complaints.Domain;
using GovServices.Complaints.GetComplaint;
using GovServices.Complaints.Photos;
using Mediator;

namespace GovServices.Complaints.TrackComplaint;

/// <summary>Public tracking by code: status, category, dates and the OPD's public answers, never the reporter; nothing for confidential complaints.</summary>
internal sealed record TrackComplaintQuery(string TrackingCode) : IQuery<Result<ComplaintTracking>>;

/// <summary>What anyone holding the tracking code may see.</summary>
/// <param name="TrackingCode">The code, normalised.</param>
/// <param name="Status">submitted, verified, rejected, dispositioned, in_progress, resolved, closed, reopened or withdrawn.</param>
/// <param name="Category">The category code.</param>
/// <param name="CategoryNameId">The category's name in Bahasa Indonesia.</param>
/// <param name="CategoryNameEn">The category's name in English.</param>
/// <param name="FiledAt">When it was filed (UTC).</param>
/// <param name="VerificationDueOn">The date (WITA) by which the city verifies it.</param>
/// <param name="ResolutionDueOn">The date (WITA) by which it is to be resolved, once routed.</param>
/// <param name="ProvisionalDueDates">The due dates above that are provisional (verification, resolution): they fall in a year whose holiday decree is not yet loaded and are computed again when it is.</param>
/// <param name="ResolvedAt">When the OPD resolved it (UTC).</param>
/// <param name="ClosedAt">When it was closed (UTC).</param>
/// <param name="Answers">The OPD's public answers, newest first.</param>
/// <param name="Supporters">How many follow it instead of filing it again.</param>
/// <param name="Photos">Our copies of its photos, once the complaint is verified, without those a moderator hid.</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
internal sealed record ComplaintTracking(
    string TrackingCode,
    string Status,
    string Category,
    string CategoryNameId,
    string CategoryNameEn,
    DateTimeOffset FiledAt,
    DateOnly VerificationDueOn,
    DateOnly? ResolutionDueOn,
    IReadOnlyList<string> ProvisionalDueDates,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<AnswerView> Answers,
    int Supporters,
    IReadOnlyList<PublicPhotoView> Photos,
    DateTimeOffset UpdatedAt);

internal sealed class TrackComplaintHandler(IDbConnectionFactory connections, WorkingDayCalendar calendar) : IQueryHandler<TrackComplaintQuery, Result<ComplaintTracking>>
{
    private static Error NotFound => Error.NotFound(
        "tracking_code_not_found",
        Bilingual.Pick("No public complaint has this tracking code.", "Tidak ada pengaduan publik dengan kode pelacakan ini."));

    public async ValueTask<Result<ComplaintTracking>> Handle(TrackComplaintQuery query, CancellationToken cancellationToken)
    {
        // A mistyped or guessed code fails its check character here, before any database work.
        if (!Domain.TrackingCode.TryParse(query.TrackingCode, out var code))
            return NotFound;

        var complaint = await PublicComplaints.FindAsync(connections, code, cancellationToken);
        // A confidential complaint is never read here: it answers exactly like a code that does not exist.
        if (complaint is null)
            return NotFound;

        return new ComplaintTracking(
            complaint.TrackingCode,
            complaint.Status,
            complaint.CategoryCode,
            complaint.CategoryNameId,
            complaint.CategoryNameEn,
            complaint.FiledAt,
            complaint.VerificationDueOn,
            complaint.ResolutionDueOn,
            ProvisionalDueDateNames.Of(calendar, complaint.VerificationDueOn, resolution: complaint.ResolutionDueOn),
            complaint.ResolvedAt,
            complaint.ClosedAt,
            [.. complaint.Answers.Select(answer => new AnswerView(answer.OpdCode, answer.Body, answer.RespondedAt))],
            complaint.Supporters,
            [.. complaint.Photos.Select(PublicPhotoView.Of)],
            complaint.UpdatedAt);
    }
}
