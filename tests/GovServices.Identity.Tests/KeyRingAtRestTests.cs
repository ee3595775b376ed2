using System.Xml.Linq;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Identity.Tests;

/// <summary>The Data Protection key ring is stored encrypted with the configured certificate (docs/adr/0064).</summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class KeyRingAtRestTests(DatabaseProvider provider)
{
    [Test]
    public async Task The_stored_key_ring_holds_no_master_key_in_clear_only_one_encrypted_to_the_certificate()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new GovServicesWebApplicationFactory(database.ToConfiguration());
        host.CreateClient().Dispose();

        await using var connection = await host.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        var stored = (await connection.QueryAsync<string>("SELECT \"Xml\" FROM identity.\"DataProtectionKeys\"")).ToList();

        Assert.That(stored, Is.Not.Empty);
        using (Assert.EnterMultipleScope())
        {
            foreach (var key in stored.Select(XElement.Parse))
            {
                // Data Protection puts the encrypted secret in its own XML namespace: elements are matched by local name.
                var descriptor = key.Element("descriptor")!.Element("descriptor")!;
                var encrypted = descriptor.Elements().SingleOrDefault(element => element.Name.LocalName == "encryptedSecret");
                Assert.That(descriptor.Descendants().Where(element => element.Name.LocalName == "masterKey"), Is.Empty, "no master key in clear");
                Assert.That(encrypted?.Attribute("decryptorType")?.Value, Does.Contain("EncryptedXmlDecryptor"));
                Assert.That(encrypted?.ToString(), Does.Contain("X509Certificate"), "encrypted to a certificate");
            }
        }
    }
}
