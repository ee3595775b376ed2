using System.Globalization;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GovServices.Permits.Issuing.Signing;

/// <summary>
/// The compact JWS printed on a permit as a QR code: ES256, <c>kid</c> in the header, type <c>permit+jwt</c> (so it
/// can never pass for an access token), and only the permit's essential facts, the holder masked
/// (docs/permits-verification.md lists the claims).
/// </summary>
internal static class PermitToken
{
    public const string Type = "permit+jwt";

    /// <summary>Longer input is not a permit token; it is refused before any parsing.</summary>
    public const int MaxLength = 2048;

    public const string NumberClaim = "num";
    public const string PermitTypeClaim = "ptc";
    public const string OpdClaim = "opd";
    public const string HolderClaim = "hol";
    public const string HolderNikClaim = "nik";
    public const string ValidFromClaim = "vf";
    public const string ValidUntilClaim = "vu";

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public static string Sign(IssuedPermitRow permit, PermitSigningKey key, string issuer, TimeZoneInfo cityTimeZone)
    {
        var claims = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Jti] = permit.Id.ToString(),
            [NumberClaim] = permit.Number,
            [PermitTypeClaim] = permit.PermitTypeCode,
            [OpdClaim] = permit.OpdCode,
            [HolderClaim] = HolderMask.Name(permit.HolderName),
            [ValidFromClaim] = Date(permit.ValidFrom),
        };
        if (HolderMask.Nik(permit.HolderNik) is { } nik)
            claims[HolderNikClaim] = nik;
        if (permit.ValidUntil is { } validUntil)
            claims[ValidUntilClaim] = Date(validUntil);

        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            IssuedAt = permit.IssuedAt.UtcDateTime,
            // A plain JWT library then reports an expired permit as expired: the end of its last day in the city.
            Expires = permit.ValidUntil is { } until ? EndOfDay(until, cityTimeZone).UtcDateTime : null,
            Claims = claims,
            TokenType = Type,
            SigningCredentials = new SigningCredentials(key.PrivateKey ?? throw new InvalidOperationException($"Key {key.KeyId} does not sign."), KeyIds.Algorithm),
        });
    }

    /// <summary>
    /// Checks signature, algorithm, type and issuer, not the lifetime: an expired permit is still genuine and is
    /// answered as expired. Never throws for bad input.
    /// </summary>
    public static async Task<JsonWebToken?> ValidateAsync(string token, PermitSigningKey key, string issuer)
    {
        var result = await Handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = issuer,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
            RequireSignedTokens = true,
            ValidAlgorithms = [KeyIds.Algorithm],
            ValidTypes = [Type],
            IssuerSigningKey = key.PublicKey,
            TryAllIssuerSigningKeys = false,
        });
        return result.IsValid ? result.SecurityToken as JsonWebToken : null;
    }

    /// <summary>The header's key id, or null when the text is no compact JWS.</summary>
    public static string? ReadKeyId(string token)
    {
        if (token.Length is 0 or > MaxLength || token.Count(character => character == '.') != 2)
            return null;
        try
        {
            return new JsonWebToken(token).Kid;
        }
        catch (Exception exception) when (exception is ArgumentException or SecurityTokenMalformedException or FormatException)
        {
            return null;
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTimeOffset EndOfDay(DateOnly date, TimeZoneInfo timeZone)
    {
        var nextMidnight = date.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(nextMidnight, timeZone.GetUtcOffset(nextMidnight));
    }
}
