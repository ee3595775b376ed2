using GovServices.BuildingBlocks.Data;

namespace GovServices.Notifications.Delivery;

/// <summary>
/// One way of sending a delivery (webhook now; email, SMS, WhatsApp, inbox with issue 15). The engine claims, leases,
/// records attempts and schedules retries; the channel only sends and says what the answer means.
/// </summary>
internal interface IDeliveryChannel
{
    /// <summary>The <c>channel</c> value of the deliveries it sends.</summary>
    string Name { get; }

    /// <summary>When to try again after <paramref name="attempts"/> failed attempts, or null to give up.</summary>
    DateTimeOffset? NextAttemptAt(int attempts, DateTimeOffset firstAttemptedAt, DateTimeOffset now, TimeSpan? retryAfter);

    /// <summary>Sends once; never throws for the receiver's failures (they are outcomes), only for cancellation.</summary>
    Task<DeliveryOutcome> SendAsync(DeliveryRow delivery, CancellationToken cancellationToken);

    /// <summary>What the channel does about the outcome (an endpoint disabled), in the unit of work that settles it.</summary>
    Task SettledAsync(IUnitOfWork unitOfWork, DeliveryRow delivery, DeliveryOutcome outcome, bool gaveUp, DateTimeOffset now, CancellationToken cancellationToken);
}
