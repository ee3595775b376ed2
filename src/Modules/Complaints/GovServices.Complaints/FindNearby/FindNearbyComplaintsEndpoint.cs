using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Complaints.FindNearby;

internal static class FindNearbyComplaintsEndpoint
{
    private const string FindNearbyDescription = "No token needed. Before filing, \"already reported nearby?\": at most five open (submitted, verified, dispositioned, in_progress, reopened), non-confidential complaints of the category within its radius (the category's `duplicateRadiusMetres`, 250 m unless set) of the point, nearest first, each with its distance in metres (great circle), tracking code, status and title — follow one instead of filing again. Missing or malformed arguments answer 400, a point outside the city or an unknown category 422. Rate-limited per IP address (`RateLimits:NearbyComplaintsPerMinute`).";

    public static IEndpointRouteBuilder MapFindNearbyComplaints(this IEndpointRouteBuilder group)
    {
        group.MapGet(ComplaintsApiPaths.Nearby, async (double? latitude, double? longitude, string? category, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new FindNearbyComplaintsQuery(latitude, longitude, category), cancellationToken)).Match(TypedResults.Ok))
            .AllowPublicAccess("Citizens check before filing whether the problem is already reported, as FixMyStreet shows; only open, non-confidential complaints, with tracking code, status, title and distance, never the reporter. Rate-limited.")
            .RequireRateLimiting(ComplaintsRateLimits.Nearby)
            .Describe("FindNearbyComplaints", "Open complaints of a category near a point", FindNearbyDescription)
            .Produces<NearbyComplaintsFound>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return group;
    }
}
