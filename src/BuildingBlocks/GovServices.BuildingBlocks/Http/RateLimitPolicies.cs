namespace GovServices.BuildingBlocks.Http;

/// <summary>
/// Named rate-limit policies an endpoint can ask for with <c>.RequireRateLimiting(...)</c>; the host defines
/// their limits from configuration (<c>RateLimits</c>). Over the limit: 429 with <c>Retry-After</c>.
/// </summary>
public static class RateLimitPolicies
{
    /// <summary>Per client (the token's <c>client_id</c>): civil-registry verifications and lookups.</summary>
    public const string RegistryLookup = "registry-lookup";

    /// <summary>Per IP address: endpoints anyone may call (registration, public tracking, verification of permits).</summary>
    public const string Public = "public";
}
