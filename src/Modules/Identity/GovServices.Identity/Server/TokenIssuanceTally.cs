namespace GovServices.Identity.Server;

/// <summary>
/// Tokens issued since the last flush, by UTC hour, client and grant type, held in memory so that the token endpoint
/// pays for a counter increment and no database round trip (issue 19's 1,000 tokens a second);
/// <see cref="TokenIssuanceFlush"/> adds them to <c>identity.token_issuance</c> every few seconds (ADR 0063).
/// </summary>
internal sealed class TokenIssuanceTally
{
    private readonly Lock _gate = new();
    private Dictionary<TokenIssuanceKey, TokenIssuanceCount> _counts = [];

    public void Count(string clientId, string grantType, DateTimeOffset at)
    {
        var key = new TokenIssuanceKey(HourOf(at), clientId, grantType);
        lock (_gate)
        {
            _counts[key] = _counts.TryGetValue(key, out var count) ? new TokenIssuanceCount(count.Tokens + 1, at) : new TokenIssuanceCount(1, at);
        }
    }

    /// <summary>Everything counted so far, leaving the tally empty.</summary>
    public IReadOnlyDictionary<TokenIssuanceKey, TokenIssuanceCount> Drain()
    {
        lock (_gate)
        {
            var drained = _counts;
            _counts = [];
            return drained;
        }
    }

    /// <summary>Counts a flush could not write, kept for the next one.</summary>
    public void Return(IReadOnlyDictionary<TokenIssuanceKey, TokenIssuanceCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        lock (_gate)
        {
            foreach (var (key, count) in counts)
            {
                _counts[key] = _counts.TryGetValue(key, out var newer)
                    ? new TokenIssuanceCount(newer.Tokens + count.Tokens, newer.LastIssuedAt > count.LastIssuedAt ? newer.LastIssuedAt : count.LastIssuedAt)
                    : count;
            }
        }
    }

    public static DateTimeOffset HourOf(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
    }
}

/// <summary>One row of the hourly issuance table.</summary>
internal readonly record struct TokenIssuanceKey(DateTimeOffset HourStart, string ClientId, string GrantType);

/// <summary>How many tokens, and when the last of them was issued.</summary>
internal readonly record struct TokenIssuanceCount(long Tokens, DateTimeOffset LastIssuedAt);
