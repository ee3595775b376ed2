using GovServices.Audit.Sealing;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Security;
using Mediator;

namespace GovServices.Audit.ExportTrail;

/// <summary>
/// Exports the batches of one module's chain sealed in [From, Until). A command: the export, which carries personal
/// data in clear so that it can be verified, is recorded in the audit module's trail before the first byte leaves.
/// </summary>
/// <param name="Module">The module (schema).</param>
/// <param name="From">Start of the sealing-time range (inclusive, UTC).</param>
/// <param name="Until">End of the sealing-time range (exclusive, UTC).</param>
/// <param name="Format"><c>jsonl</c> or <c>csv</c>.</param>
internal sealed record ExportAuditTrailCommand(string Module, DateTimeOffset From, DateTimeOffset Until, string Format) : ICommand<Result<ExportAuditTrailCommand>>;

internal sealed class ExportAuditTrailHandler(AuditTrailCatalog catalog, IAuditTrail auditTrail, ICurrentActor actor)
    : ICommandHandler<ExportAuditTrailCommand, Result<ExportAuditTrailCommand>>
{
    public async ValueTask<Result<ExportAuditTrailCommand>> Handle(ExportAuditTrailCommand command, CancellationToken cancellationToken)
    {
        if (AuditorAccess.Denied(actor) is { } denied)
            return denied;
        if (!catalog.Contains(command.Module))
            return AuditorAccess.UnknownModule(command.Module);

        await auditTrail.RecordAsync(AuditModule.Schema, new AuditEvent(
            "audit.trail_exported",
            EntityType: "audit_trail",
            EntityId: command.Module,
            Details: new { command.From, command.Until, command.Format }), cancellationToken);
        return command;
    }
}
