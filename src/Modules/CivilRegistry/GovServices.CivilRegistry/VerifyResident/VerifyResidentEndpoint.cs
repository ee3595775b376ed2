using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.CivilRegistry.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.CivilRegistry.VerifyResident;

internal static class VerifyResidentEndpoint
{
    private const string VerifyResidentDescription = "Give a NIK, a purpose and any of full name, birth date, birth place, sex and kelurahan. The answer says whether the NIK is registered and, per field given, match or mismatch, with a name similarity score. Every call is recorded in the resident's access trail before it is answered.";

    public static IEndpointRouteBuilder MapVerifyResident(this IEndpointRouteBuilder group)
    {
        group.MapPost(CivilRegistryApiPaths.Verifications, async (VerifyResidentQuery command, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(command, cancellationToken)).Match(TypedResults.Ok))
            .RequireScope(CivilRegistryScopes.Verify)
            .RequireRateLimiting(CivilRegistryRateLimits.RegistryLookup)
            .Describe("VerifyResident", "Verify a resident: match or no match per field, never a stored value", VerifyResidentDescription)
            .Produces<ResidentVerification>()
            .ProducesValidationProblem();
        return group;
    }
}
