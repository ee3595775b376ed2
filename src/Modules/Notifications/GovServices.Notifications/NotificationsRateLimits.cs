using GovServices.BuildingBlocks.Http;

namespace GovServices.Notifications;

/// <summary>The module's rate-limit policies, declared to the host in <see cref="NotificationsModule.Descriptor"/>.</summary>
internal static class NotificationsRateLimits
{
    public const string ProviderCallbacks = "notifications-provider-callbacks";

    /// <summary>
    /// Per address, generous: a gateway reports a bulk send in bursts from few addresses, and a refused receipt is only
    /// retried later; the limit stops a flood of unsigned calls, each of which costs a read and an HMAC.
    /// </summary>
    public static readonly RateLimitPolicy ProviderCallbacksPolicy =
        new(ProviderCallbacks, RateLimitKey.IpAddress, "RateLimits:ProviderCallbacksPerMinute", DefaultPermitsPerMinute: 1200);
}
