using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Data;

namespace GovServices.Permits.Domain;

/// <summary>
/// Applies an application's stage due date computed again on the loaded decree, with a history note and an audit
/// event, where the application is still in the stage whose date was computed provisionally.
/// </summary>
internal sealed class ApplicationDueDateRecomputation(IAuditTrail auditTrail, TimeProvider clock) : IProvisionalDueDateOwner
{
    /// <summary>Not a transition: a history entry saying the stage's due date was computed again.</summary>
    public const string Action = "stage_due_recomputed";

    public string Schema => PermitsModule.Schema;

    public async Task<bool> ApplyAsync(IUnitOfWork unitOfWork, ProvisionalDueDate dueDate, DateOnly recomputed, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var status = dueDate.DueDateName;
        var updated = await unitOfWork.ExecuteAsync(
            ApplicationSql.RecomputeStageDueOn,
            new { id = dueDate.SubjectId, status, recomputed, due_on = dueDate.DueOn, now },
            cancellationToken);
        if (updated == 0)
            return false;

        await unitOfWork.ExecuteAsync(
            ApplicationSql.InsertHistory,
            new
            {
                id = Guid.CreateVersion7(now),
                application_id = dueDate.SubjectId,
                occurred_at = now,
                action = Action,
                from_status = status,
                to_status = status,
                actor_client_id = (string?)null,
                actor_user_id = (string?)null,
                note = $"{dueDate.DueOn:yyyy-MM-dd} -> {recomputed:yyyy-MM-dd}",
                details = (string?)null,
            },
            cancellationToken);
        await auditTrail.RecordAsync(
            PermitsModule.Schema,
            new AuditEvent("application.stage_due_recomputed", "application", dueDate.SubjectId.ToString(), Details: new { stage = status, from = dueDate.DueOn, to = recomputed }),
            cancellationToken);
        return true;
    }
}
