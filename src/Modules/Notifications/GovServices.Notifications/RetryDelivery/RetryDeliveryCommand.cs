using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Notifications.Delivery;
using GovServices.Notifications.Webhooks;
using Mediator;

namespace GovServices.Notifications.RetryDelivery;

/// <summary>The owner sends one settled delivery again, now, with the same id and body; a fresh 3-day schedule follows a failure.</summary>
internal sealed record RetryDeliveryCommand(Guid EndpointId, string DeliveryId) : ICommand<Result<QueuedRetry>>;

/// <summary>The delivery queued again.</summary>
/// <param name="DeliveryId">Its id, unchanged: the receiver dedupes by it.</param>
internal sealed record QueuedRetry(string DeliveryId);

internal sealed class RetryDeliveryHandler(IUnitOfWork unitOfWork, IAuditTrail auditTrail, ICurrentActor actor, DeliverySignal signal, TimeProvider clock)
    : ICommandHandler<RetryDeliveryCommand, Result<QueuedRetry>>
{
    public async ValueTask<Result<QueuedRetry>> Handle(RetryDeliveryCommand command, CancellationToken cancellationToken)
    {
        var endpoint = await WebhookEndpointLookup.FindManageableAsync(unitOfWork, actor, command.EndpointId, cancellationToken);
        if (endpoint is null)
            return WebhookEndpointAccess.NotFound(command.EndpointId);
        var delivery = await unitOfWork.QuerySingleOrDefaultAsync<DeliveryRow>(DeliverySql.Select, new { id = command.DeliveryId }, cancellationToken);
        if (delivery is null || delivery.DestinationId != endpoint.Id || delivery.Channel != DeliveryStatus.WebhookChannel)
            return DeliveryLookup.NotFound(command.DeliveryId);
        if (delivery.Status == DeliveryStatus.Pending)
            return Error.Conflict("delivery_pending", Bilingual.Pick(
                "The delivery is still pending: it is sent at its next attempt.",
                "Pengiriman masih menunggu: akan dikirim pada percobaan berikutnya."));

        await unitOfWork.ExecuteAsync(DeliverySql.Requeue, new { id = delivery.Id, now = clock.GetUtcNow() }, cancellationToken);
        await auditTrail.RecordAsync(
            NotificationsModule.Schema,
            new AuditEvent("delivery.retried", "delivery", delivery.Id, Details: new { endpoint = endpoint.Id, before = delivery.Status }),
            cancellationToken);
        unitOfWork.OnCommitted(signal.Pulse);
        return new QueuedRetry(delivery.Id);
    }
}
