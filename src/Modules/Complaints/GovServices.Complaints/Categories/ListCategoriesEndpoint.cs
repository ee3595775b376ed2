using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Complaints.Categories;

internal static class ListCategoriesEndpoint
{
    private const string ListComplaintCategoriesDescription = "Active categories in display order, each with its names in Bahasa Indonesia and English, the responsible department (OPD) and its SLA in working days.";

    public static IEndpointRouteBuilder MapListCategories(this IEndpointRouteBuilder group)
    {
        group.MapGet(ComplaintsApiPaths.Categories, async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListCategoriesQuery(), cancellationToken)))
            .AllowPublicAccess("Anyone about to file a complaint needs the categories; they hold no personal data. Rate-limited.")
            .RequireRateLimiting(RateLimitPolicies.Public)
            .Describe("ListComplaintCategories", "List the categories a complaint can be filed under", ListComplaintCategoriesDescription)
            .Produces<IReadOnlyList<CategoryView>>();
        return group;
    }
}
