namespace GovServices.Permits.Issuing.Signing;

/// <summary>The keys as one instance last read them: the one that signs, and every one that still verifies.</summary>
/// <param name="Active">Signs new permits; null until a key has been provisioned.</param>
/// <param name="All">The active key and the retired ones, for verification and the JWKS.</param>
/// <param name="LoadedAt">When this copy was read.</param>
internal sealed record PermitKeySet(PermitSigningKey? Active, IReadOnlyList<PermitSigningKey> All, DateTimeOffset LoadedAt)
{
    public PermitSigningKey? Find(string? keyId) => All.FirstOrDefault(key => key.KeyId == keyId);
}
