using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Complaints.ListComplaints;

internal static class ListComplaintsEndpoint
{
    private const string ListComplaintsDescription = "Newest first, the complaints the caller may see: a citizen their own, a partner app those it filed, an officer those the complaint desk has dispositioned to their OPD (never while still submitted or verified), coordinators and auditors all. Filters: status, category, opd, from and to (filing dates, WITA, yyyy-MM-dd, inclusive), overdue=true (past the due date of the stage they are in). Cursor paging: limit (1–100, default 20) and the nextCursor of the previous page. Reporters are shown as when reading one complaint: an anonymous one hidden, NIKs masked.";

    public static IEndpointRouteBuilder MapListComplaints(this IEndpointRouteBuilder group)
    {
        group.MapGet(ComplaintsApiPaths.Complaints, async (
                    string? status, string? category, string? opd, string? from, string? to, string? overdue, int? limit, string? cursor,
                    IMediator mediator, CancellationToken cancellationToken) =>
                    (await mediator.Send(new ListComplaintsQuery(status, category, opd, from, to, overdue, limit, cursor), cancellationToken))
                        .Match(found => TypedResults.Ok(found)))
            .RequireScope(ComplaintsScopes.Read)
            .Describe("ListComplaints", "List complaints", ListComplaintsDescription)
            .Produces<CursorPage<ComplaintSummary>>()
            .ProducesValidationProblem();
        return group;
    }
}
