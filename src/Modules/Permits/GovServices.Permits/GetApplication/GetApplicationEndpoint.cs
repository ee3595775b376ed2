using GovServices.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Permits.GetApplication;

internal static class GetApplicationEndpoint
{
    private const string GetPermitApplicationDescription = "The applicant (or the partner app that applied for them) reads their own applications, an officer those of their OPD, an auditor all; any other answers 404. With the form, the documents (format recognised from the content, SHA-256), the history of every step, the fee and payment code once assessed, and the permit with its number and signed token once issued. The ETag is the version to send in If-Match.";

    public static IEndpointRouteBuilder MapGetApplication(this IEndpointRouteBuilder group)
    {
        group.MapGet(PermitsApiPaths.Application, async (Guid id, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetApplicationQuery(id), cancellationToken)).Match(application =>
                {
                    response.SetETag(application.Version);
                    return TypedResults.Ok(application);
                }))
            .RequirePermitsReader()
            .Describe("GetPermitApplication", "Read a permit application", GetPermitApplicationDescription)
            .Produces<ApplicationView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
