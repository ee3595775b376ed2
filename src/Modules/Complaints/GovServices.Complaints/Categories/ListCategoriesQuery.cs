using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Complaints.Domain;
using Mediator;

namespace GovServices.Complaints.Categories;

/// <summary>The categories a complaint can be filed under, in display order; inactive ones are left out.</summary>
internal sealed record ListCategoriesQuery : IQuery<IReadOnlyList<CategoryView>>;

/// <summary>A complaint category.</summary>
/// <param name="Code">Stable code to file under, for example <c>jalan_rusak</c>.</param>
/// <param name="NameId">The name in Bahasa Indonesia.</param>
/// <param name="NameEn">The name in English.</param>
/// <param name="Description">What belongs in this category (Bahasa Indonesia).</param>
/// <param name="Opd">The department (OPD) that answers complaints of this category.</param>
/// <param name="SlaWorkingDays">Working days the OPD has to resolve a complaint once it is routed to it.</param>
/// <param name="Attributes">The questions a complaint of this category answers on filing (<c>attributes</c>: code to value), in order; often none.</param>
internal sealed record CategoryView(string Code, string NameId, string NameEn, string Description, string Opd, int SlaWorkingDays, IReadOnlyList<CategoryAttribute> Attributes);

internal sealed class ListCategoriesHandler(IDbConnectionFactory connections) : IQueryHandler<ListCategoriesQuery, IReadOnlyList<CategoryView>>
{
    public async ValueTask<IReadOnlyList<CategoryView>> Handle(ListCategoriesQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<CategoryRow>(new CommandDefinition(
            ComplaintSql.SelectActiveCategories, new { active = true }, cancellationToken: cancellationToken));
        return [.. rows.Select(row => new CategoryView(row.Code, row.NameId, row.NameEn, row.Description, row.OpdCode, row.SlaWorkingDays, CategoryAttributes.Parse(row.Attributes)))];
    }
}
