using GovServices.BuildingBlocks.Data;

namespace GovServices.BuildingBlocks.Auditing;

/// <summary>
/// For a read that must be on the record before its answer leaves (fail closed: no record, no answer): the events are
/// written in the unit of work when one is open, otherwise in a transaction of their own that commits first.
/// </summary>
public static class CommittedAuditRecords
{
    public static async Task RecordCommittedAsync(
        this IAuditTrail auditTrail, IUnitOfWork unitOfWork, string schema, IReadOnlyCollection<AuditEvent> auditEvents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(auditTrail);
        ArgumentNullException.ThrowIfNull(unitOfWork);
        ArgumentNullException.ThrowIfNull(auditEvents);
        if (auditEvents.Count == 0)
            return;

        var ownTransaction = !unitOfWork.IsActive;
        if (ownTransaction)
            await unitOfWork.BeginAsync(cancellationToken);
        try
        {
            foreach (var auditEvent in auditEvents)
                await auditTrail.RecordAsync(schema, auditEvent, cancellationToken);
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
