using Dapper;
using GovServices.BuildingBlocks.Data;
using Mediator;

namespace GovServices.Notifications.DeliveryBacklog;

/// <summary>The delivery engine's backlog per channel, for the Command Centre: counts only, no payload or destination.</summary>
internal sealed record GetDeliveryBacklogQuery : IQuery<IReadOnlyList<ChannelBacklog>>;

internal sealed class GetDeliveryBacklogHandler(IDbConnectionFactory connections) : IQueryHandler<GetDeliveryBacklogQuery, IReadOnlyList<ChannelBacklog>>
{
    public async ValueTask<IReadOnlyList<ChannelBacklog>> Handle(GetDeliveryBacklogQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<ChannelBacklog>(new CommandDefinition(DeliveryBacklogSql.SelectByChannel, cancellationToken: cancellationToken));
        return [.. rows.OrderBy(row => row.Channel, StringComparer.Ordinal)];
    }
}
