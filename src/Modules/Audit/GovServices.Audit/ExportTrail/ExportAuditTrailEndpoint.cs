using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Audit.ExportTrail;

internal static class ExportAuditTrailEndpoint
{
    private const string ExportAuditTrailDescription = "Streams the batches of the `module`'s chain sealed in [from, until) as JSON Lines (`format=jsonl`, default) or CSV (`format=csv`): a header with the hash the chain continues from, every entry with its sealed content and hashes, and each batch's seal; the last line is the seal of the last batch. `build/verify-audit-export.py FILE` recomputes the chain offline (docs/audit.md). Records are complete, personal data included; the export is recorded in the `audit` module's trail.";

    public static IEndpointRouteBuilder MapExportAuditTrail(this IEndpointRouteBuilder group)
    {
        group.MapGet(AuditApiPaths.Export, async (
                string? module,
                DateTimeOffset? from,
                DateTimeOffset? until,
                string? format,
                IMediator mediator,
                HttpContext context,
                CancellationToken cancellationToken) =>
            {
                var command = new ExportAuditTrailCommand(
                    module ?? "", from ?? DateTimeOffset.MinValue, until ?? DateTimeOffset.MinValue, format ?? ExportFormat.JsonLines);
                var result = await mediator.Send(command, cancellationToken);
                if (!result.IsSuccess)
                    return result.Error.ToProblem();

                var writer = context.RequestServices.GetRequiredService<AuditExportWriter>();
                var csv = command.Format == ExportFormat.Csv;
                return Results.Stream(
                    body => writer.WriteAsync(command, body, cancellationToken),
                    csv ? "text/csv; charset=utf-8" : "application/jsonl; charset=utf-8",
                    $"audit-{command.Module}-{command.From.UtcDateTime:yyyyMMddTHHmmssZ}-{command.Until.UtcDateTime:yyyyMMddTHHmmssZ}.{command.Format}");
            })
            .RequireScope(Scopes.AuditRead)
            .Describe("ExportAuditTrail", "Export a module's sealed trail for a time range, verifiable offline (auditors)", ExportAuditTrailDescription)
            .Produces<string>(StatusCodes.Status200OK, "application/jsonl", "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
