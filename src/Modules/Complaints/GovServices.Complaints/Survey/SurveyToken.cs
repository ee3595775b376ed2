using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace GovServices.Complaints.Survey;

/// <summary>
/// The survey link's token: the survey's random <see cref="SurveyRow.TokenId"/> and its expiry, encrypted and signed
/// with the host's Data Protection key ring under a purpose of its own (ADR 0071), so it is good for nothing but
/// this survey's answer, names neither the complaint nor the reporter, and every instance reads it. No new secret:
/// the key ring is already shared through the database and encrypted at rest (ADR 0064). The expiry is checked on the
/// host's clock, not Data Protection's, so it agrees with the survey row's.
/// </summary>
internal sealed class SurveyToken(IDataProtectionProvider dataProtection)
{
    private const string Purpose = "GovServices.Complaints.Survey.v1";

    private readonly IDataProtector _protector = dataProtection.CreateProtector(Purpose);

    public string Create(Guid tokenId, DateTimeOffset expiresAt)
    {
        var payload = new byte[24];
        tokenId.TryWriteBytes(payload.AsSpan(0, 16));
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(16), expiresAt.ToUnixTimeSeconds());
        return Base64Url.EncodeToString(_protector.Protect(payload));
    }

    /// <summary>The token's survey and expiry; null for anything not made by <see cref="Create"/> with this key ring (altered, cut, another purpose's).</summary>
    public (Guid TokenId, DateTimeOffset ExpiresAt)? Read(string token)
    {
        if (token.Length is 0 or > 512 || !Base64Url.IsValid(token))
            return null;
        try
        {
            var payload = _protector.Unprotect(Base64Url.DecodeFromChars(token));
            if (payload.Length != 24)
                return null;
            return (new Guid(payload.AsSpan(0, 16)), DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(16))));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
