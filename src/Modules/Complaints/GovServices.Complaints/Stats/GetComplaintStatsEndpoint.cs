using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Complaints.Stats;

internal static class GetComplaintStatsEndpoint
{
    private const string GetComplaintStatsDescription = "Coordinators and auditors only. For the complaints filed from `from` to `to` (WITA dates, inclusive; by default the last 30 days; at most 366 days): the total, counts by current status, by category and by OPD, and per stage (verification, follow-up, resolution) how many finished by their due date (met), after it or not at all though it has passed (missed), or are not yet due (pending), with the compliance rate met ÷ (met + missed). A stage ended by rejection or withdrawal before it began counts in none.";

    public static IEndpointRouteBuilder MapGetComplaintStats(this IEndpointRouteBuilder group)
    {
        group.MapGet(ComplaintsApiPaths.Stats, async (DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetComplaintStatsQuery(from, to), cancellationToken)).Match(TypedResults.Ok))
            .RequireScope(ComplaintsScopes.Read, Roles.Coordinator, Roles.Auditor)
            .Describe("GetComplaintStats", "Command Centre statistics: counts and SLA compliance", GetComplaintStatsDescription)
            .Produces<ComplaintStats>()
            .ProducesValidationProblem();
        return group;
    }
}
