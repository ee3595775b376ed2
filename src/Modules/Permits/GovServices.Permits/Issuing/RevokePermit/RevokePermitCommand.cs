using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Messaging;
using GovServices.BuildingBlocks.Security;
using GovServices.Permits.Contracts;
using GovServices.Permits.Domain;
using GovServices.Permits.Issuing.GetIssuedPermit;
using Mediator;

namespace GovServices.Permits.Issuing.RevokePermit;

/// <summary>
/// An officer of the issuing OPD withdraws a permit; from then on it verifies as revoked. Its application stays issued
/// (the permit, not the application, changed) and is told as <see cref="PermitApplicationStatusChanged"/> from
/// <c>issued</c> to <c>revoked</c>.
/// </summary>
/// <param name="Id">The issued permit.</param>
/// <param name="ExpectedVersion">The version the officer read (If-Match).</param>
/// <param name="Reason">Why.</param>
internal sealed record RevokePermitCommand(Guid Id, int ExpectedVersion, string Reason) : ICommand<Result<IssuedPermitView>>;

internal sealed class RevokePermitHandler(
    IUnitOfWork unitOfWork,
    IAuditTrail auditTrail,
    ApplicationLifecycle lifecycle,
    ICurrentActor actor,
    PermitIssuingOptions options,
    TimeProvider clock) : ICommandHandler<RevokePermitCommand, Result<IssuedPermitView>>
{
    public async ValueTask<Result<IssuedPermitView>> Handle(RevokePermitCommand command, CancellationToken cancellationToken)
    {
        var permit = await SelectAsync(command.Id, cancellationToken);
        if (permit is null || !IssuedPermitAccess.CanRead(actor, permit))
            return GetIssuedPermitHandler.NotFound;
        if (!IssuedPermitAccess.CanRevoke(actor, permit))
        {
            return Error.Forbidden(
                "permit_revocation_forbidden",
                Bilingual.Pick("Only an officer of the OPD that issued this permit may revoke it.", "Hanya petugas OPD penerbit yang dapat mencabut izin ini."));
        }

        if (command.ExpectedVersion != permit.Version)
            return Stale;
        if (permit.Status == IssuedPermitStatus.Revoked)
        {
            return Error.Conflict(
                "permit_already_revoked",
                Bilingual.Pick("This permit has already been revoked.", "Izin ini sudah dicabut."));
        }

        var now = clock.GetUtcNow();
        var reason = command.Reason.Trim();
        var updated = await unitOfWork.ExecuteAsync(
            IssuedPermitSql.Revoke,
            new
            {
                id = command.Id,
                expected_version = command.ExpectedVersion,
                status = IssuedPermitStatus.Revoked,
                revoked_at = now,
                revocation_reason = reason,
                revoked_by_user_id = actor.UserId,
            },
            cancellationToken);
        if (updated == 0)
            return Stale;

        await auditTrail.RecordAsync(
            PermitsModule.Schema,
            new AuditEvent("permit.revoked", "issued_permit", permit.Id.ToString(), Details: new { number = permit.Number, opd = permit.OpdCode, reason }),
            cancellationToken);

        // The audience every other step of the application names: its applicant client (the permit itself keeps a
        // client only when no person applied).
        var application = await lifecycle.FindAsync(permit.ApplicationId, cancellationToken);
        await lifecycle.PublishAsync(
            permit.ApplicationId,
            permit.PermitTypeCode,
            new EventAudience(application?.ApplicantClientId ?? permit.ApplicantClientId, permit.OpdCode),
            ApplicationStatus.Issued,
            IssuedPermitStatus.Revoked,
            permit.Number,
            now,
            cancellationToken);

        var revoked = await SelectAsync(command.Id, cancellationToken)
            ?? throw new InvalidOperationException("The permit revoked in this transaction is gone.");
        return IssuedPermitView.From(revoked, holderSide: false, options);
    }

    private Task<IssuedPermitRow?> SelectAsync(Guid id, CancellationToken cancellationToken) =>
        unitOfWork.QuerySingleOrDefaultAsync<IssuedPermitRow>(IssuedPermitSql.SelectById, new { id }, cancellationToken);

    private static Error Stale => Error.PreconditionFailed(Bilingual.Pick(
        "The permit has changed since you read it; read it again and retry.",
        "Izin telah berubah sejak Anda membacanya; baca ulang lalu coba lagi."));
}
