using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Complaints.Domain;
using Mediator;

namespace GovServices.Complaints.FindNearby;

/// <summary>Before filing: open, public complaints of the category near the point, nearest first.</summary>
/// <param name="Latitude">Decimal degrees (WGS 84), inside the city.</param>
/// <param name="Longitude">Decimal degrees (WGS 84), inside the city.</param>
/// <param name="Category">An active category code.</param>
internal sealed record FindNearbyComplaintsQuery(double? Latitude, double? Longitude, string? Category) : IQuery<Result<NearbyComplaintsFound>>;

/// <summary>What was found.</summary>
/// <param name="RadiusMetres">The category's radius searched.</param>
/// <param name="Items">At most five, nearest first.</param>
internal sealed record NearbyComplaintsFound(int RadiusMetres, IReadOnlyList<NearbyComplaintView> Items);

internal sealed class FindNearbyComplaintsHandler(IDbConnectionFactory connections, ComplaintsOptions options)
    : IQueryHandler<FindNearbyComplaintsQuery, Result<NearbyComplaintsFound>>
{
    public async ValueTask<Result<NearbyComplaintsFound>> Handle(FindNearbyComplaintsQuery query, CancellationToken cancellationToken)
    {
        var latitude = query.Latitude!.Value;
        var longitude = query.Longitude!.Value;
        if (ComplaintLocation.OutsideCity(options, latitude, longitude) is { } outside)
            return outside;

        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var category = await connection.QuerySingleOrDefaultAsync<CategoryRow>(new CommandDefinition(
            ComplaintSql.SelectCategory, new { code = query.Category }, cancellationToken: cancellationToken));
        if (category is not { Active: true })
        {
            return new Error(
                "category_unknown",
                Bilingual.Pick($"There is no active complaint category '{query.Category}'.", $"Kategori pengaduan '{query.Category}' tidak ada atau tidak aktif."),
                ErrorKind.Unprocessable,
                new Dictionary<string, string[]> { ["category"] = [Bilingual.Pick("Choose an active category.", "Pilih kategori yang aktif.")] });
        }

        var found = await NearbyComplaints.FindAsync(
            connection, transaction: null, category.Code, latitude, longitude, category.DuplicateRadiusMetres, except: null, cancellationToken);
        return new NearbyComplaintsFound(category.DuplicateRadiusMetres, [.. found.Select(NearbyComplaintView.Of)]);
    }
}
