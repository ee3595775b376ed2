using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.CivilRegistry.SearchAccessLog;

internal static class SearchAccessLogEndpoint
{
    private const string SearchAccessLogDescription = "Every verification and lookup, newest first: who (client, user, OPD), when, which resident (NIK masked), why, and what they learned. Filter by nik, clientId, purpose and a time range [from, until).";

    public static IEndpointRouteBuilder MapSearchAccessLog(this IEndpointRouteBuilder group)
    {
        group.MapGet(CivilRegistryApiPaths.AccessLog, async (
                string? nik,
                string? clientId,
                string? purpose,
                DateTimeOffset? from,
                DateTimeOffset? until,
                int? limit,
                string? cursor,
                IMediator mediator,
                CancellationToken cancellationToken) =>
            {
                var result = await mediator.Send(new SearchAccessLogQuery(limit, cursor, nik, clientId, purpose, from, until), cancellationToken);
                return result.Match(TypedResults.Ok);
            })
            .RequireScope(Scopes.AuditRead)
            .Describe("SearchAccessLog", "Search the access trail of resident data (auditors)", SearchAccessLogDescription)
            .Produces<CursorPage<AccessLogEntry>>()
            .ProducesValidationProblem();
        return group;
    }
}
