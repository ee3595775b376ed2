using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Hosting;

namespace GovServices.Identity.Server;

/// <summary>
/// Encrypts the Data Protection key ring in the identity schema with a certificate, so that a copy of the database
/// alone opens none of the secrets the ring protects (sessions, permit signing keys, bank channel keys, webhook
/// secrets). Outside Development the certificate is required and the host refuses to start without it; Development
/// keeps the ring in clear unless one is configured (docs/adr/0064).
/// </summary>
internal static class KeyRingProtection
{
    private const string Section = KeyRingProtectionOptions.SectionName;

    public static void Add(IDataProtectionBuilder dataProtection, IHostEnvironment environment, KeyRingProtectionOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            if (environment.IsDevelopment())
                return;

            throw new InvalidOperationException(
                $"{Section}:CertificatePath is not set. Outside Development the Data Protection key ring, which protects the bank " +
                "channel keys, the permit signing keys and the webhook secrets, must be encrypted at rest: set " +
                $"{Section}:CertificatePath and {Section}:CertificatePassword to a PKCS#12 file with an RSA key (docs/operations.md 4.3).");
        }

        var current = Load(options.CertificatePath, options.CertificatePassword, "CertificatePath");
        dataProtection.ProtectKeysWithCertificate(current);
        if (!string.IsNullOrWhiteSpace(options.RetiredCertificatePath))
            dataProtection.UnprotectKeysWithAnyCertificate(current, Load(options.RetiredCertificatePath, options.RetiredCertificatePassword, "RetiredCertificatePath"));
    }

    private static X509Certificate2 Load(string path, string? password, string key)
    {
        if (!File.Exists(path))
            throw new InvalidOperationException($"{Section}:{key} points at '{path}', which does not exist.");

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        return certificate.HasPrivateKey && certificate.GetRSAPrivateKey() is not null
            ? certificate
            : throw new InvalidOperationException($"{Section}:{key} ('{path}') has no RSA private key: the key ring could not be read back.");
    }
}
