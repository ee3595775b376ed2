using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OpenIddict.Abstractions;

namespace GovServices.Identity.ApiKeys;

/// <summary>
/// A partner API key is <c>{client_id}.{secret}</c>: the client id finds the client without a search, the secret is 256
/// random bits (base64url). Only the key's SHA-256 is kept, in the client's properties; a fast hash is enough for a
/// random secret of that length, which no dictionary holds. One key per client: issuing a new one replaces the old.
/// </summary>
internal static class PartnerApiKey
{
    private const string PropertyName = "gov_api_key_sha256";
    private const int SecretBytes = 32;

    public static string Generate(string clientId) =>
        $"{clientId}.{Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes))}";

    /// <summary>The client id a key names; false for text that is not shaped like a key.</summary>
    public static bool TryReadClientId(string key, out string clientId)
    {
        var separator = key.LastIndexOf('.');
        clientId = separator > 0 ? key[..separator] : "";
        return separator > 0 && separator < key.Length - 1;
    }

    public static void Store(OpenIddictApplicationDescriptor descriptor, string key) =>
        descriptor.Properties[PropertyName] = JsonSerializer.SerializeToElement(Convert.ToHexStringLower(Hash(key)));

    public static bool HasKey(OpenIddictApplicationDescriptor descriptor) =>
        descriptor.Properties.ContainsKey(PropertyName);

    /// <summary>Compares in constant time, so the answer's timing says nothing about the stored hash.</summary>
    public static bool Matches(OpenIddictApplicationDescriptor descriptor, string key)
    {
        if (!descriptor.Properties.TryGetValue(PropertyName, out var stored) || stored.ValueKind != JsonValueKind.String)
            return false;

        var storedHash = Convert.FromHexString(stored.GetString()!);
        return CryptographicOperations.FixedTimeEquals(storedHash, Hash(key));
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
