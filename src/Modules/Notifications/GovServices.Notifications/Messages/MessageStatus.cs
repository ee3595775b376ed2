namespace GovServices.Notifications.Messages;

/// <summary>
/// A message's status, GOV.UK Notify's set: the engine's delivery status says whether the provider took it, this one
/// what became of it (provider receipts move it on).
/// </summary>
internal static class MessageStatus
{
    /// <summary>Queued; not yet accepted by the provider (it may be retrying).</summary>
    public const string Created = "created";

    /// <summary>The provider accepted it; its receipt has not come yet.</summary>
    public const string Sending = "sending";

    public const string Delivered = "delivered";

    /// <summary>The provider could not deliver it for now (phone off, inbox full), or every retry failed.</summary>
    public const string TemporaryFailure = "temporary_failure";

    /// <summary>The contact is invalid or the provider refused it for good; it is not tried again.</summary>
    public const string PermanentFailure = "permanent_failure";

    public static readonly IReadOnlyList<string> All = [Created, Sending, Delivered, TemporaryFailure, PermanentFailure];
}
