namespace GovServices.Identity.Server.Revocations;

/// <summary>A token or an authorization that stopped being valid: one of the two ids is set.</summary>
internal sealed class RevokedEntry
{
    public long Position { get; init; }

    public string? TokenId { get; init; }

    public string? AuthorizationId { get; init; }

    /// <summary>Evicts what this revocation makes stale.</summary>
    public void ApplyTo(TokenStatusCache cache)
    {
        if (TokenId is not null)
            cache.EvictToken(TokenId);
        else if (AuthorizationId is not null)
            cache.EvictAuthorization(AuthorizationId);
        else
            cache.Clear();
    }
}
