namespace GovServices.Notifications.Webhooks;

/// <summary>An endpoint's status, and why a disabled one was disabled.</summary>
internal static class WebhookEndpointStatus
{
    public const string Active = "active";
    public const string Disabled = "disabled";

    /// <summary>Its owner (or an admin) disabled it.</summary>
    public const string Manual = "manual";

    /// <summary>It answered 410 Gone.</summary>
    public const string Gone = "gone";

    /// <summary>Every attempt to it failed for <see cref="WebhookRetrySchedule.GiveUpAfter"/>.</summary>
    public const string Failing = "failing";
}
