using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Http.Idempotency;
using GovServices.BuildingBlocks.Security;
using GovServices.Permits.ListApplications;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Permits.CreateApplication;

internal static class CreateApplicationEndpoint
{
    private const string CreatePermitApplicationDescription = "A signed-in citizen applies for themself (their NIK comes from their account); a partner app applies on behalf of an applicant (name and NIK). The form may be incomplete, but every value given must fit its field (400 names each field as form.<code>). An unknown or inactive permit type answers 422. The draft then gets its documents and is submitted. Send an Idempotency-Key to retry safely.";

    public static IEndpointRouteBuilder MapCreateApplication(this IEndpointRouteBuilder group)
    {
        group.MapPost(PermitsApiPaths.Applications, async (CreateApplicationCommand command, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(command, cancellationToken)).Match(created =>
                {
                    response.SetETag(created.Version);
                    return TypedResults.Created(PermitsApiPaths.ApplicationLocation(created.Id), created);
                }))
            .RequireScope(PermitsScopes.Apply)
            .WithIdempotencyKey(PermitsModule.Schema)
            .Describe("CreatePermitApplication", "Start a permit application (draft)", CreatePermitApplicationDescription)
            .Produces<ApplicationSummary>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }
}
