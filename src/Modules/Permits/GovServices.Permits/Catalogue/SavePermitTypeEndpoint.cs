using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Permits.Domain;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Permits.Catalogue;

internal static class SavePermitTypeEndpoint
{
    private const string SavePermitTypeDescription = "Without If-Match the type is created (201) and a type that already exists answers 428; with If-Match the type is changed (200), a stale version answers 412 and an unknown code 404. Every document, field, fee rule and SLA is checked: unique codes, known field types and formats, a per-unit fee naming required number fields, choices with options. A classification code that another type uses at the same OPD, or under which another type has issued permits, answers 409 classification_code_taken: permit numbers would repeat.";

    public static IEndpointRouteBuilder MapSavePermitType(this IEndpointRouteBuilder group)
    {
        group.MapPut(PermitsApiPaths.Type, async (string code, PermitTypeDefinition definition, HttpRequest request, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
            {
                int? expectedVersion = null;
                if (request.Headers.IfMatch.Count > 0)
                {
                    var version = request.RequiredIfMatchVersion();
                    if (!version.IsSuccess)
                        return version.Error.ToProblem();
                    expectedVersion = version.Value;
                }

                return (await mediator.Send(new SavePermitTypeCommand(code, definition, expectedVersion), cancellationToken)).Match(saved =>
                {
                    response.SetETag(saved.Type.Version);
                    return saved.Created
                        ? TypedResults.Created(PermitsApiPaths.TypeLocation(saved.Type.Code), saved.Type)
                        : TypedResults.Ok(saved.Type);
                });
            })
            .RequireScope(Scopes.IdentityAdmin, Roles.Admin)
            .Describe("SavePermitType", "Add or change a permit type (administrators)", SavePermitTypeDescription)
            .Produces<PermitType>()
            .Produces<PermitType>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return group;
    }
}
