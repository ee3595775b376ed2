using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Permits.ListApplications;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Permits.EditApplication;

internal static class EditApplicationEndpoint
{
    private const string EditPermitApplicationDescription = "Replaces the applicant's contact details and the whole form, while the application is a draft or a revision is requested (otherwise 409). If-Match is required (428 without, 412 when stale). Values that do not fit their fields answer 400 per field.";

    public static IEndpointRouteBuilder MapEditApplication(this IEndpointRouteBuilder group)
    {
        group.MapPut(PermitsApiPaths.Application, (Guid id, ApplicationEdit edit, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(http, version => new EditApplicationCommand(id, version, edit.Applicant, edit.Form), edited => edited.Version, cancellationToken))
            .RequireScope(PermitsScopes.Apply)
            .Describe("EditPermitApplication", "Change a draft, or revise an application as asked", EditPermitApplicationDescription)
            .Produces<ApplicationSummary>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return group;
    }
}
