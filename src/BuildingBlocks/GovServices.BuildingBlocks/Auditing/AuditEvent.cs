namespace GovServices.BuildingBlocks.Auditing;

/// <summary>
/// One entry of a module's audit trail: what was done (<c>complaint.filed</c>), to which record, with what
/// outcome. <paramref name="Details"/> is serialised as JSON; keep personal data out of it unless the record
/// of processing requires it.
/// </summary>
public sealed record AuditEvent(
    string Action,
    string? EntityType = null,
    string? EntityId = null,
    AuditOutcome Outcome = AuditOutcome.Success,
    object? Details = null);
