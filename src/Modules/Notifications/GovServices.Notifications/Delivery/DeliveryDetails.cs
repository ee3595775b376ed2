namespace GovServices.Notifications.Delivery;

/// <summary>One delivery with the body sent and every attempt.</summary>
/// <param name="Delivery">The delivery as the log lists it.</param>
/// <param name="Payload">The exact JSON body sent on each attempt.</param>
/// <param name="AttemptLog">Every attempt, first first.</param>
internal sealed record DeliveryDetails(DeliverySummary Delivery, string Payload, IReadOnlyList<DeliveryAttempt> AttemptLog);

/// <summary>One attempt of a delivery.</summary>
/// <param name="Attempt">Its number, from 1.</param>
/// <param name="AttemptedAt">When it was sent (UTC).</param>
/// <param name="StatusCode">The receiver's HTTP status; null when it did not answer.</param>
/// <param name="DurationMs">How long it took.</param>
/// <param name="Error">Why it failed.</param>
/// <param name="ResponseExcerpt">The start of the receiver's answer.</param>
internal sealed record DeliveryAttempt(int Attempt, DateTimeOffset AttemptedAt, int? StatusCode, int DurationMs, string? Error, string? ResponseExcerpt)
{
    public static DeliveryAttempt From(DeliveryAttemptRow row) =>
        new(row.Attempt, row.AttemptedAt, row.StatusCode, row.DurationMs, row.Error, row.ResponseExcerpt);
}
