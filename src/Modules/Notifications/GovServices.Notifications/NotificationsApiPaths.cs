namespace GovServices.Notifications;

/// <summary>The notifications routes, relative to <see cref="Group"/>.</summary>
internal static class NotificationsApiPaths
{
    public const string Group = "/api/v1/notifications";
    public const string EventTypes = "/event-types";
    public const string Webhooks = "/webhooks";
    public const string Webhook = "/webhooks/{id:guid}";
    public const string WebhookDisable = "/webhooks/{id:guid}/disable";
    public const string WebhookEnable = "/webhooks/{id:guid}/enable";
    public const string WebhookTest = "/webhooks/{id:guid}/test";
    public const string WebhookRotateSecret = "/webhooks/{id:guid}/rotate-secret";
    public const string WebhookReplay = "/webhooks/{id:guid}/replay";
    public const string WebhookDeliveries = "/webhooks/{id:guid}/deliveries";
    public const string WebhookDelivery = "/webhooks/{id:guid}/deliveries/{deliveryId}";
    public const string WebhookDeliveryRetry = "/webhooks/{id:guid}/deliveries/{deliveryId}/retry";

    public const string Messages = "/messages";
    public const string Me = "/me";
    public const string MeMessageRead = "/me/{messageId}/read";
    public const string MePreferences = "/me/preferences";
    public const string Templates = "/templates";
    public const string Template = "/templates/{templateId}/{channel}/{language}";
    public const string SmsReceipts = "/providers/sms/receipts";
    public const string WhatsAppWebhook = "/providers/whatsapp";

    public static string WebhookLocation(Guid id) => $"{Group}/webhooks/{id}";
}
