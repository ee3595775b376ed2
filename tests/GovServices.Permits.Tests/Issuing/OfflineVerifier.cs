using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GovServices.Permits.Tests.Issuing;

/// <summary>
/// A third party checking permits without calling the city: a plain JWT library and the JWKS it fetched once, as
/// docs/permits-verification.md describes.
/// </summary>
internal sealed class OfflineVerifier(string jwksJson)
{
    public const string Issuer = "urn:govservices:kota-bontang:permits";

    private readonly JsonWebKeySet _keys = new(jwksJson);

    public IReadOnlyList<JsonWebKey> Keys => [.. _keys.Keys];

    /// <param name="token">The token from the QR code.</param>
    /// <param name="checkLifetime">False to check only that the city signed it, not whether it has expired.</param>
    public async Task<TokenValidationResult> ValidateAsync(string token, bool checkLifetime = true) =>
        await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ClockSkew = TimeSpan.Zero,
            ValidIssuer = Issuer,
            ValidateAudience = false,
            ValidateLifetime = checkLifetime,
            RequireExpirationTime = false,
            ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
            ValidTypes = ["permit+jwt"],
            IssuerSigningKeys = _keys.GetSigningKeys(),
        });

    /// <summary>The same check with nothing but the platform's ECDSA: the JWS is plain enough for any language.</summary>
    public bool SignatureIsValid(string token)
    {
        var parts = token.Split('.');
        var header = System.Text.Json.JsonDocument.Parse(Base64UrlEncoder.Decode(parts[0])).RootElement;
        var kid = header.GetProperty("kid").GetString();
        var key = _keys.Keys.SingleOrDefault(candidate => candidate.Kid == kid);
        if (key is null || header.GetProperty("alg").GetString() != "ES256")
            return false;

        using var ecdsa = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = Base64UrlEncoder.DecodeBytes(key.X), Y = Base64UrlEncoder.DecodeBytes(key.Y) },
        });
        return ecdsa.VerifyData(
            Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]),
            Base64UrlEncoder.DecodeBytes(parts[2]),
            HashAlgorithmName.SHA256,
            DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }
}
