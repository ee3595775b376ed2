namespace GovServices.Notifications.Delivery;

/// <summary>What one attempt came to, as a channel reports it.</summary>
/// <param name="Kind">Delivered, to be retried, the destination is gone, or never to be sent.</param>
/// <param name="StatusCode">The receiver's HTTP status, when it answered.</param>
/// <param name="Duration">How long the attempt took.</param>
/// <param name="Error">Why it failed, without secrets or personal data.</param>
/// <param name="ResponseExcerpt">The start of the receiver's answer.</param>
/// <param name="RetryAfter">How long the receiver asked to be left alone (429/503 <c>Retry-After</c>).</param>
internal sealed record DeliveryOutcome(
    DeliveryOutcomeKind Kind, int? StatusCode, TimeSpan Duration, string? Error = null, string? ResponseExcerpt = null, TimeSpan? RetryAfter = null);

internal enum DeliveryOutcomeKind
{
    Delivered,
    Retry,
    Gone,
    WillNotSend,
}
