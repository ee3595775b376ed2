using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace GovServices.Testing;

/// <summary>
/// Self-signed PKCS#12 files for test hosts, which like production refuse to run without configured signing and
/// encryption certificates and a key-ring certificate. Generating an RSA key takes seconds on these machines, so the files are made once
/// per machine, in the temp folder, and reused by every test run.
/// </summary>
public static class TestCertificates
{
    public const string Password = "test-only";

    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "govservices-test-certificates-v1");

    private static readonly Lazy<(string Signing, string Encryption, string KeyRing)> Files = new(() => (
        Ensure("signing", X509KeyUsageFlags.DigitalSignature),
        Ensure("encryption", X509KeyUsageFlags.KeyEncipherment),
        KeyEncryptionCertificate("key-ring")));

    /// <summary>The configuration that points the host at the test certificates.</summary>
    public static IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Identity:SigningCertificatePath"] = Files.Value.Signing,
        ["Identity:SigningCertificatePassword"] = Password,
        ["Identity:EncryptionCertificatePath"] = Files.Value.Encryption,
        ["Identity:EncryptionCertificatePassword"] = Password,
        ["DataProtection:CertificatePath"] = Files.Value.KeyRing,
        ["DataProtection:CertificatePassword"] = Password,
    };

    /// <summary>A key-encryption certificate of its own for <paramref name="name"/> (password <see cref="Password"/>): another host's key ring.</summary>
    public static string KeyEncryptionCertificate(string name) => Ensure(name, X509KeyUsageFlags.KeyEncipherment);

    private static string Ensure(string purpose, X509KeyUsageFlags usage)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, purpose + ".pfx");
        if (File.Exists(path))
            return path;

        // Written aside and moved into place, so a concurrent test process never reads half a file.
        var partial = Path.Combine(Folder, $"{purpose}.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(partial, CreatePkcs12(purpose, usage));
        File.Move(partial, path, overwrite: true);
        return path;
    }

    private static byte[] CreatePkcs12(string purpose, X509KeyUsageFlags usage)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN=GovServices test {purpose}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(10));
        return certificate.Export(X509ContentType.Pkcs12, Password);
    }
}
