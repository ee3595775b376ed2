using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Messaging;
using GovServices.Complaints.Contracts;
using GovServices.Complaints.Domain;
using Mediator;

namespace GovServices.Complaints.Survey;

/// <summary>Opens the survey of up to <paramref name="BatchSize"/> complaints resolved <see cref="ComplaintsOptions.SurveyAfter"/> ago; answers how many.</summary>
internal sealed record AskSurveysCommand(int BatchSize) : ICommand<int>;

/// <summary>
/// Opens each survey once, as the system: the row's key is the complaint, so of two host instances (or two runs) one
/// inserts it and only that one publishes <see cref="ComplaintSurveyRequested"/>, in the same transaction. The
/// complaint itself does not change (no new version), so nobody's If-Match goes stale because the survey was sent.
/// </summary>
internal sealed class AskSurveysHandler(IUnitOfWork unitOfWork, IAuditTrail auditTrail, IOutbox outbox, ComplaintsOptions options, TimeProvider clock)
    : ICommandHandler<AskSurveysCommand, int>
{
    public async ValueTask<int> Handle(AskSurveysCommand command, CancellationToken cancellationToken)
    {
        if (!options.SurveyEnabled)
            return 0;

        var now = clock.GetUtcNow();
        var due = await unitOfWork.QueryAsync<ComplaintRow>(
            SurveySql.SelectDue(unitOfWork.Dialect),
            new { max_reopens = ComplaintLifecycle.MaxReopens, consent = true, resolved_before = now - options.SurveyAfter, limit = command.BatchSize },
            cancellationToken);

        var asked = 0;
        foreach (var complaint in due)
        {
            var expiresAt = now + options.SurveyAnswerWindow;
            var inserted = await unitOfWork.ExecuteAsync(
                SurveySql.Insert(unitOfWork.Dialect),
                new { complaint_id = complaint.Id, token_id = Guid.NewGuid(), asked_at = now, expires_at = expiresAt },
                cancellationToken);
            if (inserted == 0)
                continue;

            await auditTrail.RecordAsync(
                ComplaintsModule.Schema,
                new AuditEvent("complaint.survey_asked", "complaint", complaint.Id.ToString(), Details: new { expiresAt }),
                cancellationToken);
            await outbox.EnqueueAsync(
                ComplaintsModule.Schema,
                new ComplaintSurveyRequested(complaint.Id, complaint.TrackingCode, expiresAt, now,
                    new EventAudience(complaint.FiledByClientId, ComplaintAccess.OpdOfItsOfficers(complaint))),
                cancellationToken);
            asked++;
        }

        return asked;
    }
}
