using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Permits.Domain;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Permits.Catalogue;

internal static class ListPermitTypesEndpoint
{
    private const string ListPermitTypesDescription = "Active permit types in display order: names in Bahasa Indonesia and English, the issuing OPD, the documents to upload (mandatory or not, accepted formats), the typed form fields with their rules, the fee rule (free, fixed, per unit of a numeric field, or assessed by an officer), working days per stage, validity in months and the number classification code.";

    public static IEndpointRouteBuilder MapListPermitTypes(this IEndpointRouteBuilder group)
    {
        group.MapGet(PermitsApiPaths.Types, async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListPermitTypesQuery(), cancellationToken)))
            .AllowPublicAccess("Anyone about to apply needs to know what each permit asks for and costs; the catalogue holds no personal data. Rate-limited.")
            .RequireRateLimiting(RateLimitPolicies.Public)
            .Describe("ListPermitTypes", "List the permits one can apply for", ListPermitTypesDescription)
            .Produces<IReadOnlyList<PermitType>>();
        return group;
    }
}
