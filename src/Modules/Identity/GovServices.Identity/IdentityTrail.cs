using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;

namespace GovServices.Identity;

/// <summary>
/// The identity trail's events that must be on the record before the answer leaves: sign-ins, and administrators'
/// reads of accounts and clients (ADR 0063).
/// </summary>
internal sealed class IdentityTrail(IUnitOfWork unitOfWork, IAuditTrail auditTrail)
{
    public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken) => RecordAsync([auditEvent], cancellationToken);

    public Task RecordAsync(IReadOnlyCollection<AuditEvent> auditEvents, CancellationToken cancellationToken) =>
        auditTrail.RecordCommittedAsync(unitOfWork, IdentityModule.Schema, auditEvents, cancellationToken);
}
