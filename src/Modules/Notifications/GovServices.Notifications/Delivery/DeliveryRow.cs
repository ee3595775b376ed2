namespace GovServices.Notifications.Delivery;

/// <summary>A row of <c>notifications.delivery</c>: one event for one destination, whatever the channel.</summary>
internal sealed class DeliveryRow
{
    /// <summary>The message id (<c>msg_…</c>): the <c>webhook-id</c>, the same on every attempt.</summary>
    public string Id { get; init; } = "";

    public string Channel { get; init; } = "";

    public Guid DestinationId { get; init; }

    public Guid EventId { get; init; }

    public string EventType { get; init; } = "";

    /// <summary>The exact body sent, so every attempt and every replay sends the same bytes.</summary>
    public string Payload { get; init; } = "";

    public string Status { get; init; } = DeliveryStatus.Pending;

    public int Attempts { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset NextAttemptAt { get; init; }

    public DateTimeOffset? FirstAttemptedAt { get; init; }

    public string? LeaseOwner { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? DeliveredAt { get; init; }

    public int? LastStatusCode { get; init; }
}
