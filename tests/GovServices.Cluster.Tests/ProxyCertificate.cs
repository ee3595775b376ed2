using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace GovServices.Cluster.Tests;

/// <summary>
/// The load balancer's TLS certificate, self-signed for 127.0.0.1 and made for each run: written as the one PEM file
/// (certificate, then private key) HAProxy reads, and pinned by the test's clients, which trust exactly this one.
/// </summary>
internal sealed class ProxyCertificate : IDisposable
{
    private readonly X509Certificate2 _certificate;
    private readonly byte[] _hash;

    private ProxyCertificate(X509Certificate2 certificate, string pem)
    {
        _certificate = certificate;
        _hash = certificate.GetCertHash(HashAlgorithmName.SHA256);
        Pem = pem;
    }

    public string Pem { get; }

    public static ProxyCertificate Create()
    {
        // P-256: generated in milliseconds, where an RSA key takes seconds on these machines.
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return new ProxyCertificate(certificate, certificate.ExportCertificatePem() + "\n" + key.ExportPkcs8PrivateKeyPem() + "\n");
    }

    /// <summary>Accepts the server's certificate only when it is this one.</summary>
    public bool Validate(X509Certificate? presented, SslPolicyErrors errors)
    {
        _ = errors; // self-signed: the chain is untrusted by design; the pin is the check.
        return presented is not null && presented.GetCertHash(HashAlgorithmName.SHA256).AsSpan().SequenceEqual(_hash);
    }

    public void Dispose() => _certificate.Dispose();
}
