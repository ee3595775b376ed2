using System.Text.Json;
using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Complaints.Comments;
using GovServices.Complaints.Domain;
using GovServices.Complaints.Photos;
using GovServices.Complaints.Survey;
using Mediator;

namespace GovServices.Complaints.GetComplaint;

/// <summary>One complaint, with its public answers and history, if the caller may see it; otherwise as good as absent.</summary>
internal sealed record GetComplaintQuery(Guid Id) : IQuery<Result<ComplaintView>>;

internal sealed class GetComplaintHandler(IDbConnectionFactory connections, ICurrentActor actor, ReporterDisclosure disclosure, WorkingDayCalendar calendar)
    : IQueryHandler<GetComplaintQuery, Result<ComplaintView>>
{
    public static Error NotFound => Error.NotFound(
        "complaint_not_found",
        Bilingual.Pick("No complaint with this id is visible to you.", "Pengaduan dengan id ini tidak ditemukan atau tidak dapat Anda lihat."));

    public async ValueTask<Result<ComplaintView>> Handle(GetComplaintQuery query, CancellationToken cancellationToken)
    {
        ComplaintRow? complaint;
        IReadOnlyList<ResponseRow> answers;
        IReadOnlyList<HistoryRow> history;
        IReadOnlyList<CommentRow> comments;
        IReadOnlyList<PhotoRow> photos;
        IReadOnlyList<NearbyComplaint>? possibleDuplicates = null;
        SurveyRow? survey = null;
        int supporters;
        var staff = (ComplaintAccess.IsPerson(actor) && !actor.IsInRole(Roles.Citizen)) || OfficerOpd.IsSystem(actor);
        await using (var connection = await connections.OpenConnectionAsync(cancellationToken))
        {
            complaint = await connection.QuerySingleOrDefaultAsync<ComplaintRow>(new CommandDefinition(
                ComplaintSql.SelectById, new { id = query.Id }, cancellationToken: cancellationToken));
            // Another's complaint answers like a missing one: its existence is not disclosed.
            if (complaint is null || !ComplaintAccess.CanRead(actor, complaint))
                return NotFound;

            answers = [.. await connection.QueryAsync<ResponseRow>(new CommandDefinition(
                ComplaintSql.SelectResponses, new { complaint_id = complaint.Id }, cancellationToken: cancellationToken))];
            history = [.. await connection.QueryAsync<HistoryRow>(new CommandDefinition(
                ComplaintSql.SelectHistory, new { complaint_id = complaint.Id }, cancellationToken: cancellationToken))];
            comments = [.. await connection.QueryAsync<CommentRow>(new CommandDefinition(
                ComplaintSql.SelectComments, new { complaint_id = complaint.Id }, cancellationToken: cancellationToken))];
            photos = [.. await connection.QueryAsync<PhotoRow>(new CommandDefinition(
                PhotoSql.SelectByComplaint, new { complaint_id = complaint.Id }, cancellationToken: cancellationToken))];
            supporters = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
                FollowerSql.Count, new { complaint_id = complaint.Id }, cancellationToken: cancellationToken));
            if (staff)
            {
                survey = await connection.QuerySingleOrDefaultAsync<SurveyRow>(new CommandDefinition(
                    SurveySql.SelectByComplaint, new { complaint_id = complaint.Id }, cancellationToken: cancellationToken));
            }

            // Staff decide side by side before rejecting one as a duplicate.
            if (staff && complaint is { Latitude: { } latitude, Longitude: { } longitude })
            {
                var category = await connection.QuerySingleAsync<CategoryRow>(new CommandDefinition(
                    ComplaintSql.SelectCategory, new { code = complaint.CategoryCode }, cancellationToken: cancellationToken));
                possibleDuplicates = await NearbyComplaints.FindAsync(
                    connection, transaction: null, complaint.CategoryCode, latitude, longitude, category.DuplicateRadiusMetres, except: complaint.Id, cancellationToken);
            }
        }

        await disclosure.RecordStaffReadAsync([complaint], "complaint.read", cancellationToken);
        return new ComplaintView(
            complaint.Id,
            complaint.TrackingCode,
            complaint.Status,
            complaint.CategoryCode,
            complaint.OpdCode,
            complaint.Title,
            complaint.Description,
            complaint.Latitude,
            complaint.Longitude,
            complaint.Address,
            complaint.KelurahanCode,
            ComplaintAttributes.Parse(complaint.Attributes),
            JsonSerializer.Deserialize<string[]>(complaint.MediaUrls) ?? [],
            [.. photos.Select(photo => PhotoView.Of(photo, staff))],
            possibleDuplicates,
            supporters,
            complaint.Anonymous,
            complaint.Confidential,
            disclosure.For(complaint),
            complaint.FiledAt,
            complaint.VerificationDueOn,
            complaint.FollowUpDueOn,
            complaint.ResolutionDueOn,
            complaint.VerifiedAt,
            complaint.DispositionedAt,
            complaint.StartedAt,
            complaint.ResolvedAt,
            complaint.ClosedAt,
            complaint.AutoCloseOn,
            complaint.RejectionReason,
            complaint.DuplicateOfId,
            complaint.ReopenCount,
            complaint.Rating,
            SurveyView.Of(survey),
            OverdueStages(complaint),
            ProvisionalDueDateNames.Of(calendar, complaint.VerificationDueOn, complaint.FollowUpDueOn, complaint.ResolutionDueOn, complaint.AutoCloseOn),
            [.. answers.Select(answer => new AnswerView(answer.OpdCode, answer.Body, answer.RespondedAt))],
            [.. comments.Select(comment => new CommentView(comment.Id, comment.AuthorParty, staff && comment.AuthorParty == AddCommentHandler.StaffAuthor ? comment.ActorUserId : null, comment.Body, comment.CreatedAt))],
            [.. history.Select(entry => Entry(entry, complaint, staff))],
            complaint.UpdatedAt) { Version = complaint.Version };
    }

    public static IReadOnlyList<string> OverdueStages(ComplaintRow complaint) =>
    [
        .. complaint.VerificationOverdueAt is null ? Array.Empty<string>() : [DeadlineStage.Verification],
        .. complaint.FollowUpOverdueAt is null ? Array.Empty<string>() : [DeadlineStage.FollowUp],
        .. complaint.ResolutionOverdueAt is null ? Array.Empty<string>() : [DeadlineStage.Resolution],
    ];

    private static HistoryEntryView Entry(HistoryRow entry, ComplaintRow complaint, bool staffReader)
    {
        var party = ComplaintLifecycle.PartyOf(entry.Action);
        // An officer's step with no person is a back-office system's of the OPD (ADR 0051). The OPD is the complaint's:
        // officers' steps come after the disposition, which no later step changes, and only that OPD's staff take them.
        var officerStep = party == ComplaintParty.Officer;
        var bySystem = officerStep && entry.ActorUserId is null && entry.ActorClientId is not null;
        // The reporter's identity stays out of the history: only staff actions name their staff member, and only to staff.
        var actorName = staffReader && party is ComplaintParty.Coordinator or ComplaintParty.Officer
            ? bySystem ? entry.ActorClientId : entry.ActorUserId
            : null;
        return new HistoryEntryView(
            entry.Action, entry.FromStatus, entry.ToStatus, party.ToString().ToLowerInvariant(), actorName, entry.OccurredAt, entry.Note,
            officerStep ? complaint.OpdCode : null, bySystem);
    }
}
