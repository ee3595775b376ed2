namespace GovServices.Notifications.DeliveryBacklog;

/// <summary>One channel's deliveries still to make, and those given up after their last attempt.</summary>
internal sealed class ChannelBacklog
{
    /// <summary>webhook, email, sms, whatsapp.</summary>
    public string Channel { get; init; } = "";

    /// <summary>Deliveries waiting for their first or next attempt.</summary>
    public long Pending { get; init; }

    /// <summary>Deliveries given up (an operator may retry them).</summary>
    public long Failed { get; init; }

    /// <summary>When the event of the oldest waiting delivery happened; null when none waits.</summary>
    public DateTimeOffset? OldestPendingAt { get; init; }
}
