using GovServices.BuildingBlocks.Http;

namespace GovServices.CivilRegistry;

/// <summary>The civil registry's rate limits, declared to the host in <see cref="CivilRegistryModule.Descriptor"/>.</summary>
internal static class CivilRegistryRateLimits
{
    /// <summary>Per client (the token's <c>client_id</c>): verifications and lookups, so no one app can walk the registry.</summary>
    public const string RegistryLookup = "registry-lookup";

    public static readonly RateLimitPolicy RegistryLookupPolicy =
        new(RegistryLookup, RateLimitKey.Client, "RateLimits:RegistryLookupsPerMinute", DefaultPermitsPerMinute: 600);
}
