using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Complaints.Domain;
using Mediator;

namespace GovServices.Complaints.Categories;

/// <summary>One category, active or not.</summary>
internal sealed record GetCategoryQuery(string Code) : IQuery<Result<CategoryDetails>>;

internal sealed class GetCategoryHandler(IDbConnectionFactory connections) : IQueryHandler<GetCategoryQuery, Result<CategoryDetails>>
{
    public static Error NotFound(string code) => Error.NotFound(
        "category_not_found",
        Bilingual.Pick($"There is no complaint category '{code}'.", $"Kategori pengaduan '{code}' tidak ada."));

    public async ValueTask<Result<CategoryDetails>> Handle(GetCategoryQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<CategoryRow>(new CommandDefinition(
            ComplaintSql.SelectCategory, new { code = query.Code }, cancellationToken: cancellationToken));
        return row is null ? NotFound(query.Code) : CategoryDetails.From(row);
    }
}
