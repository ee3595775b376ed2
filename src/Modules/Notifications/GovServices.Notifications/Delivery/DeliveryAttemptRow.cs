namespace GovServices.Notifications.Delivery;

/// <summary>A row of <c>notifications.delivery_attempt</c>.</summary>
internal sealed class DeliveryAttemptRow
{
    public string DeliveryId { get; init; } = "";

    public int Attempt { get; init; }

    public DateTimeOffset AttemptedAt { get; init; }

    public int? StatusCode { get; init; }

    public int DurationMs { get; init; }

    public string? Error { get; init; }

    public string? ResponseExcerpt { get; init; }
}
