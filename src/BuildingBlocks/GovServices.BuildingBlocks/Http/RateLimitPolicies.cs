namespace GovServices.BuildingBlocks.Http;

/// <summary>
/// The host-wide rate-limit policy an endpoint can ask for with <c>.RequireRateLimiting(...)</c>; a module declares
/// policies of its own in its descriptor (<see cref="RateLimitPolicy"/>). Over the limit: 429 with <c>Retry-After</c>.
/// </summary>
public static class RateLimitPolicies
{
    /// <summary>Per IP address: endpoints anyone may call (registration, public tracking, verification of permits).</summary>
    public const string Public = "public";
}
