using GovServices.BuildingBlocks.Data;

namespace GovServices.Notifications.Delivery;

/// <summary>
/// Queues deliveries inside the caller's unit of work (a fan-out handler's, an API command's), and wakes this
/// instance's worker once that unit of work commits.
/// </summary>
internal sealed class DeliveryQueue(DeliverySignal signal, TimeProvider clock)
{
    /// <summary>Queues one delivery and returns its id; null when this event was already queued for this destination.</summary>
    public async Task<string?> EnqueueAsync(
        IUnitOfWork unitOfWork, string channel, Guid destinationId, Guid eventId, string eventType, string payload, DateTimeOffset occurredAt,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var id = DeliveryId.New(now);
        var inserted = await unitOfWork.ExecuteAsync(
            DeliverySql.Enqueue(unitOfWork.Dialect),
            new
            {
                id,
                channel,
                destination_id = destinationId,
                event_id = eventId,
                event_type = eventType,
                payload,
                status = DeliveryStatus.Pending,
                attempts = 0,
                occurred_at = occurredAt,
                next_attempt_at = now,
                created_at = now,
            },
            cancellationToken) == 1;
        if (!inserted)
            return null;
        unitOfWork.OnCommitted(signal.Pulse);
        return id;
    }
}
