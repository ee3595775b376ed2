using System.Security.Cryptography;
using System.Text;

namespace GovServices.Notifications.ProviderReceipts;

/// <summary>
/// The signature providers put on their callbacks: <c>sha256=</c> and the hex HMAC-SHA256 of the raw body with a shared
/// secret — WhatsApp's <c>X-Hub-Signature-256</c> (keyed by the app secret) and our SMS gateway's <c>X-Signature</c>.
/// Compared in constant time; no secret configured refuses everything.
/// </summary>
internal static class ProviderSignature
{
    public static bool IsValid(string? header, byte[] body, string? secret)
    {
        if (string.IsNullOrEmpty(secret) || header is null || !header.StartsWith("sha256=", StringComparison.OrdinalIgnoreCase))
            return false;
        byte[] given;
        try
        {
            given = Convert.FromHexString(header.AsSpan("sha256=".Length));
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
