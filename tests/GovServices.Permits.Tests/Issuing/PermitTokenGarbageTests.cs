using System.Security.Cryptography;
using System.Text;
using GovServices.Permits.Issuing.Signing;
using Microsoft.IdentityModel.Tokens;

namespace GovServices.Permits.Tests.Issuing;

/// <summary>Whatever arrives in a verification URL, reading and checking it answers "not a permit" and never throws.</summary>
internal sealed class PermitTokenGarbageTests
{
    private const string Issuer = "urn:govservices:kota-bontang:permits";

    private static readonly string[] Headers =
    [
        "{}", "[]", "\"x\"", "null", "42", "{\"kid\":5}", "{\"kid\":null}", "{\"kid\":{}}", "{\"alg\":\"none\"}",
        "{\"alg\":\"HS256\",\"kid\":\"k\"}", "{\"alg\":\"ES256\",\"typ\":\"permit+jwt\",\"kid\":\"k\"}", "{\"alg\":\"ES256\",\"crit\":[\"x\"]}",
        "{\"alg\":\"RSA-OAEP\",\"enc\":\"A256GCM\"}", "{", "\u0000", "{\"kid\":\"" + new string('k', 1500) + "\"}",
    ];

    private static readonly string[] Payloads = ["{}", "[]", "{\"jti\":5}", "{\"jti\":\"not-a-guid\",\"exp\":\"soon\"}", "{\"iss\":[1,2]}", "{", "x"];

    [Test]
    public async Task Crafted_headers_and_payloads_are_refused_without_an_exception()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var key = KeyIds.ToSigningKey(ecdsa, signs: false);
        var tokens = from header in Headers
                     from payload in Payloads
                     from signature in new[] { "", "AAAA", "!!", Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(64)) }
                     select $"{Base64UrlEncoder.Encode(header)}.{Base64UrlEncoder.Encode(payload)}.{signature}";

        foreach (var token in tokens)
        {
            Assert.DoesNotThrow(() => PermitToken.ReadKeyId(token), token);
            Assert.That(await PermitToken.ValidateAsync(token, key, Issuer), Is.Null, token);
        }
    }

    [TestCase("permit+jwt", Issuer, true)]
    [TestCase("JWT", Issuer, false)]
    [TestCase("at+jwt", Issuer, false)]
    [TestCase("permit+jwt", "https://elsewhere.example", false)]
    public async Task Only_our_type_and_issuer_pass_even_with_our_key(string type, string issuer, bool accepted)
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var key = KeyIds.ToSigningKey(ecdsa, signs: true);
        var token = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            TokenType = type,
            Claims = new Dictionary<string, object> { ["jti"] = Guid.CreateVersion7().ToString() },
            SigningCredentials = new SigningCredentials(key.PrivateKey, KeyIds.Algorithm),
        });

        Assert.That(await PermitToken.ValidateAsync(token, key, Issuer) is not null, Is.EqualTo(accepted));
    }

    [Test]
    public async Task Random_text_is_refused_without_an_exception()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var key = KeyIds.ToSigningKey(ecdsa, signs: false);
        var random = new Random(20261201);
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/%{}\":, ";

        for (var attempt = 0; attempt < 2000; attempt++)
        {
            var text = new StringBuilder();
            for (var index = random.Next(0, 300); index > 0; index--)
                text.Append(alphabet[random.Next(alphabet.Length)]);
            var token = text.ToString();

            Assert.DoesNotThrow(() => PermitToken.ReadKeyId(token), token);
            Assert.That(await PermitToken.ValidateAsync(token, key, Issuer), Is.Null, token);
        }
    }
}
