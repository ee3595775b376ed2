using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace GovServices.Bench;

/// <summary>
/// Self-signed signing and encryption certificates: the bench host runs outside Development, where the token server
/// refuses to start without them, as in production.
/// </summary>
internal static class BenchCertificates
{
    public const string Password = "bench-only";

    public static void Write(string directory)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, "signing.pfx"), Create("signing", X509KeyUsageFlags.DigitalSignature));
        File.WriteAllBytes(Path.Combine(directory, "encryption.pfx"), Create("encryption", X509KeyUsageFlags.KeyEncipherment));
        File.WriteAllBytes(Path.Combine(directory, "key-ring.pfx"), Create("key ring", X509KeyUsageFlags.KeyEncipherment));
    }

    private static byte[] Create(string purpose, X509KeyUsageFlags usage)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN=GovServices bench {purpose}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return certificate.Export(X509ContentType.Pkcs12, Password);
    }
}
