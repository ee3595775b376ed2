using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Permits.Domain;
using Mediator;

namespace GovServices.Permits.Catalogue;

/// <summary>The permits one can apply for, in display order; inactive ones are left out.</summary>
internal sealed record ListPermitTypesQuery : IQuery<IReadOnlyList<PermitType>>;

internal sealed class ListPermitTypesHandler(IDbConnectionFactory connections) : IQueryHandler<ListPermitTypesQuery, IReadOnlyList<PermitType>>
{
    public async ValueTask<IReadOnlyList<PermitType>> Handle(ListPermitTypesQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<PermitTypeRow>(new CommandDefinition(
            PermitTypeSql.SelectActive, new { active = true }, cancellationToken: cancellationToken));
        return [.. rows.Select(row => row.ToPermitType())];
    }
}
