namespace GovServices.Notifications.Events;

/// <summary>The <c>data</c> of <c>webhook_endpoint.disabled</c>, sent to the owner's other endpoints that subscribe to it.</summary>
/// <param name="EndpointId">The endpoint that was disabled.</param>
/// <param name="Reason"><c>gone</c> (it answered 410) or <c>failing</c> (every attempt failed for 3 days).</param>
/// <param name="DisabledAt">When (UTC).</param>
internal sealed record WebhookEndpointDisabledData(Guid EndpointId, string Reason, DateTimeOffset DisabledAt);
