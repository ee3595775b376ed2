using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Messaging;
using GovServices.BuildingBlocks.Security;
using GovServices.Complaints.Contracts;
using GovServices.Complaints.Domain;
using GovServices.Complaints.GetComplaint;

namespace GovServices.Complaints.Lifecycle;

/// <summary>
/// Takes one step of a complaint's lifecycle, the same way for every action: the caller must see the complaint
/// (else 404), be the party the transition table names (else 403), the complaint must still be at the version the
/// caller read (else 412: what they decided on is out of date), and the table must allow the action from the current
/// status (else 409). The step is written
/// with its history entry, audit event and <see cref="ComplaintStatusChanged"/> in the command's transaction.
/// </summary>
internal sealed class ComplaintSteps(IUnitOfWork unitOfWork, IAuditTrail auditTrail, IOutbox outbox, ICurrentActor actor, WorkingDayCalendar calendar, TimeProvider clock)
{
    /// <summary>What an action changes besides the status, given the complaint as it leaves the step.</summary>
    internal delegate ValueTask<Result<ComplaintRow>> Change(ComplaintRow complaint, DateTimeOffset now, CancellationToken cancellationToken);

    public ValueTask<Result<ComplaintStepTaken>> TakeAsync(
        Guid id, int expectedVersion, string action, string? note, Change change, object? auditDetails, CancellationToken cancellationToken) =>
        TakeAsync(id, expectedVersion, action, note, change, _ => auditDetails, cancellationToken);

    /// <summary>A step whose audit details depend on the complaint as the step leaves it (the OPD a disposition chose).</summary>
    public async ValueTask<Result<ComplaintStepTaken>> TakeAsync(
        Guid id, int expectedVersion, string action, string? note, Change change, Func<ComplaintRow, object?> auditDetailsOf, CancellationToken cancellationToken)
    {
        var complaint = await unitOfWork.QuerySingleOrDefaultAsync<ComplaintRow>(ComplaintSql.SelectById, new { id }, cancellationToken);
        if (complaint is null || !(ComplaintAccess.CanRead(actor, complaint) || ComplaintAccess.Acts(actor, ComplaintParty.System, complaint)))
            return GetComplaintHandler.NotFound;

        var party = ComplaintLifecycle.PartyOf(action);
        if (!ComplaintAccess.Acts(actor, party, complaint))
            return Forbidden(party, action);

        if (complaint.Version != expectedVersion)
            return Stale(complaint.Version);

        var transition = ComplaintLifecycle.Find(complaint.Status, action);
        if (transition is null)
            return ComplaintLifecycle.NotAllowed(complaint.Status, action);

        var now = clock.GetUtcNow();
        var changed = await change(complaint with { Status = transition.To, UpdatedAt = now }, now, cancellationToken);
        if (!changed.IsSuccess)
            return changed.Error;

        var next = changed.Value;
        var updated = await unitOfWork.ExecuteAsync(ComplaintSql.UpdateLifecycle, LifecycleParameters(next, expectedVersion), cancellationToken);
        if (updated == 0)
            return Stale(expectedVersion + 1);

        await RecordAsync(complaint, next, action, note, now, auditDetailsOf(next), cancellationToken);
        return new ComplaintStepTaken(
            next.Id, next.TrackingCode, action, complaint.Status, next.Status, next.OpdCode, now,
            next.FollowUpDueOn, next.ResolutionDueOn, next.AutoCloseOn,
            ProvisionalDueDateNames.Of(calendar, verification: null, next.FollowUpDueOn, next.ResolutionDueOn, next.AutoCloseOn)) { Version = expectedVersion + 1 };
    }

    private async Task RecordAsync(
        ComplaintRow before, ComplaintRow after, string action, string? note, DateTimeOffset now, object? auditDetails, CancellationToken cancellationToken)
    {
        await unitOfWork.ExecuteAsync(
            ComplaintSql.InsertHistory,
            new
            {
                id = Guid.CreateVersion7(now),
                complaint_id = after.Id,
                occurred_at = now,
                action,
                from_status = before.Status,
                to_status = after.Status,
                actor_client_id = actor.ClientId,
                actor_user_id = ComplaintAccess.IsPerson(actor) ? actor.UserId : null,
                note,
            },
            cancellationToken);

        await auditTrail.RecordAsync(
            ComplaintsModule.Schema,
            new AuditEvent($"complaint.{action}", "complaint", after.Id.ToString(), Details: auditDetails ?? new { from = before.Status, to = after.Status }),
            cancellationToken);

        await outbox.EnqueueAsync(
            ComplaintsModule.Schema,
            new ComplaintStatusChanged(after.Id, after.TrackingCode, before.Status, after.Status, after.CategoryCode, after.OpdCode, now,
                new EventAudience(after.FiledByClientId, ComplaintAccess.OpdOfItsOfficers(after))),
            cancellationToken);
    }

    private static object LifecycleParameters(ComplaintRow row, int expectedVersion) => new
    {
        id = row.Id,
        version = expectedVersion,
        status = row.Status,
        opd_code = row.OpdCode,
        follow_up_due_on = row.FollowUpDueOn,
        resolution_due_on = row.ResolutionDueOn,
        verified_at = row.VerifiedAt,
        dispositioned_at = row.DispositionedAt,
        started_at = row.StartedAt,
        resolved_at = row.ResolvedAt,
        closed_at = row.ClosedAt,
        auto_close_on = row.AutoCloseOn,
        rejection_reason = row.RejectionReason,
        duplicate_of_id = row.DuplicateOfId,
        reopen_count = row.ReopenCount,
        rating = row.Rating,
        rated_at = row.RatedAt,
        follow_up_overdue_at = row.FollowUpOverdueAt,
        resolution_overdue_at = row.ResolutionOverdueAt,
        updated_at = row.UpdatedAt,
    };

    public static Error Stale(int currentVersion) => Error.PreconditionFailed(Bilingual.Pick(
        $"The complaint changed since you read it (it is now at version {currentVersion}); read it again and retry.",
        $"Pengaduan telah berubah sejak Anda membacanya (kini versi {currentVersion}); baca ulang lalu coba lagi."));

    private static Error Forbidden(ComplaintParty party, string action) => Error.Forbidden(
        "complaint_action_forbidden",
        party switch
        {
            ComplaintParty.Reporter => Bilingual.Pick($"Only the reporter may {action} a complaint.", $"Hanya pelapor yang dapat melakukan '{action}' pada pengaduan."),
            ComplaintParty.Officer => Bilingual.Pick($"Only an officer of the OPD the complaint is routed to may {action} it.", $"Hanya petugas OPD tujuan pengaduan yang dapat melakukan '{action}'."),
            ComplaintParty.Coordinator => Bilingual.Pick($"Only the complaint desk (coordinators) may {action} a complaint.", $"Hanya koordinator pengaduan yang dapat melakukan '{action}'."),
            _ => Bilingual.Pick($"Only the system may {action} a complaint.", $"Hanya sistem yang dapat melakukan '{action}'."),
        });

    /// <summary>A step's common answer when the action takes no other input.</summary>
    public static ValueTask<Result<ComplaintRow>> Unchanged(ComplaintRow complaint) => ValueTask.FromResult<Result<ComplaintRow>>(complaint);
}
