using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace GovServices.Permits.Issuing.Signing;

/// <summary>Key ids and the one curve the permit keys use.</summary>
internal static class KeyIds
{
    public const string Algorithm = SecurityAlgorithms.EcdsaSha256;

    /// <summary>The RFC 7638 JWK thumbprint (SHA-256, base64url) of the key's public part.</summary>
    public static string Thumbprint(ECDsa key) =>
        Base64UrlEncoder.Encode(JsonWebKeyConverter.ConvertFromECDsaSecurityKey(new ECDsaSecurityKey(key)).ComputeJwkThumbprint());

    /// <summary>True for a key on P-256, the curve ES256 requires.</summary>
    public static bool IsP256(ECDsa key) =>
        key.ExportParameters(includePrivateParameters: false).Curve.Oid.Value == ECCurve.NamedCurves.nistP256.Oid.Value;

    /// <summary>A key the key set can hold: its public part, and its private part when it signs.</summary>
    public static PermitSigningKey ToSigningKey(ECDsa key, bool signs)
    {
        var publicKey = ECDsa.Create(key.ExportParameters(includePrivateParameters: false));
        var keyId = Thumbprint(publicKey);
        return new PermitSigningKey(
            keyId,
            new ECDsaSecurityKey(publicKey) { KeyId = keyId },
            signs ? new ECDsaSecurityKey(key) { KeyId = keyId } : null);
    }
}
