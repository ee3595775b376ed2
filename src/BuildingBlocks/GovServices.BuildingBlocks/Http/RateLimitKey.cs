namespace GovServices.BuildingBlocks.Http;

/// <summary>Whose requests a rate-limit policy counts together.</summary>
public enum RateLimitKey
{
    /// <summary>The token's <c>client_id</c>: one partner app or department system.</summary>
    Client,

    /// <summary>The caller's IP address, for endpoints anyone may call.</summary>
    IpAddress,
}
