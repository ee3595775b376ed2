using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.Complaints.Contracts;

namespace GovServices.Complaints.Reporters;

/// <summary>
/// <see cref="IComplaintReporters"/> in the caller's unit of work, so the audit record of the read commits with what
/// the caller does with it. The contact a partner app gave for its reporter is given out only when the filing said
/// <c>notify: true</c> (ADR 0067: consent first).
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
        return new ComplaintReporterContact(reporter.ReporterUserId, reporter.ReporterNotify == true ? reporter.ReporterContact : null);
    }

    private sealed class ReporterRow
    {
        public string? ReporterUserId { get; init; }

        public string? ReporterContact { get; init; }

        public bool? ReporterNotify { get; init; }
    }
}
