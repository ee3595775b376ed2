using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Audit.SearchEvents;

internal static class SearchAuditEventsEndpoint
{
    private const string SearchAuditEventsDescription = "Events of every module's audit trail and of the civil registry's access trail, newest first. Filter by a time range [from, until), `module` (schema, e.g. `complaints`, `civil_registry`), `clientId`, `userId`, `subject` (an entity id, or a resident's NIK in the access trail), `action` and `outcome`; `limit` (1–100, default 20) and the `cursor` of the previous page. NIKs are masked in the answer. The search itself is recorded in the `audit` module's trail.";

    public static IEndpointRouteBuilder MapSearchAuditEvents(this IEndpointRouteBuilder group)
    {
        group.MapGet(AuditApiPaths.Events, async (
                DateTimeOffset? from,
                DateTimeOffset? until,
                string? module,
                string? clientId,
                string? userId,
                string? subject,
                string? action,
                string? outcome,
                int? limit,
                string? cursor,
                IMediator mediator,
                CancellationToken cancellationToken) =>
            {
                var filter = new AuditEventFilter(from, until, module, clientId, userId, subject, action, outcome);
                var result = await mediator.Send(new SearchAuditEventsCommand(filter, limit, cursor), cancellationToken);
                return result.Match(TypedResults.Ok);
            })
            .RequireScope(Scopes.AuditRead)
            .Describe("SearchAuditEvents", "Search the audit trails of every module (auditors)", SearchAuditEventsDescription)
            .Produces<CursorPage<AuditEventView>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
