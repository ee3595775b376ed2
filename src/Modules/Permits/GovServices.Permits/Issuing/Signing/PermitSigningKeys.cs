namespace GovServices.Permits.Issuing.Signing;

/// <summary>
/// This instance's copy of the permit key set, read again after <see cref="PermitIssuingOptions.KeyCacheDuration"/>
/// so that a key rotated in by another instance is picked up; an unknown key id triggers an early read, at most
/// every <see cref="MinimumReloadInterval"/>, so that garbage tokens cannot hammer the database.
/// </summary>
internal sealed class PermitSigningKeys(PermitSigningKeyStore store, PermitIssuingOptions options, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan MinimumReloadInterval = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private PermitKeySet? _current;

    public async Task<PermitKeySet> CurrentAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is not null && clock.GetUtcNow() - current.LoadedAt < options.KeyCacheDuration)
            return current;
        return await ReloadAsync(current, cancellationToken);
    }

    /// <summary>The key that signs new permits; throws when none is usable, so that the caller's transaction rolls back.</summary>
    public async Task<PermitSigningKey> SigningKeyAsync(CancellationToken cancellationToken) =>
        (await CurrentAsync(cancellationToken)).Active
        ?? throw new InvalidOperationException("No usable permit signing key: see the log of the permit key set (docs/adr/0016).");

    /// <summary>The key with this id, if it is one of ours.</summary>
    public async Task<PermitSigningKey?> FindAsync(string? keyId, CancellationToken cancellationToken)
    {
        var current = await CurrentAsync(cancellationToken);
        var key = current.Find(keyId);
        if (key is not null || string.IsNullOrEmpty(keyId) || clock.GetUtcNow() - current.LoadedAt < MinimumReloadInterval)
            return key;
        return (await ReloadAsync(current, cancellationToken)).Find(keyId);
    }

    /// <summary>Reads the key set again, unless another caller did since <paramref name="seen"/> was read.</summary>
    public async Task<PermitKeySet> ReloadAsync(PermitKeySet? seen, CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_current is not null && !ReferenceEquals(_current, seen))
                return _current;
            _current = await store.LoadAsync(cancellationToken);
            return _current;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose() => _loading.Dispose();
}
