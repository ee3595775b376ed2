using Microsoft.AspNetCore.DataProtection;

namespace GovServices.Payments.Channel;

/// <summary>
/// Protects the channels' signing keys at rest with the host's Data Protection key ring, which every instance reads
/// from the database (docs/adr/0020). The purpose string isolates these payloads from cookies and other protectors.
/// </summary>
internal sealed class ChannelKeyProtection(IDataProtectionProvider dataProtection)
{
    private const string Purpose = "GovServices.Payments.ChannelSigningKeys.v1";

    private readonly IDataProtector _protector = dataProtection.CreateProtector(Purpose);

    public string Protect(string signingKey) => _protector.Protect(signingKey);

    /// <summary>The key of a stored row; throws <see cref="System.Security.Cryptography.CryptographicException"/> when the key ring cannot open it.</summary>
    public string Reveal(ChannelKeyRow row) =>
        row.KeyProtection == ChannelKeySql.DataProtection ? _protector.Unprotect(row.SigningKey) : row.SigningKey;
}
