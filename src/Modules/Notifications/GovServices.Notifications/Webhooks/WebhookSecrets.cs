using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace GovServices.Notifications.Webhooks;

/// <summary>
/// Signing secrets: <c>whsec_</c> and the base64 of 32 random bytes, as Standard Webhooks writes them. Stored protected
/// with the host's Data Protection key ring, which every instance reads from the database (as the bank channel's keys,
/// ADR 0020); the purpose string isolates them from every other protector. Shown only when created or rotated.
/// </summary>
internal sealed class WebhookSecrets(IDataProtectionProvider dataProtection)
{
    public const string Prefix = "whsec_";
    private const string Purpose = "GovServices.Notifications.WebhookSecrets.v1";

    private readonly IDataProtector _protector = dataProtection.CreateProtector(Purpose);

    public static string Generate() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public string Protect(string secret) => _protector.Protect(secret);

    public string Reveal(string protectedSecret) => _protector.Unprotect(protectedSecret);

    /// <summary>The HMAC key of a <c>whsec_…</c> secret: its base64 part, decoded.</summary>
    public static byte[] KeyOf(string secret) => Convert.FromBase64String(secret.StartsWith(Prefix, StringComparison.Ordinal) ? secret[Prefix.Length..] : secret);
}
