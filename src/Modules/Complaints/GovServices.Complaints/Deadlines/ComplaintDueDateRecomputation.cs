using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Data;
using GovServices.Complaints.Domain;

namespace GovServices.Complaints.Deadlines;

/// <summary>
/// Applies a complaint's due date computed again on the loaded decree, with a history note and an audit event. Only
/// where the complaint still carries the date that was computed provisionally; an overdue flag already set stays, as
/// the record of what the city was held to then.
/// </summary>
internal sealed class ComplaintDueDateRecomputation(IAuditTrail auditTrail, TimeProvider clock) : IProvisionalDueDateOwner
{
    public string Schema => ComplaintsModule.Schema;

    public async Task<bool> ApplyAsync(IUnitOfWork unitOfWork, ProvisionalDueDate dueDate, DateOnly recomputed, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var updated = await unitOfWork.ExecuteAsync(
            ComplaintSql.RecomputeDueDate(dueDate.DueDateName),
            new { id = dueDate.SubjectId, recomputed, due_on = dueDate.DueOn, now },
            cancellationToken);
        if (updated == 0)
            return false;

        var complaint = await unitOfWork.QuerySingleAsync<ComplaintRow>(ComplaintSql.SelectById, new { id = dueDate.SubjectId }, cancellationToken);
        var note = $"{dueDate.DueDateName}: {dueDate.DueOn:yyyy-MM-dd} -> {recomputed:yyyy-MM-dd}";
        await SystemNotes.RecordAsync(unitOfWork, complaint, ComplaintAction.RecomputeDueDate, note, now, cancellationToken);
        await auditTrail.RecordAsync(
            ComplaintsModule.Schema,
            new AuditEvent(
                "complaint.due_date_recomputed",
                "complaint",
                complaint.Id.ToString(),
                Details: new { dueDate = dueDate.DueDateName, from = dueDate.DueOn, to = recomputed }),
            cancellationToken);
        return true;
    }
}
