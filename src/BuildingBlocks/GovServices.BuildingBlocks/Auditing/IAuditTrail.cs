namespace GovServices.BuildingBlocks.Auditing;

/// <summary>
/// Appends to a module's <c>audit_log</c> inside the current unit of work, so the record and the change it
/// describes commit together. Who acted and the trace id are filled in from the request.
/// </summary>
public interface IAuditTrail
{
    Task RecordAsync(string schema, AuditEvent auditEvent, CancellationToken cancellationToken = default);
}
