using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.CivilRegistry.TrackResidentImport;

internal static class TrackResidentImportEndpoint
{
    private const string TrackResidentImportDescription = "Counts of rows read, inserted, updated, unchanged and failed, and a page of errors (row, field, reason) in file order; page through them with limit and cursor.";

    public static IEndpointRouteBuilder MapTrackResidentImport(this IEndpointRouteBuilder group)
    {
        group.MapGet(CivilRegistryApiPaths.Import, async (Guid id, int? limit, string? cursor, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new TrackResidentImportQuery(id, limit, cursor), cancellationToken)).Match(TypedResults.Ok))
            .RequireScope(CivilRegistryScopes.Import)
            .Describe("TrackResidentImport", "Follow a resident import: progress and the per-row error report", TrackResidentImportDescription)
            .Produces<ResidentImportReport>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
