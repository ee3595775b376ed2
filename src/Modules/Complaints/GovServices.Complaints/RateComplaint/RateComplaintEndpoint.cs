using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Complaints.RateComplaint;

internal static class RateComplaintEndpoint
{
    private const string RateComplaintDescription = "The reporter rates a resolved or closed complaint from 1 to 5, once: a second rating answers 409 complaint_already_rated, a complaint not yet resolved 409 complaint_not_resolved. Others who may see it get 403, anyone else 404.";

    public static IEndpointRouteBuilder MapRateComplaint(this IEndpointRouteBuilder group)
    {
        group.MapPost(ComplaintsApiPaths.Rating, async (Guid id, Rating rating, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RateComplaintCommand(id, rating.Score), cancellationToken)).Match(given =>
                {
                    response.SetETag(given.Version);
                    return TypedResults.Ok(given);
                }))
            .RequireScope(ComplaintsScopes.Submit)
            .Describe("RateComplaint", "Rate the resolution of a complaint", RateComplaintDescription)
            .Produces<RatingGiven>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }
}
