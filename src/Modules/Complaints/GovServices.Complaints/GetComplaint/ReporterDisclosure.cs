using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Security;
using GovServices.CivilRegistry.Contracts;
using GovServices.Complaints.Domain;

namespace GovServices.Complaints.GetComplaint;

/// <summary>
/// What a reader sees of a complaint's reporter: nothing of an anonymous one unless they are the reporter's side, the
/// NIK masked for everyone else. A staff read that shows a reporter's identity is audited before the data leaves.
/// </summary>
internal sealed class ReporterDisclosure(ICurrentActor actor, IUnitOfWork unitOfWork, IAuditTrail auditTrail)
{
    public ReporterView? For(ComplaintRow complaint)
    {
        var reporterSide = ComplaintAccess.IsReporterSide(actor, complaint);
        if (complaint.Anonymous && !reporterSide)
            return null;
        if (complaint.ReporterName is null && complaint.ReporterContact is null && complaint.ReporterNik is null)
            return null;

        var nik = complaint.ReporterNik is null ? null
            : reporterSide ? complaint.ReporterNik
            : Nik.TryParse(complaint.ReporterNik, out var parsed, out _) ? parsed.ToMaskedString() : null;
        return new ReporterView(complaint.ReporterName, complaint.ReporterContact, nik);
    }

    /// <summary>Records, in its own transaction and before the answer is sent, which complaints' reporters a staff member was shown.</summary>
    public async Task RecordStaffReadAsync(IReadOnlyList<ComplaintRow> shown, string purpose, CancellationToken cancellationToken)
    {
        var staffShown = shown.Where(complaint => !ComplaintAccess.IsReporterSide(actor, complaint) && For(complaint) is not null).ToList();
        if (staffShown.Count == 0)
            return;

        var ownTransaction = !unitOfWork.IsActive;
        if (ownTransaction)
            await unitOfWork.BeginAsync(cancellationToken);
        try
        {
            foreach (var complaint in staffShown)
            {
                await auditTrail.RecordAsync(
                    ComplaintsModule.Schema,
                    new AuditEvent("complaint.reporter_viewed", "complaint", complaint.Id.ToString(), Details: new { purpose }),
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
