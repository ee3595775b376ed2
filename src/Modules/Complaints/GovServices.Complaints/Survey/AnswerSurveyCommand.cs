using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Complaints.Domain;
using GovServices.Complaints.GetComplaint;
using GovServices.Complaints.Lifecycle;
using Mediator;

namespace GovServices.Complaints.Survey;

/// <summary>
/// The reporter answers "is it fixed?": through the link's <paramref name="Token"/> (no account needed), or signed in
/// about their complaint <paramref name="ComplaintId"/>. Exactly one of the two is given.
/// </summary>
internal sealed record AnswerSurveyCommand(Guid? ComplaintId, string? Token, string Answer) : ICommand<Result<SurveyAnswered>>;

/// <summary>
/// Records the answer once and takes the reporter's step of the lifecycle in the same transaction: <c>fixed</c>
/// closes the complaint (the reporter confirms the resolution), <c>not_fixed</c> reopens it through the reopen step,
/// which allows it once (<see cref="ComplaintLifecycle.MaxReopens"/>). The same answer again answers as the first did
/// and changes nothing; another answer, an answer after the complaint moved on, and an expired or altered link are
/// refused with their own code.
/// </summary>
internal sealed class AnswerSurveyHandler(
    IUnitOfWork unitOfWork, IAuditTrail auditTrail, ICurrentActor actor, ComplaintSteps steps, ComplaintDeadlines deadlines, SurveyToken tokens, SurveyLinkReporter linkReporter, TimeProvider clock)
    : ICommandHandler<AnswerSurveyCommand, Result<SurveyAnswered>>
{
    public async ValueTask<Result<SurveyAnswered>> Handle(AnswerSurveyCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var found = command.Token is { } token ? await FindByLinkAsync(token, now, cancellationToken) : await FindAsReporterAsync(command.ComplaintId!.Value, cancellationToken);
        if (!found.IsSuccess)
            return found.Error;
        var (survey, complaint) = found.Value;

        if (survey.Answer is { } given)
        {
            return given == command.Answer
                ? Answered(survey, complaint, given, survey.AnsweredAt!.Value, alreadyAnswered: true)
                : AlreadyAnswered;
        }

        if (survey.ExpiresAt <= now)
            return Expired;
        if (complaint.Status != ComplaintStatus.Resolved)
            return MovedOn;

        if (command.Token is not null)
            linkReporter.ActAs(complaint);

        var recorded = await unitOfWork.ExecuteAsync(
            SurveySql.Answer, new { complaint_id = complaint.Id, answered_at = now, answer = command.Answer }, cancellationToken);
        if (recorded == 0)
            return AlreadyAnswered;

        var step = command.Answer == SurveyAnswer.Fixed
            ? await steps.TakeAsync(
                complaint.Id, complaint.Version, ComplaintAction.Close,
                Bilingual.Pick("The reporter answered the survey: fixed.", "Pelapor menjawab survei: sudah beres."),
                (next, at, _) => ComplaintSteps.Unchanged(next with { ClosedAt = at }),
                auditDetails: null, cancellationToken)
            : await steps.TakeAsync(
                complaint.Id, complaint.Version, ComplaintAction.Reopen,
                Bilingual.Pick("The reporter answered the survey: not fixed.", "Pelapor menjawab survei: belum beres."),
                (next, at, token) => ReopenComplaintHandler.Reopen(unitOfWork, deadlines, next, at, token),
                auditDetails: null, cancellationToken);
        if (!step.IsSuccess)
            return step.Error;

        await auditTrail.RecordAsync(
            ComplaintsModule.Schema,
            new AuditEvent("complaint.survey_answered", "complaint", complaint.Id.ToString(),
                Details: new { answer = command.Answer, via = command.Token is null ? "api" : "link" }),
            cancellationToken);
        return Answered(survey, complaint with { Status = step.Value.Status }, command.Answer, now, alreadyAnswered: false);
    }

    private async Task<Result<(SurveyRow Survey, ComplaintRow Complaint)>> FindByLinkAsync(string token, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (tokens.Read(token) is not { } read)
            return NotFound;
        if (read.ExpiresAt <= now)
            return Expired;
        var survey = await unitOfWork.QuerySingleOrDefaultAsync<SurveyRow>(SurveySql.SelectByToken, new { token_id = read.TokenId }, cancellationToken);
        if (survey is null)
            return NotFound;
        var complaint = await unitOfWork.QuerySingleAsync<ComplaintRow>(ComplaintSql.SelectById, new { id = survey.ComplaintId }, cancellationToken);
        return (survey, complaint);
    }

    private async Task<Result<(SurveyRow Survey, ComplaintRow Complaint)>> FindAsReporterAsync(Guid complaintId, CancellationToken cancellationToken)
    {
        var complaint = await unitOfWork.QuerySingleOrDefaultAsync<ComplaintRow>(ComplaintSql.SelectById, new { id = complaintId }, cancellationToken);
        if (complaint is null || !ComplaintAccess.CanRead(actor, complaint))
            return GetComplaintHandler.NotFound;
        if (!ComplaintAccess.IsReporterSide(actor, complaint))
        {
            return Error.Forbidden(
                "complaint_action_forbidden",
                Bilingual.Pick("Only the reporter answers the survey of a complaint.", "Hanya pelapor yang menjawab survei pengaduan."));
        }

        var survey = await unitOfWork.QuerySingleOrDefaultAsync<SurveyRow>(SurveySql.SelectByComplaint, new { complaint_id = complaint.Id }, cancellationToken);
        return survey is null ? NotAsked : (survey, complaint);
    }

    private static SurveyAnswered Answered(SurveyRow survey, ComplaintRow complaint, string answer, DateTimeOffset answeredAt, bool alreadyAnswered) =>
        new(complaint.TrackingCode, answer, survey.AskedAt, answeredAt, complaint.Status, alreadyAnswered);

    public static Error NotFound => Error.NotFound(
        "complaint_survey_not_found",
        Bilingual.Pick("This survey link is not valid. Use the link exactly as it was sent.", "Tautan survei ini tidak valid. Gunakan tautan persis seperti yang dikirim."));

    public static Error NotAsked => Error.NotFound(
        "complaint_survey_not_found",
        Bilingual.Pick("No survey was sent for this complaint.", "Belum ada survei yang dikirim untuk pengaduan ini."));

    public static Error Expired => Error.Conflict(
        "complaint_survey_expired",
        Bilingual.Pick("This survey has expired; its answer is no longer taken.", "Survei ini sudah kedaluwarsa; jawaban tidak lagi diterima."));

    public static Error AlreadyAnswered => Error.Conflict(
        "complaint_survey_already_answered",
        Bilingual.Pick("This survey was already answered otherwise; an answer is given once.", "Survei ini sudah dijawab dengan jawaban lain; jawaban hanya diberikan satu kali."));

    public static Error MovedOn => Error.Conflict(
        "complaint_survey_closed",
        Bilingual.Pick(
            "The complaint is no longer waiting for this answer: it was reopened or closed meanwhile.",
            "Pengaduan tidak lagi menunggu jawaban ini: pengaduan sudah dibuka kembali atau ditutup."));
}
