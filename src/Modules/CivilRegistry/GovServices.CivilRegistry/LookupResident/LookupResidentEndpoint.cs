using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace GovServices.CivilRegistry.LookupResident;

internal static class LookupResidentEndpoint
{
    public const string PurposeHeader = "X-Purpose";

    private const string LookupResidentDescription = "X-Purpose must be one of the configured legal bases. NIK, KK, street address and birth day are masked unless the caller is an officer of an OPD that configuration allows. Moved or deceased status is always shown. Every lookup is recorded in the resident's access trail before it is answered.";

    public static IEndpointRouteBuilder MapLookupResident(this IEndpointRouteBuilder group)
    {
        group.MapGet(CivilRegistryApiPaths.Resident, async (
                string nik,
                [FromHeader(Name = PurposeHeader)] string? purpose,
                IMediator mediator,
                CancellationToken cancellationToken) =>
                (await mediator.Send(new LookupResidentQuery(nik, purpose ?? ""), cancellationToken)).Match(record => record is null
                    ? Error.NotFound("resident_not_found", Bilingual.Pick("No resident is registered with this NIK.", "Tidak ada penduduk yang terdaftar dengan NIK ini.")).ToProblem()
                    : TypedResults.Ok(record)))
            .RequireScope(CivilRegistryScopes.Read)
            .RequireRateLimiting(CivilRegistryRateLimits.RegistryLookup)
            .Describe("LookupResident", "Read a resident's record for a stated purpose (X-Purpose)", LookupResidentDescription)
            .Produces<ResidentRecordView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
