using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GovServices.Identity.Server.Revocations;

/// <summary>
/// The access tokens this instance found valid, so that <see cref="TokenEntryCheck"/> reads a token's entry once
/// instead of at every call (ADR 0073). An entry is served only while the instance's revocation feed (a LISTEN
/// connection on PostgreSQL, a polled table on SQLite and SQL Server) has confirmed, within
/// <see cref="TrustWindow"/>, that every revocation committed before then has been applied here; otherwise every call
/// reads the database, as before. So a revocation committed anywhere is honoured on every instance within the
/// trust window plus one read, under a second.
/// </summary>
internal sealed class TokenStatusCache
{
    /// <summary>How old the feed's last confirmation may be for an entry to be served: under the 1 s the city allows.</summary>
    public static readonly TimeSpan TrustWindow = TimeSpan.FromMilliseconds(750);

    private readonly ConcurrentDictionary<string, CachedTokenStatus> _entries = new(StringComparer.Ordinal);
    private readonly int _capacity;
    private readonly TimeProvider _clock;
    private readonly Counter<long> _bypassed;
    private long _generation;
    // A Stopwatch timestamp, so a wall clock that jumps (or a test's fake clock) cannot stretch the trust window; 0: never.
    private long _confirmedAt;

    public TokenStatusCache(GovIdentityOptions options, TimeProvider clock, IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(meters);
        _capacity = options.TokenStatusCacheSize;
        _clock = clock;
        var meter = meters.Create(TokenIssuanceMetrics.MeterName);
        _bypassed = meter.CreateCounter<long>(
            "govservices.identity.token_status_cache.bypassed",
            unit: "{call}",
            description: "API calls whose token entry was read from the database because the revocation feed was not confirmed current (lost listener, failed poll).");
        meter.CreateObservableGauge(
            "govservices.identity.token_status_cache.entries",
            () => _entries.Count,
            unit: "{token}",
            description: "Access tokens whose valid status this instance keeps in memory.");
    }

    /// <summary>Whether this instance caches at all (<see cref="GovIdentityOptions.TokenStatusCacheSize"/> above 0).</summary>
    public bool Enabled => _capacity > 0;

    /// <summary>Changes with every eviction: a status read before it may be stale and is not kept.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public int Count => _entries.Count;

    /// <summary>Whether the feed confirmed lately that every revocation committed before the confirmation is applied.</summary>
    public bool IsTrusted
    {
        get
        {
            var confirmedAt = Interlocked.Read(ref _confirmedAt);
            return confirmedAt != 0 && Stopwatch.GetElapsedTime(confirmedAt) <= TrustWindow;
        }
    }

    /// <summary>The token's cached status, when it may be served: known valid, not expired, and the feed current.</summary>
    public bool TryGet(string tokenId, out CachedTokenStatus status)
    {
        if (!Enabled || !_entries.TryGetValue(tokenId, out status!))
        {
            status = null!;
            return false;
        }

        if (status.ExpiresAt <= _clock.GetUtcNow())
        {
            _entries.TryRemove(KeyValuePair.Create(tokenId, status));
            return false;
        }

        if (IsTrusted)
            return true;
        _bypassed.Add(1);
        return false;
    }

    /// <summary>
    /// Keeps a valid status read from the database while <paramref name="generationBeforeRead"/> was current; a read
    /// that overlapped an eviction may have seen the row before the revocation committed, so it is not kept.
    /// </summary>
    public void Remember(string tokenId, CachedTokenStatus status, long generationBeforeRead)
    {
        if (!Enabled || status.ExpiresAt <= _clock.GetUtcNow())
            return;
        if (_entries.Count >= _capacity)
        {
            RemoveExpired();
            if (_entries.Count >= _capacity)
                return;
        }

        _entries[tokenId] = status;
        // An eviction between the read and now: the status may predate it.
        if (Generation != generationBeforeRead)
            _entries.TryRemove(KeyValuePair.Create(tokenId, status));
    }

    public void EvictToken(string tokenId)
    {
        Interlocked.Increment(ref _generation);
        _entries.TryRemove(tokenId, out _);
    }

    public void EvictAuthorization(string authorizationId)
    {
        Interlocked.Increment(ref _generation);
        foreach (var entry in _entries)
        {
            if (string.Equals(entry.Value.AuthorizationId, authorizationId, StringComparison.Ordinal))
                _entries.TryRemove(entry);
        }
    }

    /// <summary>Forgets every status: after a bulk revocation whose tokens are not named, or a feed that lost track.</summary>
    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    /// <summary>
    /// The feed has applied every revocation committed before <paramref name="readStartedAt"/>, a
    /// <see cref="Stopwatch.GetTimestamp"/> taken before its read.
    /// </summary>
    public void Confirm(long readStartedAt)
    {
        var current = Interlocked.Read(ref _confirmedAt);
        while (readStartedAt > current)
        {
            var seen = Interlocked.CompareExchange(ref _confirmedAt, readStartedAt, current);
            if (seen == current)
                return;
            current = seen;
        }
    }

    /// <summary>The feed can no longer vouch for anything: every call reads the database until it confirms again.</summary>
    public void Distrust() => Interlocked.Exchange(ref _confirmedAt, 0);

    private void RemoveExpired()
    {
        var now = _clock.GetUtcNow();
        foreach (var entry in _entries)
        {
            if (entry.Value.ExpiresAt <= now)
                _entries.TryRemove(entry);
        }
    }
}

/// <summary>A valid access token's authorization (for evicting it with its authorization) and its expiry.</summary>
internal sealed record CachedTokenStatus(string? AuthorizationId, DateTimeOffset ExpiresAt);
