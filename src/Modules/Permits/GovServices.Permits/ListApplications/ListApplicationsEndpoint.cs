using GovServices.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Permits.ListApplications;

internal static class ListApplicationsEndpoint
{
    private const string ListPermitApplicationsDescription = "Newest first: an applicant's own (or a partner app's, for those it applied for), an officer's OPD's, or all for auditors. Filter by `status`, `permitType` and `overdue` (true: the current stage is past its due date in working days). `limit` (1–100, default 20) and the `cursor` of the previous page. NIKs are masked for staff.";

    public static IEndpointRouteBuilder MapListApplications(this IEndpointRouteBuilder group)
    {
        group.MapGet(PermitsApiPaths.Applications, async (string? status, string? permitType, bool? overdue, int? limit, string? cursor, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListApplicationsQuery(status, permitType, overdue, limit, cursor), cancellationToken)).Match(applications => TypedResults.Ok(applications)))
            .RequirePermitsReader()
            .Describe("ListPermitApplications", "List permit applications", ListPermitApplicationsDescription)
            .Produces<CursorPage<ApplicationSummary>>()
            .ProducesValidationProblem();
        return group;
    }
}
