using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Messaging;
using GovServices.CivilRegistry.Contracts;
using GovServices.Complaints.Contracts;
using GovServices.Payments.Contracts;
using GovServices.Permits.Contracts;
using GovServices.Notifications.Delivery;
using GovServices.Notifications.Webhooks;

namespace GovServices.Notifications.Events;

/// <summary>
/// Turns each catalogued integration event into one delivery per active endpoint that subscribes to its type and
/// may hear it: owned by the event's client, or bound to its OPD (event-contracts.md). Nothing else, ever. Runs in the outbox dispatcher's unit of work with the inbox row, so
/// the deliveries and the record of having handled the event commit together; the delivery's unique key absorbs
/// what the outbox hands over again.
/// </summary>
internal sealed class WebhookFanOut(IUnitOfWork unitOfWork, DeliveryQueue queue) :
    IIntegrationEventHandler<ComplaintStatusChanged>,
    IIntegrationEventHandler<ComplaintCommented>,
    IIntegrationEventHandler<PermitApplicationStatusChanged>,
    IIntegrationEventHandler<InvoiceIssued>,
    IIntegrationEventHandler<InvoicePaid>,
    IIntegrationEventHandler<InvoiceExpired>,
    IIntegrationEventHandler<InvoiceCancelled>,
    IIntegrationEventHandler<RefundIssued>,
    IIntegrationEventHandler<ResidentImportCompleted>
{
    public Task HandleAsync(ComplaintStatusChanged integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        FanOutAsync(integrationEvent, context, cancellationToken);

    public Task HandleAsync(ComplaintCommented integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        FanOutAsync(integrationEvent, context, cancellationToken);

    public Task HandleAsync(PermitApplicationStatusChanged integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        FanOutAsync(integrationEvent, context, cancellationToken);

    public Task HandleAsync(InvoiceIssued integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        FanOutAsync(integrationEvent, context, cancellationToken);

    public Task HandleAsync(InvoicePaid integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        FanOutAsync(integrationEvent, context, cancellationToken);

    public Task HandleAsync(InvoiceExpired integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        FanOutAsync(integrationEvent, context, cancellationToken);

    public Task HandleAsync(InvoiceCancelled integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        FanOutAsync(integrationEvent, context, cancellationToken);

    public Task HandleAsync(RefundIssued integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        FanOutAsync(integrationEvent, context, cancellationToken);

    public Task HandleAsync(ResidentImportCompleted integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        FanOutAsync(integrationEvent, context, cancellationToken);

    private async Task FanOutAsync<TEvent>(TEvent integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
        where TEvent : IAudiencedEvent
    {
        var type = WebhookEventCatalogue.For<TEvent>();
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
