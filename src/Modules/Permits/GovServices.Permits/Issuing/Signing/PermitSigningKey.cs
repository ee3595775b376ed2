using Microsoft.IdentityModel.Tokens;

namespace GovServices.Permits.Issuing.Signing;

/// <summary>
/// One P-256 key of the permit key set. <see cref="KeyId"/> is the key's RFC 7638 thumbprint, so every instance
/// names the same key the same way, wherever it came from.
/// </summary>
/// <param name="KeyId">The JWS <c>kid</c>.</param>
/// <param name="PublicKey">Verifies tokens; published in the JWKS.</param>
/// <param name="PrivateKey">Signs new tokens; only for the active key.</param>
internal sealed record PermitSigningKey(string KeyId, ECDsaSecurityKey PublicKey, ECDsaSecurityKey? PrivateKey);
