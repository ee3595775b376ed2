using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Notifications.Delivery;
using GovServices.Notifications.Events;
using GovServices.Notifications.Webhooks;
using Mediator;

namespace GovServices.Notifications.TestWebhook;

/// <summary>The owner pings an active endpoint with a <c>webhook.test</c> event, delivered (and retried, and logged) like any other.</summary>
internal sealed record TestWebhookCommand(Guid Id) : ICommand<Result<QueuedDelivery>>;

/// <summary>A delivery queued for sending; follow it in the endpoint's delivery log.</summary>
/// <param name="DeliveryId">Its id: the <c>webhook-id</c> the receiver sees.</param>
internal sealed record QueuedDelivery(string DeliveryId);

internal sealed class TestWebhookHandler(IUnitOfWork unitOfWork, IAuditTrail auditTrail, ICurrentActor actor, DeliveryQueue queue, TimeProvider clock)
    : ICommandHandler<TestWebhookCommand, Result<QueuedDelivery>>
{
    public async ValueTask<Result<QueuedDelivery>> Handle(TestWebhookCommand command, CancellationToken cancellationToken)
    {
        var current = await WebhookEndpointLookup.FindManageableAsync(unitOfWork, actor, command.Id, cancellationToken);
        if (current is null)
            return WebhookEndpointAccess.NotFound(command.Id);
        if (current.Status != WebhookEndpointStatus.Active)
            return Error.Conflict("webhook_endpoint_disabled", Bilingual.Pick(
                "The endpoint is disabled: enable it before testing it.",
                "Endpoint dinonaktifkan: aktifkan dulu sebelum mengujinya."));

        var now = clock.GetUtcNow();
        var eventId = Guid.CreateVersion7(now);
        var body = WebhookBody.Of(WebhookEventCatalogue.Test, now, new WebhookTestData(current.Id));
        var deliveryId = await queue.EnqueueAsync(unitOfWork, DeliveryStatus.WebhookChannel, current.Id, eventId, WebhookEventCatalogue.Test, body, now, cancellationToken)
            ?? throw new InvalidOperationException("A new event was already queued.");
        await auditTrail.RecordAsync(
            NotificationsModule.Schema,
            new AuditEvent("webhook_endpoint.tested", "webhook_endpoint", current.Id.ToString(), Details: new { deliveryId }),
            cancellationToken);
        return new QueuedDelivery(deliveryId);
    }
}
