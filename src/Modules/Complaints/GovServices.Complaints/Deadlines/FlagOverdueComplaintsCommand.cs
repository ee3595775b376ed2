using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Messaging;
using GovServices.Complaints.Contracts;
using GovServices.Complaints.Domain;
using Mediator;

namespace GovServices.Complaints.Deadlines;

/// <summary>Flags up to <paramref name="BatchSize"/> complaints per stage that ran past the stage's due date; answers how many.</summary>
internal sealed record FlagOverdueComplaintsCommand(int BatchSize) : ICommand<int>;

/// <summary>
/// Each stage of a complaint is flagged once, with a history entry and an audit event: the flag is set only where it is
/// still unset, so two host instances racing on one complaint write one entry. The flag is bookkeeping, not a step of
/// the lifecycle: the version (ETag) stays, so nobody's If-Match goes stale because a deadline passed. With the flag goes
/// <see cref="ComplaintStageOverdue"/>, once, so whoever holds the complaint is told.
/// </summary>
internal sealed class FlagOverdueComplaintsHandler(IUnitOfWork unitOfWork, IAuditTrail auditTrail, IOutbox outbox, ComplaintDeadlines deadlines, TimeProvider clock)
    : ICommandHandler<FlagOverdueComplaintsCommand, int>
{
    public async ValueTask<int> Handle(FlagOverdueComplaintsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = deadlines.Today(now);
        var flagged = 0;
        foreach (var stage in DeadlineStage.All)
        {
            var overdue = await unitOfWork.QueryAsync<ComplaintRow>(
                ComplaintSql.SelectOverdue(unitOfWork.Dialect, stage), new { today, limit = command.BatchSize }, cancellationToken);
            foreach (var complaint in overdue)
            {
                var updated = await unitOfWork.ExecuteAsync(
                    ComplaintSql.FlagOverdue(stage), new { id = complaint.Id, today, now }, cancellationToken);
                if (updated == 0)
                    continue;

                await SystemNotes.RecordAsync(unitOfWork, complaint, ComplaintAction.FlagOverdue, stage, now, cancellationToken);
                await auditTrail.RecordAsync(
                    ComplaintsModule.Schema,
                    new AuditEvent("complaint.overdue_flagged", "complaint", complaint.Id.ToString(), Details: new { stage, opd = complaint.OpdCode }),
                    cancellationToken);
                await outbox.EnqueueAsync(
                    ComplaintsModule.Schema,
                    new ComplaintStageOverdue(
                        complaint.Id, complaint.TrackingCode, stage, complaint.CategoryCode, ComplaintAccess.OpdOfItsOfficers(complaint), DueOn(complaint, stage), now,
                        new EventAudience(complaint.FiledByClientId, ComplaintAccess.OpdOfItsOfficers(complaint))),
                    cancellationToken);
                flagged++;
            }
        }

        return flagged;
    }

    private static DateOnly DueOn(ComplaintRow complaint, string stage) => stage switch
    {
        DeadlineStage.Verification => complaint.VerificationDueOn,
        DeadlineStage.FollowUp => complaint.FollowUpDueOn!.Value,
        _ => complaint.ResolutionDueOn!.Value,
    };
}
