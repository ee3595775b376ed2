using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Messaging;
using GovServices.BuildingBlocks.Security;
using GovServices.Permits.Contracts;

namespace GovServices.Permits.Domain;

/// <summary>
/// Takes one step of the transition table inside the command's unit of work: checks who may take it, from which
/// status and on which version; moves the application, sets the due date of the stage it enters, and writes the
/// history row, the audit record and the <see cref="PermitApplicationStatusChanged"/> with it: every step of the table
/// goes through <see cref="MoveAsync"/>, so none can be taken without being told.
/// </summary>
internal sealed class ApplicationLifecycle(
    IUnitOfWork unitOfWork, IAuditTrail auditTrail, IOutbox outbox, ICurrentActor actor, ProvisionalDueDates provisionalDueDates, TimeProvider clock)
{
    public static Error NotFound => Error.NotFound(
        "application_not_found",
        Bilingual.Pick("No permit application with this id is visible to you.", "Permohonan izin dengan id ini tidak ditemukan atau tidak dapat Anda lihat."));

    /// <summary>
    /// Why <paramref name="actor"/> may not take <paramref name="action"/> on <paramref name="application"/> at
    /// <paramref name="expectedVersion"/>, or null, in the order of every module's steps (docs/extending.md): unseen
    /// 404; seen but not theirs to take 403; stale version 412; not allowed from the status 409.
    /// </summary>
    public static Error? Refusal(ICurrentActor actor, ApplicationRow? application, string action, int? expectedVersion)
    {
        var transition = ApplicationTransitions.Find(action);
        if (transition.Actor != TransitionActor.System)
        {
            if (application is null || !ApplicationAccess.CanRead(actor, application))
                return NotFound;
            if (!ApplicationAccess.CanTake(actor, application, transition.Actor))
            {
                return Error.Forbidden(
                    "application_step_not_yours",
                    transition.Actor == TransitionActor.Officer
                        ? Bilingual.Pick("Only an officer of the issuing OPD takes this step.", "Langkah ini hanya dapat dilakukan petugas OPD penerbit.")
                        : Bilingual.Pick("Only the applicant takes this step.", "Langkah ini hanya dapat dilakukan pemohon."));
            }
        }
        else if (application is null)
        {
            return NotFound;
        }

        if (expectedVersion is { } version && version != application.Version)
            return Stale;

        if (!transition.From.Contains(application.Status))
        {
            return Error.Conflict(
                "transition_not_allowed",
                Bilingual.Pick(
                    $"An application that is {application.Status} cannot take the step '{action}'.",
                    $"Permohonan berstatus {application.Status} tidak dapat menjalani langkah '{action}'."));
        }

        return null;
    }

    public static Error Stale => Error.PreconditionFailed(
        Bilingual.Pick("The application changed since you read it; read it again.", "Permohonan telah berubah sejak Anda membacanya; muat ulang."));

    /// <summary>The application as this transaction sees it, after the checks of <see cref="Refusal"/>.</summary>
    public async Task<Result<ApplicationRow>> LoadAsync(Guid id, string action, int? expectedVersion, CancellationToken cancellationToken)
    {
        var application = await FindAsync(id, cancellationToken);
        return Refusal(actor, application, action, expectedVersion) is { } refusal ? refusal : application!;
    }

    public Task<ApplicationRow?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        unitOfWork.QuerySingleOrDefaultAsync<ApplicationRow>(ApplicationSql.SelectById, new { id }, cancellationToken);

    public async Task<PermitType> LoadTypeAsync(string code, CancellationToken cancellationToken)
    {
        var row = await unitOfWork.QuerySingleAsync<PermitTypeRow>(PermitTypeSql.SelectByCode, new { code }, cancellationToken);
        return row.ToPermitType();
    }

    /// <summary>
    /// Moves <paramref name="current"/> by <paramref name="action"/>, with the other changes already made in
    /// <paramref name="changed"/>. Answers 412 when a concurrent step got there first.
    /// </summary>
    public async Task<Result<ApplicationRow>> MoveAsync(
        ApplicationRow current, ApplicationRow changed, string action, StageSla sla, string? note, object? details, CancellationToken cancellationToken)
    {
        var transition = ApplicationTransitions.Find(action);
        var now = clock.GetUtcNow();
        var moved = changed with
        {
            Status = transition.To,
            StageDueOn = await DueOnAsync(current.Id, sla, transition.To, now, cancellationToken),
            UpdatedAt = now,
            Version = current.Version + 1,
        };

        var updated = await unitOfWork.ExecuteAsync(
            ApplicationSql.UpdateLifecycle,
            new
            {
                id = current.Id,
                version = current.Version,
                status = moved.Status,
                revision_items = moved.RevisionItems,
                decision_note = moved.DecisionNote,
                fee_amount = moved.FeeAmount,
                invoice_id = moved.InvoiceId,
                payment_code = moved.PaymentCode,
                invoice_expires_at = moved.InvoiceExpiresAt,
                receipt_number = moved.ReceiptNumber,
                permit_id = moved.PermitId,
                permit_number = moved.PermitNumber,
                stage_due_on = moved.StageDueOn,
                submitted_at = moved.SubmittedAt,
                decided_at = moved.DecidedAt,
                updated_at = now,
            },
            cancellationToken);
        if (updated == 0)
            return Stale;

        await RecordHistoryAsync(current.Id, action, current.Status, moved.Status, note, details, now, cancellationToken);
        await auditTrail.RecordAsync(
            PermitsModule.Schema,
            new AuditEvent($"application.{action}", "application", current.Id.ToString(), Details: new { from = current.Status, to = moved.Status, type = current.TypeCode }),
            cancellationToken);
        await PublishAsync(moved, current.Status, moved.Status, moved.Status == ApplicationStatus.Issued ? moved.PermitNumber : null, now, cancellationToken);
        return moved;
    }

    /// <summary>
    /// Tells other modules of a step in this unit of work. A draft's creation is not told: only the applicant's own app
    /// knows of a draft, and it made it.
    /// </summary>
    private Task PublishAsync(ApplicationRow application, string from, string to, string? permitNumber, DateTimeOffset at, CancellationToken cancellationToken) =>
        PublishAsync(application.Id, application.TypeCode, new EventAudience(application.ApplicantClientId, application.OpdCode), from, to, permitNumber, at, cancellationToken);

    /// <summary>
    /// Tells other modules of a change to an application told apart from its table's steps (a permit revoked), in this
    /// unit of work. An application has no number of its own: applicants and its invoice know it by its id.
    /// </summary>
    public Task PublishAsync(
        Guid applicationId, string typeCode, EventAudience audience, string from, string to, string? permitNumber, DateTimeOffset at, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(
            PermitsModule.Schema,
            new PermitApplicationStatusChanged(applicationId, applicationId.ToString(), typeCode, from, to, permitNumber, at, audience),
            cancellationToken);

    public Task RecordHistoryAsync(
        Guid applicationId, string action, string? from, string to, string? note, object? details, DateTimeOffset at, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(
            ApplicationSql.InsertHistory,
            new
            {
                id = Guid.CreateVersion7(at),
                application_id = applicationId,
                occurred_at = at,
                action,
                from_status = from,
                to_status = to,
                actor_client_id = actor.ClientId,
                actor_user_id = ApplicationAccess.IsPerson(actor) ? actor.UserId : null,
                note,
                details = details is null ? null : PermitsJson.Serialize(details),
            },
            cancellationToken);

    /// <summary>
    /// The date (WITA) the stage entered at <paramref name="at"/> is due, remembered under the stage's status when it is
    /// provisional (a year without its decree), so that it is computed again once the decree is loaded
    /// (<see cref="ApplicationDueDateRecomputation"/>). Never refused: a citizen's application does not wait on the
    /// calendar data.
    /// </summary>
    private async Task<DateOnly?> DueOnAsync(Guid applicationId, StageSla sla, string status, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (sla.For(status) is not { } days)
            return null;
        return (await provisionalDueDates.CountAsync(PermitsModule.Schema, applicationId, status, at, days, cancellationToken)).On;
    }
}
