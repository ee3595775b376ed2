using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing.Databases;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GovServices.Permits.Tests.Issuing;

/// <summary>Verifying permits offline with the JWKS, and through the public QR endpoint, on each database.</summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
internal sealed class PermitVerificationTests(DatabaseProvider provider)
{
    private const string DemoNik = "6474014107900001";

    private IssuingHost? _host;

    private IssuingHost Host => _host!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await IssuingHost.StartAsync(provider);

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
    }

    [Test]
    public async Task An_issued_permit_verifies_offline_with_a_plain_jwt_library_and_the_jwks_fetched_over_http()
    {
        var issued = await Host.IssueAsync(IssuingHost.Pbg());
        var verifier = await FetchVerifierAsync();

        var result = await verifier.ValidateAsync(issued.Token);
        var token = (JsonWebToken)result.SecurityToken;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsValid, Is.True, () => result.Exception?.Message ?? "");
            Assert.That(verifier.SignatureIsValid(issued.Token), Is.True, "plain ECDSA over the JWKS key");
            Assert.That(token.Alg, Is.EqualTo("ES256"));
            Assert.That(token.Typ, Is.EqualTo("permit+jwt"));
            Assert.That(verifier.Keys.Select(key => key.Kid), Does.Contain(token.Kid));
            Assert.That(token.Id, Is.EqualTo(issued.Id.ToString()));
            Assert.That(token.GetPayloadValue<string>("num"), Is.EqualTo(issued.Number));
            Assert.That(token.GetPayloadValue<string>("ptc"), Is.EqualTo("PBG"));
            Assert.That(token.GetPayloadValue<string>("opd"), Is.EqualTo("DPMPTSP"));
            Assert.That(token.GetPayloadValue<string>("hol"), Is.EqualTo("S*** R********"));
            Assert.That(token.GetPayloadValue<string>("nik"), Is.EqualTo("647401********01"));
            Assert.That(token.GetPayloadValue<string>("vf"), Is.EqualTo(issued.ValidFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(token.GetPayloadValue<string>("vu"), Is.EqualTo(issued.ValidUntil!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(issued.Token.Split('.')[1])), Does.Not.Contain(DemoNik), "no full NIK in the token");
            Assert.That(issued.Token, Has.Length.LessThan(600), "small enough for a QR code with the verification URL");
        }

        TestContext.Out.WriteLine($"Permit token: {issued.Token.Length} characters.");
    }

    [Test]
    public async Task The_qr_endpoint_answers_valid_with_minimal_masked_data_and_no_caching()
    {
        var issued = await Host.IssueAsync(IssuingHost.Pbg());

        using var response = await VerifyAsync(issued.Token);
        var body = await response.Content.ReadAsStringAsync();
        var verification = JsonNode.Parse(body)!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
            Assert.That(verification["status"]!.GetValue<string>(), Is.EqualTo("valid"));
            Assert.That(verification["number"]!.GetValue<string>(), Is.EqualTo(issued.Number));
            Assert.That(verification["permitTypeName"]!.GetValue<string>(), Is.EqualTo("Persetujuan Bangunan Gedung"));
            Assert.That(verification["holder"]!.GetValue<string>(), Is.EqualTo("S*** R********"));
            Assert.That(verification["holderNik"]!.GetValue<string>(), Is.EqualTo("647401********01"));
            Assert.That(verification["validUntil"]!.GetValue<string>(), Is.EqualTo(issued.ValidUntil!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(body, Does.Not.Contain(DemoNik).And.Not.Contain("Rahmawati"));
        }
    }

    [Test]
    public async Task A_tampered_token_is_invalid_offline_and_at_the_qr_endpoint()
    {
        var issued = await Host.IssueAsync(IssuingHost.Pbg());
        var verifier = await FetchVerifierAsync();
        var parts = issued.Token.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!;
        payload["vu"] = "2099-12-31";
        var longerValidity = $"{parts[0]}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.{parts[2]}";
        var flippedSignature = $"{parts[0]}.{parts[1]}.{Flip(parts[2])}";

        foreach (var tampered in new[] { longerValidity, flippedSignature })
        {
            using var response = await VerifyAsync(tampered);
            using (Assert.EnterMultipleScope())
            {
                Assert.That((await verifier.ValidateAsync(tampered)).IsValid, Is.False);
                Assert.That(await StatusOfAsync(response), Is.EqualTo("invalid"));
            }
        }
    }

    [Test]
    public async Task A_token_signed_with_a_foreign_key_is_invalid_even_when_it_names_our_key()
    {
        var issued = await Host.IssueAsync(IssuingHost.Pbg());
        var verifier = await FetchVerifierAsync();
        var genuine = new JsonWebToken(issued.Token);
        using var foreignKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var forged = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = OfflineVerifier.Issuer,
            TokenType = "permit+jwt",
            Claims = new Dictionary<string, object>
            {
                ["jti"] = genuine.Id,
                ["num"] = genuine.GetPayloadValue<string>("num"),
                ["ptc"] = "PBG",
                ["opd"] = "DPMPTSP",
                ["vu"] = "2099-12-31",
            },
            SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(foreignKey) { KeyId = genuine.Kid }, SecurityAlgorithms.EcdsaSha256),
        });

        using var response = await VerifyAsync(forged);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((await verifier.ValidateAsync(forged)).IsValid, Is.False);
            Assert.That(verifier.SignatureIsValid(forged), Is.False);
            Assert.That(await StatusOfAsync(response), Is.EqualTo("invalid"));
        }
    }

    [TestCase("x")]
    [TestCase("a.b.c")]
    [TestCase("...")]
    [TestCase("eyJhbGciOiJub25lIiwidHlwIjoicGVybWl0K2p3dCJ9.eyJqdGkiOiIwMTkzMDAwMC0wMDAwLTcwMDAtODAwMC0wMDAwMDAwMDAwMDAifQ.")]
    [TestCase("eyJhbGciOiJFUzI1NiIsImtpZCI6IiJ9.eyJ9.AAAA")]
    [TestCase("%F0%9F%92%A9.%C3%A9.%FF")]
    public async Task Garbage_is_invalid_never_an_error(string garbage)
    {
        using var response = await VerifyAsync(garbage);

        Assert.That(await StatusOfAsync(response), Is.EqualTo("invalid"));
    }

    [Test]
    public async Task An_overlong_token_is_invalid_without_being_parsed()
    {
        var issued = await Host.IssueAsync(IssuingHost.Pbg());

        using var response = await VerifyAsync(issued.Token + new string('A', 3000));

        Assert.That(await StatusOfAsync(response), Is.EqualTo("invalid"));
    }

    [Test]
    public async Task An_access_token_of_the_city_is_not_a_permit()
    {
        var accessToken = (await Host.OAuth.ClientCredentialsAsync("partner-app", "permits.apply")).AccessToken;

        using var response = await VerifyAsync(accessToken);

        Assert.That(await StatusOfAsync(response), Is.EqualTo("invalid"));
    }

    [Test]
    public async Task A_permit_whose_issuing_rolled_back_is_invalid_though_its_signature_is_genuine()
    {
        var rolledBack = await Host.IssueAsync(IssuingHost.Pbg(), commit: false);
        var verifier = await FetchVerifierAsync();

        using var response = await VerifyAsync(rolledBack.Token);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verifier.SignatureIsValid(rolledBack.Token), Is.True);
            Assert.That(await StatusOfAsync(response), Is.EqualTo("invalid"));
        }
    }

    [Test]
    public async Task A_second_instance_on_the_same_database_publishes_the_same_keys_and_verifies_the_first_ones_permits()
    {
        var issued = await Host.IssueAsync(IssuingHost.Pbg());
        await using var second = new Testing.GovServicesWebApplicationFactory(Host.DatabaseSettings);
        using var client = second.CreateClient();

        var secondKeys = new OfflineVerifier(await client.GetStringAsync(new Uri("/api/v1/permits/keys", UriKind.Relative)));
        using var response = await client.GetAsync(new Uri("/api/v1/permits/verify/" + issued.Token, UriKind.Relative));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(secondKeys.Keys.Select(key => key.Kid), Is.EquivalentTo((await FetchVerifierAsync()).Keys.Select(key => key.Kid)));
            Assert.That(await StatusOfAsync(response), Is.EqualTo("valid"));
        }
    }

    private async Task<OfflineVerifier> FetchVerifierAsync()
    {
        using var client = Host.Host.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/v1/permits/keys", UriKind.Relative));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/jwk-set+json"));
        return new OfflineVerifier(await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> VerifyAsync(string token)
    {
        using var client = Host.Host.CreateClient();
        return await client.GetAsync(new Uri("/api/v1/permits/verify/" + token, UriKind.Relative));
    }

    private static async Task<string> StatusOfAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var status = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["status"]!.GetValue<string>();
        response.Dispose();
        return status;
    }

    private static string Flip(string signature) =>
        (signature[0] == 'A' ? 'B' : 'A') + signature[1..];
}
