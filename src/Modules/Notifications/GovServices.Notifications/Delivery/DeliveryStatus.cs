namespace GovServices.Notifications.Delivery;

/// <summary>A delivery's status, and the channels that deliver.</summary>
internal static class DeliveryStatus
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";

    /// <summary>Every attempt failed until the channel's schedule gave up.</summary>
    public const string Failed = "failed";

    /// <summary>Never to be sent: its destination is gone or disabled.</summary>
    public const string WillNotSend = "will_not_send";

    public static readonly IReadOnlyList<string> All = [Pending, Delivered, Failed, WillNotSend];

    /// <summary>The webhook channel; the message channels are <c>Messages.MessageChannels</c>.</summary>
    public const string WebhookChannel = "webhook";
}
