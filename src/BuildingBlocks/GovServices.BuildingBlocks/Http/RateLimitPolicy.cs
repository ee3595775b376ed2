namespace GovServices.BuildingBlocks.Http;

/// <summary>
/// A module's named rate-limit policy: a fixed one-minute window per <paramref name="CountedPer"/>, allowing the
/// number of requests in configuration key <paramref name="PermitsPerMinuteSetting"/> (else
/// <paramref name="DefaultPermitsPerMinute"/>). The host creates it; the module's endpoints ask for it by name.
/// </summary>
public sealed record RateLimitPolicy(string Name, RateLimitKey CountedPer, string PermitsPerMinuteSetting, int DefaultPermitsPerMinute);
