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
    public static IEndpointRouteBuilder MapEditApplication(this IEndpointRouteBuilder group)
    {
        group.MapPut(PermitsApiPaths.Application, async (Guid id, ApplicationEdit edit, HttpRequest request, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var version = request.RequiredIfMatchVersion();
                if (!version.IsSuccess)
                    return version.Error.ToProblem();
                return (await mediator.Send(new EditApplication(id, version.Value, edit.Applicant, edit.Form), cancellationToken)).Match(edited =>
                {
                    response.SetETag(edited.Version);
                    return TypedResults.Ok(edited);
                });
            })
            .RequireScope(Scopes.PermitsApply)
            .WithName("EditPermitApplication")
            .WithSummary("Change a draft, or revise an application as asked")
            .WithDescription("Replaces the applicant's contact details and the whole form, while the application is a draft or a revision is requested (otherwise 409). If-Match is required (428 without, 412 when stale). Values that do not fit their fields answer 400 per field.")
            .Produces<ApplicationSummary>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return group;
    }
}
