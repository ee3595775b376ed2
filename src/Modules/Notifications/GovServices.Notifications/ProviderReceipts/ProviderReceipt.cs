namespace GovServices.Notifications.ProviderReceipts;

/// <summary>What a provider says became of one message.</summary>
/// <param name="MessageId">Our message id, which the provider was given (SMS <c>reference</c>, WhatsApp <c>biz_opaque_callback_data</c>).</param>
/// <param name="Status">One of the message statuses, or null when the receipt only says it is on its way.</param>
/// <param name="Reason">The provider's reason for a failure.</param>
internal sealed record ProviderReceipt(string MessageId, string? Status, string? Reason);
