using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Complaints.TrackComplaint;

internal static class TrackComplaintEndpoint
{
    private const string TrackComplaintDescription = "No token needed. Case and hyphens do not matter; O reads as 0, I and L as 1. Shows status, category and dates only. A confidential complaint, an unknown code and a code with a wrong check character all answer 404.";

    public static IEndpointRouteBuilder MapTrackComplaint(this IEndpointRouteBuilder group)
    {
        group.MapGet(ComplaintsApiPaths.Track, async (string trackingCode, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new TrackComplaintQuery(trackingCode), cancellationToken)).Match(TypedResults.Ok))
            .AllowPublicAccess("Reporters follow their complaint by its tracking code without an account; only status, category and dates are shown, never the reporter, and nothing of confidential complaints. Rate-limited; codes carry a check character.")
            .RequireRateLimiting(RateLimitPolicies.Public)
            .Describe("TrackComplaint", "Follow a complaint by its public tracking code", TrackComplaintDescription)
            .Produces<ComplaintTracking>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
