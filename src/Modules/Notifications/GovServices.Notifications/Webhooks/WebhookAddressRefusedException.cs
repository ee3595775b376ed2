namespace GovServices.Notifications.Webhooks;

/// <summary>The SSRF guard refused to connect: the delivery attempt fails (and is retried) with this message.</summary>
internal sealed class WebhookAddressRefusedException(string message) : IOException(message);
