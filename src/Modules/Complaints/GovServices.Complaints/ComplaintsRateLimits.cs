using GovServices.BuildingBlocks.Http;

namespace GovServices.Complaints;

/// <summary>The module's rate-limit policies, declared to the host in <see cref="ComplaintsModule.Descriptor"/>.</summary>
internal static class ComplaintsRateLimits
{
    public const string Nearby = "complaints-nearby";

    public static readonly RateLimitPolicy NearbyPolicy =
        new(Nearby, RateLimitKey.IpAddress, "RateLimits:NearbyComplaintsPerMinute", DefaultPermitsPerMinute: 60);
}
