namespace GovServices.Permits.Issuing.Keys;

/// <summary>The public keys that sign permits, as a JSON Web Key Set (RFC 7517).</summary>
/// <param name="Keys">The active key and the retired keys that still verify earlier permits.</param>
internal sealed record PermitKeySetView(IReadOnlyList<PermitKeyView> Keys);

/// <summary>One public key (RFC 7518 section 6.2): an EC key on P-256 for ES256.</summary>
/// <param name="Kty">Always <c>EC</c>.</param>
/// <param name="Crv">Always <c>P-256</c>.</param>
/// <param name="X">The x coordinate, base64url.</param>
/// <param name="Y">The y coordinate, base64url.</param>
/// <param name="Kid">The key id, as in the permit token's header: the key's RFC 7638 thumbprint.</param>
/// <param name="Use">Always <c>sig</c>.</param>
/// <param name="Alg">Always <c>ES256</c>.</param>
internal sealed record PermitKeyView(string Kty, string Crv, string X, string Y, string Kid, string Use, string Alg);
