using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.Complaints.Contracts;

namespace GovServices.Complaints.Reporters;

/// <summary>
/// <see cref="IComplaintReporters"/> in the caller's unit of work, so the audit record of the read commits with what
/// the caller does with it. A reporter a partner app filed for is not given out: the filing has no consent to be
/// contacted yet (issue 15, the <c>notify</c> field).
/// </summary>
internal sealed class ComplaintReporters(IUnitOfWork unitOfWork, IAuditTrail auditTrail) : IComplaintReporters
{
    public async Task<ComplaintReporterContact?> FindAsync(Guid complaintId, string purpose, CancellationToken cancellationToken = default)
    {
        var reporter = await unitOfWork.QuerySingleOrDefaultAsync<ReporterRow>(ComplaintReportersSql.SelectReporter, new { id = complaintId }, cancellationToken);
        if (reporter is null)
            return null;
        await auditTrail.RecordAsync(
            ComplaintsModule.Schema,
            new AuditEvent("complaint.reporter_contact_read", "complaint", complaintId.ToString(), Details: new { purpose }),
            cancellationToken);
        return new ComplaintReporterContact(reporter.ReporterUserId);
    }

    private sealed class ReporterRow
    {
        public string? ReporterUserId { get; init; }
    }
}
