using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Databases;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GovServices.Permits.Tests.Issuing;

/// <summary>Production keys from PEM files (docs/adr/0016): the file key signs, retired files keep verifying, bad files stop the host.</summary>
internal sealed class PermitKeyFileTests
{
    private readonly List<string> _files = [];

    [TearDown]
    public void RemoveKeyFiles()
    {
        foreach (var file in _files)
            File.Delete(file);
    }

    [Test]
    public async Task A_configured_key_file_signs_and_after_moving_it_to_the_retired_files_its_permits_still_verify()
    {
        using var fileKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var privatePem = WriteFile(fileKey.ExportPkcs8PrivateKeyPem());
        var publicPem = WriteFile(fileKey.ExportSubjectPublicKeyInfoPem());
        var fileKeyId = Base64UrlEncoder.Encode(JsonWebKeyConverter.ConvertFromECDsaSecurityKey(new ECDsaSecurityKey(fileKey)).ComputeJwkThumbprint());

        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var settings = database.ToConfiguration();
        string token;
        List<string> keysWithFile;
        await using (var first = new GovServicesWebApplicationFactory(With(settings, "Permits:Issuing:SigningKeyFile", privatePem)))
        {
            first.CreateClient().Dispose();
            token = (await IssuingHost.IssueAsync(first.Services, IssuingHost.Pbg())).Token;
            keysWithFile = await KeyIdsAsync(first);
        }

        // The same database, the file key retired by configuration: a database key takes over.
        await using var second = new GovServicesWebApplicationFactory(With(settings, "Permits:Issuing:RetiredKeyFiles:0", publicPem));
        using var client = second.CreateClient();
        var keysAfter = await KeyIdsAsync(second);
        var signedAfter = (await IssuingHost.IssueAsync(second.Services, IssuingHost.Pbg())).Token;
        var verification = await client.GetFromJsonAsync<JsonObject>(new Uri("/api/v1/permits/verify/" + token, UriKind.Relative));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(new JsonWebToken(token).Kid, Is.EqualTo(fileKeyId));
            Assert.That(keysWithFile, Is.EqualTo(new[] { fileKeyId }), "only the file key: no database key is made while a file signs");
            Assert.That(keysAfter, Has.Count.EqualTo(2).And.Contains(fileKeyId));
            Assert.That(new JsonWebToken(signedAfter).Kid, Is.Not.EqualTo(fileKeyId));
            Assert.That(verification!["status"]!.GetValue<string>(), Is.EqualTo("valid"));
        }
    }

    [Test]
    public async Task A_key_file_that_is_not_p256_stops_the_host_at_start_up()
    {
        using var wrongCurve = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        var path = WriteFile(wrongCurve.ExportPkcs8PrivateKeyPem());
        await using var host = new GovServicesWebApplicationFactory(new Dictionary<string, string?> { ["Permits:Issuing:SigningKeyFile"] = path });

        Assert.That(() => host.CreateClient(), Throws.InvalidOperationException.With.Message.Contains("P-256"));
    }

    private static Dictionary<string, string?> With(IReadOnlyDictionary<string, string?> settings, string key, string value) =>
        new(settings) { [key] = value };

    private static async Task<List<string>> KeyIdsAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host)
    {
        using var client = host.CreateClient();
        var keys = new JsonWebKeySet(await client.GetStringAsync(new Uri("/api/v1/permits/keys", UriKind.Relative)));
        return [.. keys.Keys.Select(key => key.Kid)];
    }

    private string WriteFile(string pem)
    {
        var path = Path.Combine(Path.GetTempPath(), $"permit-key-{Guid.NewGuid():N}.pem");
        File.WriteAllText(path, pem);
        _files.Add(path);
        return path;
    }
}
