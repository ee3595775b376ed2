using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Security;
using GovServices.Notifications.Delivery;
using GovServices.Notifications.Webhooks;
using Mediator;

namespace GovServices.Notifications.GetDelivery;

/// <summary>One delivery of an endpoint the caller manages, with the body and every attempt.</summary>
internal sealed record GetDeliveryQuery(Guid EndpointId, string DeliveryId) : IQuery<Result<DeliveryDetails>>;

internal sealed class GetDeliveryHandler(IDbConnectionFactory connections, ICurrentActor actor) : IQueryHandler<GetDeliveryQuery, Result<DeliveryDetails>>
{
    public async ValueTask<Result<DeliveryDetails>> Handle(GetDeliveryQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var endpoint = await connection.QuerySingleOrDefaultAsync<WebhookEndpointRow>(new CommandDefinition(
            WebhookEndpointSql.Select, new { id = query.EndpointId }, cancellationToken: cancellationToken));
        if (endpoint is null || !WebhookEndpointAccess.MayManage(actor, endpoint))
            return WebhookEndpointAccess.NotFound(query.EndpointId);

        var delivery = await connection.QuerySingleOrDefaultAsync<DeliveryRow>(new CommandDefinition(
            DeliverySql.Select, new { id = query.DeliveryId }, cancellationToken: cancellationToken));
        if (delivery is null || delivery.DestinationId != endpoint.Id || delivery.Channel != DeliveryStatus.WebhookChannel)
            return DeliveryLookup.NotFound(query.DeliveryId);

        var attempts = await connection.QueryAsync<DeliveryAttemptRow>(new CommandDefinition(
            DeliverySql.SelectAttempts, new { delivery_id = delivery.Id }, cancellationToken: cancellationToken));
        return new DeliveryDetails(DeliverySummary.From(delivery), delivery.Payload, [.. attempts.Select(DeliveryAttempt.From)]);
    }
}
