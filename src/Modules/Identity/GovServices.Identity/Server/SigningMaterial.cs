using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Identity.Server;

/// <summary>
/// Where the keys that sign tokens (and encrypt codes and refresh tokens) come from. Development uses
/// OpenIddict's development certificates (made once per machine and kept in the user's certificate store); every
/// other environment, tests included, the certificates named in configuration — without them the host refuses
/// to start. (Ephemeral keys would be simpler for tests, but generating RSA keys costs seconds per host here.)
/// </summary>
internal static class SigningMaterial
{
    public static void Add(OpenIddictServerBuilder server, IHostEnvironment environment, GovIdentityOptions options)
    {
        if (environment.IsDevelopment())
        {
            server.AddDevelopmentSigningCertificate().AddDevelopmentEncryptionCertificate();
            return;
        }

        server.AddSigningCertificate(Load(options.SigningCertificatePath, options.SigningCertificatePassword, "Signing"));
        server.AddEncryptionCertificate(Load(options.EncryptionCertificatePath, options.EncryptionCertificatePassword, "Encryption"));
    }

    private static X509Certificate2 Load(string? path, string? password, string purpose)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InvalidOperationException(
                $"Identity:{purpose}CertificatePath is not set. Outside Development the token server needs a {purpose.ToLowerInvariant()} " +
                $"certificate (a PKCS#12 file with its private key): set Identity:{purpose}CertificatePath and Identity:{purpose}CertificatePassword.");
        }

        if (!File.Exists(path))
            throw new InvalidOperationException($"Identity:{purpose}CertificatePath points at '{path}', which does not exist.");

        return X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
    }
}
