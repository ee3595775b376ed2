namespace GovServices.Deployment.Tests;

/// <summary>The reading of README.md's configuration table that the compose and Dockerfile checks rely on.</summary>
public sealed class HostConfigurationKeysTests
{
    private static readonly HostConfigurationKeys Keys = HostConfigurationKeys.FromReadme();

    [TestCase("Database__Provider")]
    [TestCase("ConnectionStrings__GovServices")]
    [TestCase("Identity:SigningCertificatePath")]
    [TestCase("Identity__EncryptionCertificatePassword")]
    [TestCase("Identity__Issuer")]
    [TestCase("Http__KnownProxies__0")]
    [TestCase("Http__KnownNetworks__1")]
    [TestCase("Telemetry__OtlpEndpoint")]
    [TestCase("Outbox__MaxRetryDelay")]
    [TestCase("RateLimits__PublicRequestsPerMinute")]
    [TestCase("Complaints__CityBounds__MaxLongitude")]
    [TestCase("Complaints__DeadlinePollInterval")]
    [TestCase("Permits__Issuing__PublicBaseUrl")]
    [TestCase("Permits__Issuing__RetiredKeyFiles__0")]
    [TestCase("Permits__Issuing__KeyCacheDuration")]
    [TestCase("Payments__Channels__bank-bpd__SigningKey")]
    [TestCase("Payments__Channels__bank-bpd__TimeZone")]
    [TestCase("Payments__SignatureTolerance")]
    [TestCase("payments__institutionprefix")]
    public void A_key_of_the_table_is_known(string key)
    {
        Assert.That(Keys.Knows(key), Is.True, string.Join("\n", Keys.Patterns));
    }

    [TestCase("Identity__Isuser")]
    [TestCase("Identity__SigningCertificatePasword")]
    [TestCase("Identity__SigningCertificate")]
    [TestCase("Database")]
    [TestCase("Database__Provider__Name")]
    [TestCase("Payments__Channels__SigningKey")]
    [TestCase("Payments__Channels__bank-bpd__SigningKye")]
    [TestCase("Permits__Issuing__Signingkeyfiles")]
    [TestCase("Http__KnownProxy__0")]
    public void A_misspelt_or_invented_key_is_not(string key)
    {
        Assert.That(Keys.Knows(key), Is.False);
    }

    [Test]
    public void Abbreviations_expand_to_the_keys_they_stand_for()
    {
        const string readme = """
            ## Configuration

            | key | default | meaning |
            |---|---|---|
            | `A:OnePath`, `A:TwoPath` (+ `…Secret`) | — | x, with `A:Other` beside |
            | `B:C:First`, `Second`, `…:Third:N` | — | y |
            | `D:E:MinX` … `MaxY` | — | z |

            ## Next
            | `Z:NotConfiguration` | | |
            """;

        var keys = HostConfigurationKeys.Parse(readme, []);

        Assert.That(keys.Patterns, Is.EquivalentTo(new[]
        {
            "A:OnePath", "A:TwoPath", "A:OneSecret", "A:TwoSecret", "A:Other",
            "B:C:First", "B:C:Second", "B:C:Third:N",
            "D:E:MinX", "D:E:*", "D:E:MaxY",
        }));
    }
}
