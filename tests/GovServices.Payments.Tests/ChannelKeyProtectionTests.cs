using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Payments.Contracts;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Payments.Tests;

/// <summary>
/// The channels' signing keys are kept protected with the host's Data Protection key ring (docs/adr/0020): what the
/// database holds is not the key, and every instance on the same database still verifies the bank's signatures.
/// </summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class ChannelKeyProtectionTests(DatabaseProvider provider)
{
    [Test]
    public async Task A_configured_signing_key_is_stored_protected_and_another_instance_without_it_verifies_the_bank()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var first = StartHost(database, configuredKey: BankChannel.DemoSigningKey);
        var stored = await StoredKeyAsync(first);
        using var firstAnswer = await InquireAsync(first);

        await using var second = StartHost(database, configuredKey: null);
        using var secondAnswer = await InquireAsync(second);
        using var wronglySigned = await InquireAsync(second, signingKey: stored.SigningKey);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(stored.KeyProtection, Is.EqualTo("data_protection"));
            Assert.That(stored.SigningKey, Does.Not.Contain(BankChannel.DemoSigningKey));
            Assert.That(await CodeOfAsync(firstAnswer), Is.EqualTo("2002400"));
            Assert.That(await CodeOfAsync(secondAnswer), Is.EqualTo("2002400"), "the second instance unprotects the first one's key");
            Assert.That(wronglySigned.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the stored value is not a key");
        }
    }

    [Test]
    public async Task A_signing_key_kept_in_clear_by_an_earlier_version_is_protected_at_start_up_and_still_verifies()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var earlier = StartHost(database, configuredKey: null))
        {
            // What migration 0003 leaves of a key written before it: the key in clear, key_protection 'none'.
            await using var connection = await earlier.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
            await connection.ExecuteAsync(
                "INSERT INTO payments.channel (client_id, signing_key, updated_at) VALUES (@client_id, @signing_key, @updated_at)",
                new { client_id = "bank-channel", signing_key = BankChannel.DemoSigningKey, updated_at = DateTimeOffset.UtcNow });
        }

        await using var restarted = StartHost(database, configuredKey: null);
        var stored = await StoredKeyAsync(restarted);
        using var answer = await InquireAsync(restarted);
        await using var another = StartHost(database, configuredKey: null);
        var storedAfterAnother = await StoredKeyAsync(another);
        using var anotherAnswer = await InquireAsync(another);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(stored.KeyProtection, Is.EqualTo("data_protection"));
            Assert.That(stored.SigningKey, Does.Not.Contain(BankChannel.DemoSigningKey));
            Assert.That(await CodeOfAsync(answer), Is.EqualTo("2002400"));
            Assert.That(storedAfterAnother.SigningKey, Is.EqualTo(stored.SigningKey), "a protected key is not protected twice");
            Assert.That(await CodeOfAsync(anotherAnswer), Is.EqualTo("2002400"));
        }
    }

    [Test]
    public async Task A_host_with_another_key_ring_certificate_cannot_read_the_stored_key_and_one_given_the_old_one_as_retired_can()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var first = StartHost(database, configuredKey: BankChannel.DemoSigningKey))
        {
            using var firstAnswer = await InquireAsync(first);
            Assert.That(await CodeOfAsync(firstAnswer), Is.EqualTo("2002400"));
        }

        var other = TestCertificates.KeyEncryptionCertificate("key-ring-other");
        await using (var wrong = StartHost(database, configuredKey: null, KeyRing(other)))
        {
            using var wrongAnswer = await InquireAsync(wrong);
            Assert.That(wrongAnswer.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the key ring, and so the channel key, is sealed with a certificate this host lacks");
        }

        var rotated = KeyRing(other);
        rotated["DataProtection:RetiredCertificatePath"] = TestCertificates.Settings["DataProtection:CertificatePath"];
        rotated["DataProtection:RetiredCertificatePassword"] = TestCertificates.Password;
        await using var rotatedHost = StartHost(database, configuredKey: null, rotated);
        using var rotatedAnswer = await InquireAsync(rotatedHost);

        Assert.That(await CodeOfAsync(rotatedAnswer), Is.EqualTo("2002400"), "the retired certificate still opens the keys it sealed");
    }

    private static Dictionary<string, string?> KeyRing(string certificatePath) => new()
    {
        ["DataProtection:CertificatePath"] = certificatePath,
        ["DataProtection:CertificatePassword"] = TestCertificates.Password,
    };

    private static GovServicesWebApplicationFactory StartHost(
        TestDatabase database, string? configuredKey, IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        var settings = new Dictionary<string, string?>(database.ToConfiguration().Concat(extraSettings ?? new Dictionary<string, string?>()))
        {
            ["Identity:SeedDemoData"] = "true",
        };
        if (configuredKey is not null)
            settings["Payments:Channels:bank-channel:SigningKey"] = configuredKey;
        var host = new GovServicesWebApplicationFactory(settings);
        host.CreateClient().Dispose();
        return host;
    }

    private static async Task<StoredKey> StoredKeyAsync(GovServicesWebApplicationFactory host)
    {
        await using var connection = await host.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        return await connection.QuerySingleAsync<StoredKey>(
            "SELECT signing_key AS SigningKey, key_protection AS KeyProtection FROM payments.channel WHERE client_id = @client_id",
            new { client_id = "bank-channel" });
    }

    private static async Task<HttpResponseMessage> InquireAsync(GovServicesWebApplicationFactory host, string signingKey = BankChannel.DemoSigningKey)
    {
        IssuedInvoice invoice;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var issued = await scope.ServiceProvider.GetRequiredService<IInvoiceIssuer>().IssueAsync(
                new InvoiceRequest("permits", "APP-" + Guid.NewGuid(), 125_000, "Retribusi PBG", "Siti Rahmawati"));
            invoice = issued.Value;
        }

        var oauth = new OAuthTestClient(host);
        var token = (await oauth.ClientCredentialsAsync("bank-channel", "payments.channel")).AccessToken;
        using var api = oauth.CreateApiClient(token);
        return await new BankChannel(api, token, signingKey).InquireAsync(invoice.PaymentCode);
    }

    private static async Task<string?> CodeOfAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())?["responseCode"]?.GetValue<string>();

    private sealed class StoredKey
    {
        public string SigningKey { get; init; } = "";

        public string KeyProtection { get; init; } = "";
    }
}
