using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Http.Idempotency;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Complaints.FileComplaint;

internal static class FileComplaintEndpoint
{
    private const string FileComplaintDescription = "A signed-in citizen files as themself; a partner app files on behalf of a reporter (name, contact, optional NIK). Title, description (up to 4,000 characters), an active category, coordinates inside the city and/or an address, https media URLs, anonymous and confidential flags. The answer carries the id, the public tracking code, the ETag and the verification due date (three working days, WITA). An unknown or inactive category, or coordinates outside the city, answer 422. Send an Idempotency-Key to retry safely.";

    public static IEndpointRouteBuilder MapFileComplaint(this IEndpointRouteBuilder group)
    {
        group.MapPost(ComplaintsApiPaths.Complaints, async (FileComplaintCommand command, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(command, cancellationToken)).Match(filed =>
                {
                    response.SetETag(filed.Version);
                    return TypedResults.Created(ComplaintsApiPaths.ComplaintLocation(filed.Id), filed);
                }))
            .RequireScope(ComplaintsScopes.Submit)
            .WithIdempotencyKey(ComplaintsModule.Schema)
            .Describe("FileComplaint", "File a complaint", FileComplaintDescription)
            .Produces<ComplaintFiled>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }
}
