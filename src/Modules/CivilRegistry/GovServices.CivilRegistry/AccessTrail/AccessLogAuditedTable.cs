using GovServices.BuildingBlocks.Auditing;

namespace GovServices.CivilRegistry.AccessTrail;

/// <summary>
/// Declares <c>civil_registry.access_log</c> part of the module's audit trail (ADR 0009, ADR 0018): sealed into the
/// module's hash chain with <c>audit_log</c>, and searchable by auditors by NIK. Keep it in step with the table.
/// </summary>
internal static class AccessLogAuditedTable
{
    public static readonly AuditedTable Declaration = new(CivilRegistryModule.Schema, "access_log", new AuditedColumns
    {
        ActorClientId = "client_id",
        ActorUserId = "user_id",
        Action = "action",
        Outcome = "result",
        Subject = "nik",
        FixedEntityType = "resident",
        Purpose = "purpose",
        TraceId = "trace_id",
        SubjectIsPersonalIdentifier = true,
        SealedContent =
        [
            AuditedColumns.Id, AuditedColumns.OccurredAt, "client_id", "user_id", "user_opd", "action", "nik", "purpose", "result", "trace_id",
        ],
    });
}
