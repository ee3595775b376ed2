namespace GovServices.Notifications.Events;

/// <summary>The <c>data</c> of <c>webhook.test</c>, the ping an owner sends to check a receiver.</summary>
/// <param name="EndpointId">The endpoint pinged.</param>
internal sealed record WebhookTestData(Guid EndpointId);
