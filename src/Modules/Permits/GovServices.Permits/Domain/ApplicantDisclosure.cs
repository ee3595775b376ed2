using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Security;
using GovServices.Permits.Issuing;

namespace GovServices.Permits.Domain;

/// <summary>
/// Every application and issued permit shows its applicant's name and NIK (masked for anyone but the applicant's side).
/// A read by anyone else — officers of the issuing OPD, auditors — is audited before the data leaves (issue 9); the
/// applicant reading their own is not.
/// </summary>
internal sealed class ApplicantDisclosure(ICurrentActor actor, IUnitOfWork unitOfWork, IAuditTrail auditTrail)
{
    /// <summary>Records, in its own transaction and before the answer is sent, whose applications a staff member was shown.</summary>
    public Task RecordStaffReadAsync(IReadOnlyList<ApplicationRow> shown, string purpose, CancellationToken cancellationToken) =>
        RecordAsync(
            [.. shown.Where(application => !ApplicationAccess.IsApplicantSide(actor, application)).Select(application => application.Id)],
            "application.applicant_viewed",
            "application",
            purpose,
            cancellationToken);

    /// <summary>Records, in its own transaction and before the answer is sent, whose permits a staff member was shown.</summary>
    public Task RecordStaffReadAsync(IReadOnlyList<IssuedPermitRow> shown, string purpose, CancellationToken cancellationToken) =>
        RecordAsync(
            [.. shown.Where(permit => !IssuedPermitAccess.IsHolderSide(actor, permit)).Select(permit => permit.Id)],
            "permit.holder_viewed",
            "issued_permit",
            purpose,
            cancellationToken);

    private async Task RecordAsync(IReadOnlyList<Guid> staffShown, string action, string entityType, string purpose, CancellationToken cancellationToken)
    {
        if (staffShown.Count == 0)
            return;

        var ownTransaction = !unitOfWork.IsActive;
        if (ownTransaction)
            await unitOfWork.BeginAsync(cancellationToken);
        try
        {
            foreach (var id in staffShown)
            {
                await auditTrail.RecordAsync(
                    PermitsModule.Schema,
                    new AuditEvent(action, entityType, id.ToString(), Details: new { purpose }),
                    cancellationToken);
            }

            if (ownTransaction)
                await unitOfWork.CommitAsync(cancellationToken);
        }
        catch
        {
            if (ownTransaction)
                await unitOfWork.RollbackAsync(CancellationToken.None);
            throw;
        }
    }
}
