using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using GovServices.Testing;
using GovServices.Testing.Databases;

namespace GovServices.Deployment.Tests;

/// <summary>
/// HAProxy itself checks the compose topologies' proxy configuration (<c>haproxy -c</c>, Debian's package, which
/// .ci/run installs). Only the certificate directory is changed: to one holding a certificate made for the test.
/// </summary>
public sealed partial class ProxyConfigurationTests
{
    private const string ConfigurationPath = "deploy/compose/haproxy/haproxy.cfg";

    private string _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("govservices-haproxy-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public async Task HAProxy_accepts_the_configuration()
    {
        var haproxy = new[] { "/usr/sbin/haproxy", "/usr/local/sbin/haproxy" }.FirstOrDefault(File.Exists);
        if (haproxy is null)
        {
            const string reason = "haproxy is not installed (Debian's package haproxy; .ci/run installs it)";
            if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
                Assert.Fail($"{reason}: in CI the check must run.");
            Assert.Ignore(reason);
        }

        var configuration = Repository.Read(ConfigurationPath);
        var certificateNames = CertificateName().Matches(configuration).Select(match => match.Groups["name"].Value).ToList();
        Assert.That(CrtBase().Matches(configuration), Has.Count.EqualTo(1), "one crt-base line names the certificate directory");
        Assert.That(certificateNames, Is.Not.Empty, "a bind line names a certificate");
        foreach (var name in certificateNames)
            await File.WriteAllTextAsync(Path.Combine(_directory, name), SelfSignedPem());
        var testConfiguration = Path.Combine(_directory, "haproxy.cfg");
        await File.WriteAllTextAsync(testConfiguration, CrtBase().Replace(configuration, $"${{indent}}crt-base {_directory}"));

        var result = await ExternalProcess.RunAsync(haproxy!, ["-c", "-f", testConfiguration], _directory, TimeSpan.FromSeconds(30));

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Output);
        Assert.That(result.Output, Does.Contain("Configuration file is valid"));
        // Outside Docker the instances' names do not resolve; init-addr none lets HAProxy start and resolve later.
        var warnings = result.Output.Split('\n').Where(line => line.Contains("[WARNING]", StringComparison.Ordinal));
        Assert.That(warnings, Has.All.Match(@"could not resolve address 'host[12]'"), result.Output);
    }

    private static string SelfSignedPem()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=govservices.test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return certificate.ExportCertificatePem() + "\n" + key.ExportPkcs8PrivateKeyPem() + "\n";
    }

    [GeneratedRegex(@"^(?<indent>\s*)crt-base\s+\S+", RegexOptions.Multiline)]
    private static partial Regex CrtBase();

    [GeneratedRegex(@"\bcrt\s+(?<name>[^\s/]+)")]
    private static partial Regex CertificateName();
}
