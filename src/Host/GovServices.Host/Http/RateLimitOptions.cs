namespace GovServices.Host.Http;

/// <summary>
/// Section <c>RateLimits</c>: requests per minute for the host's limits. A module's own policies read their keys in
/// the same section (<c>RateLimits:RegistryLookupsPerMinute</c>), declared in its descriptor.
/// </summary>
internal sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Token requests per client id and IP address: slows down secret guessing.</summary>
    public int TokenRequestsPerMinute { get; set; } = 120;

    /// <summary>Sign-in attempts per IP address, on top of the per-account lockout.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 20;

    public int PublicRequestsPerMinute { get; set; } = 120;
}
