namespace GovServices.Notifications.Delivery;

/// <summary>A delivery as its log lists it.</summary>
/// <param name="Id">The <c>webhook-id</c> the receiver sees, the same on every attempt and replay.</param>
/// <param name="EventType">The event type.</param>
/// <param name="Status"><c>pending</c>, <c>delivered</c>, <c>failed</c> (given up after 3 days) or <c>will_not_send</c>.</param>
/// <param name="Attempts">How many attempts were made.</param>
/// <param name="CreatedAt">When it was queued (UTC).</param>
/// <param name="NextAttemptAt">While pending, when it is tried next (UTC).</param>
/// <param name="DeliveredAt">When the receiver answered 2xx (UTC).</param>
/// <param name="LastStatusCode">The receiver's last HTTP status, if it answered.</param>
internal sealed record DeliverySummary(
    string Id, string EventType, string Status, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset? NextAttemptAt, DateTimeOffset? DeliveredAt, int? LastStatusCode)
{
    public static DeliverySummary From(DeliveryRow row) =>
        new(row.Id, row.EventType, row.Status, row.Attempts, row.CreatedAt, row.Status == DeliveryStatus.Pending ? row.NextAttemptAt : null, row.DeliveredAt, row.LastStatusCode);
}
