using System.Buffers.Text;
using System.Security.Cryptography;

namespace GovServices.Identity.Clients;

/// <summary>
/// Client secrets are made here, never chosen by people: 256 random bits, base64url (43 characters). OpenIddict
/// stores only a hash of them; the plain secret is in one response and nowhere else.
/// </summary>
internal static class ClientSecrets
{
    private const int SecretBytes = 32;

    public static string Generate() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));
}
