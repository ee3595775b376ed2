using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Permits.Domain;
using Mediator;

namespace GovServices.Permits.Catalogue;

/// <summary>One permit type by its code, active or not.</summary>
internal sealed record GetPermitTypeQuery(string Code) : IQuery<Result<PermitType>>;

internal sealed class GetPermitTypeHandler(IDbConnectionFactory connections) : IQueryHandler<GetPermitTypeQuery, Result<PermitType>>
{
    public static Error NotFound(string code) => Error.NotFound(
        "permit_type_not_found",
        Bilingual.Pick($"There is no permit type '{code}'.", $"Jenis izin '{code}' tidak ada."));

    public async ValueTask<Result<PermitType>> Handle(GetPermitTypeQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<PermitTypeRow>(new CommandDefinition(
            PermitTypeSql.SelectByCode, new { code = query.Code }, cancellationToken: cancellationToken));
        return row is null ? NotFound(query.Code) : row.ToPermitType();
    }
}
