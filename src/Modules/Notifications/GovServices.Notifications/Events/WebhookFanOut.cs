using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Messaging;
using GovServices.Complaints.Contracts;
using GovServices.Notifications.Delivery;
using GovServices.Notifications.Webhooks;

namespace GovServices.Notifications.Events;

/// <summary>
/// Turns each catalogued integration event into one delivery per active endpoint that subscribes to its type and
/// may hear it (<see cref="WebhookAudience"/>). Runs in the outbox dispatcher's unit of work with the inbox row, so
/// the deliveries and the record of having handled the event commit together; the delivery's unique key absorbs
/// what the outbox hands over again.
/// </summary>
internal sealed class WebhookFanOut(IUnitOfWork unitOfWork, DeliveryQueue queue) : IIntegrationEventHandler<ComplaintStatusChanged>
{
    public Task HandleAsync(ComplaintStatusChanged integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        FanOutAsync(WebhookEventCatalogue.For<ComplaintStatusChanged>(), integrationEvent, context, cancellationToken);

    private async Task FanOutAsync(WebhookEventType type, object integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        var audience = type.AudienceOf(integrationEvent);
        if (audience.OwnerClientId is null && audience.Opd is null)
            return;

        var endpoints = await unitOfWork.QueryAsync<WebhookEndpointRow>(
            WebhookEndpointSql.SelectAudience, new { owner_client_id = audience.OwnerClientId, opd = audience.Opd }, cancellationToken);
        var subscribed = endpoints.Where(endpoint => WebhookEventTypes.FromJson(endpoint.EventTypes).Contains(type.Name)).ToList();
        if (subscribed.Count == 0)
            return;

        var occurredAt = type.OccurredAtOf(integrationEvent);
        var body = WebhookBody.Of(type.Name, occurredAt, type.ToPayload(integrationEvent));
        foreach (var endpoint in subscribed)
            await queue.EnqueueAsync(unitOfWork, DeliveryStatus.WebhookChannel, endpoint.Id, context.MessageId, type.Name, body, occurredAt, cancellationToken);
    }
}
