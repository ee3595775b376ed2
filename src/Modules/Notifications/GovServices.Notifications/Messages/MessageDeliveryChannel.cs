using GovServices.BuildingBlocks.Data;
using GovServices.Notifications.Delivery;

namespace GovServices.Notifications.Messages;

/// <summary>
/// A message channel as the delivery engine sees it: the engine claims, leases, retries and logs (ADR 0047); this
/// sends through the <see cref="INotificationChannel"/> and keeps the message's status in the unit of work that
/// settles the delivery.
/// </summary>
internal sealed class MessageDeliveryChannel(INotificationChannel channel, ChannelRateLimits rateLimits, TimeProvider clock) : IDeliveryChannel
{
    public string Name => channel.Name;

    public DateTimeOffset? NextAttemptAt(int attempts, DateTimeOffset firstAttemptedAt, DateTimeOffset now, TimeSpan? retryAfter) =>
        MessageRetrySchedule.Next(attempts, firstAttemptedAt, now, retryAfter);

    public async Task<DeliveryOutcome> SendAsync(DeliveryRow delivery, CancellationToken cancellationToken)
    {
        using var turn = await rateLimits.WaitAsync(channel.Name, cancellationToken);
        return await channel.SendAsync(delivery.Id, OutgoingMessage.FromJson(delivery.Payload), cancellationToken);
    }

    public async Task SettledAsync(IUnitOfWork unitOfWork, DeliveryRow delivery, DeliveryOutcome outcome, bool gaveUp, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (outcome.Kind == DeliveryOutcomeKind.Delivered)
        {
            var status = channel.ConfirmsByReceipt ? MessageStatus.Sending : MessageStatus.Delivered;
            await unitOfWork.ExecuteAsync(MessageSql.MarkSending, new { id = delivery.Id, status, now = clock.GetUtcNow() }, cancellationToken);
            return;
        }

        if (outcome.Kind == DeliveryOutcomeKind.Retry && !gaveUp)
            return;
        await unitOfWork.ExecuteAsync(
            MessageSql.UpdateStatus,
            new
            {
                id = delivery.Id,
                channel = channel.Name,
                status = gaveUp ? MessageStatus.TemporaryFailure : MessageStatus.PermanentFailure,
                status_reason = outcome.Error,
                now,
            },
            cancellationToken);
    }
}
