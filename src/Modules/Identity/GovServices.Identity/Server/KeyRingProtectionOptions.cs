namespace GovServices.Identity.Server;

/// <summary>
/// Section <c>DataProtection</c>: the certificate that encrypts the Data Protection key ring at rest, and the one it
/// replaced, still needed to read the keys written before a rotation (docs/operations.md 4.3, docs/adr/0064).
/// </summary>
internal sealed class KeyRingProtectionOptions
{
    public const string SectionName = "DataProtection";

    /// <summary>PKCS#12 file with the key-encryption certificate; required outside Development.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>The previous certificate during a rotation: it decrypts older keys, and never encrypts new ones.</summary>
    public string? RetiredCertificatePath { get; set; }

    public string? RetiredCertificatePassword { get; set; }
}
