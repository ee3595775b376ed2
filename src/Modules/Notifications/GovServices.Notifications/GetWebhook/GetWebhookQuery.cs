using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Security;
using GovServices.Notifications.Webhooks;
using Mediator;

namespace GovServices.Notifications.GetWebhook;

/// <summary>One endpoint the caller manages, without its secret.</summary>
internal sealed record GetWebhookQuery(Guid Id) : IQuery<Result<WebhookEndpointDetails>>;

internal sealed class GetWebhookHandler(IDbConnectionFactory connections, ICurrentActor actor) : IQueryHandler<GetWebhookQuery, Result<WebhookEndpointDetails>>
{
    public async ValueTask<Result<WebhookEndpointDetails>> Handle(GetWebhookQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<WebhookEndpointRow>(new CommandDefinition(
            WebhookEndpointSql.Select, new { id = query.Id }, cancellationToken: cancellationToken));
        return row is not null && WebhookEndpointAccess.MayManage(actor, row)
            ? WebhookEndpointDetails.From(row)
            : WebhookEndpointAccess.NotFound(query.Id);
    }
}
