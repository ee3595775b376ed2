using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;

namespace GovServices.Identity.Tests;

/// <summary>Tokens the API must refuse, whatever they claim.</summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class TokenRejectionTests(DatabaseProvider provider) : IdentityHostFixture(provider)
{
    private static readonly Uri Me = new("/api/v1/identity/me", UriKind.Relative);

    // Two seconds: long enough to use once, short enough to wait out in a test.
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["Identity:AccessTokenLifetime"] = "00:00:02" };

    private async Task<HttpStatusCode> CallWithAsync(string accessToken)
    {
        using var api = OAuth.CreateApiClient(accessToken);
        using var response = await api.GetAsync(Me);
        return response.StatusCode;
    }

    private async Task<string> IntrospectAsync(string token)
    {
        using var client = Host.CreateClient();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "opd-system",
            ["client_secret"] = "opd-system-secret",
            ["token"] = token,
        });
        using var response = await client.PostAsync(new Uri("/connect/introspect", UriKind.Relative), content);
        return await response.Content.ReadAsStringAsync();
    }

    // The token's entry, by the id OpenIddict puts in every access token it stores.
    private static async Task<object> EntryOfAsync(IOpenIddictTokenManager tokens, string accessToken) =>
        await tokens.FindByIdAsync(new JsonWebToken(accessToken).GetClaim(OpenIddictConstants.Claims.Private.TokenId).Value)
        ?? throw new AssertionException("the access token has no entry");

    [Test]
    public async Task A_revoked_access_token_stops_working_at_the_api_and_at_introspection()
    {
        var token = await OAuth.ClientCredentialsAsync("partner-app", "complaints.read");
        var before = await CallWithAsync(token.AccessToken);
        var activeBefore = JsonNode.Parse(await IntrospectAsync(token.AccessToken))!["active"]!.GetValue<bool>();

        using (var client = Host.CreateClient())
        using (var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "partner-app",
            ["client_secret"] = "partner-app-secret",
            ["token"] = token.AccessToken,
        }))
        using (var revoked = await client.PostAsync(new Uri("/connect/revoke", UriKind.Relative), content))
        {
            Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var activeAfter = JsonNode.Parse(await IntrospectAsync(token.AccessToken))!["active"]!.GetValue<bool>();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(before, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(activeBefore, Is.True);
            Assert.That(await CallWithAsync(token.AccessToken), Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(activeAfter, Is.False);
        }
    }

    [Test]
    public async Task An_access_token_stops_working_at_the_api_when_its_authorization_is_revoked()
    {
        // A citizen's sign-in is one authorization: revoking it (a reused refresh token, a disabled account) must
        // stop the access tokens already handed out under it, not only the refresh token.
        var token = await OAuth.AuthorizationCodeAsync("citizen", "openid", "offline_access", "complaints.submit");
        var before = await CallWithAsync(token.AccessToken);

        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var tokens = scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>();
            var authorizations = scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>();
            var entry = await EntryOfAsync(tokens, token.AccessToken);
            var authorizationId = await tokens.GetAuthorizationIdAsync(entry) ?? throw new AssertionException("the access token has no authorization");
            var authorization = await authorizations.FindByIdAsync(authorizationId) ?? throw new AssertionException("no authorization " + authorizationId);
            Assert.That(await authorizations.TryRevokeAsync(authorization), Is.True);
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(before, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await CallWithAsync(token.AccessToken), Is.EqualTo(HttpStatusCode.Unauthorized));
        }
    }

    [Test]
    public async Task An_access_token_whose_entry_was_deleted_is_refused()
    {
        var token = await OAuth.ClientCredentialsAsync("partner-app", "complaints.read");
        var before = await CallWithAsync(token.AccessToken);

        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var tokens = scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>();
            await tokens.DeleteAsync(await EntryOfAsync(tokens, token.AccessToken));
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(before, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await CallWithAsync(token.AccessToken), Is.EqualTo(HttpStatusCode.Unauthorized));
        }
    }

    [Test]
    public async Task An_expired_access_token_is_refused()
    {
        var token = await OAuth.ClientCredentialsAsync("partner-app", "complaints.read");
        var fresh = await CallWithAsync(token.AccessToken);

        await Task.Delay(TimeSpan.FromSeconds(3));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(fresh, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await CallWithAsync(token.AccessToken), Is.EqualTo(HttpStatusCode.Unauthorized));
        }
    }

    [Test]
    public async Task A_token_signed_by_another_key_is_refused()
    {
        var genuine = new JsonWebToken((await OAuth.ClientCredentialsAsync("partner-app", "complaints.read")).AccessToken);
        using var otherKey = RSA.Create(2048);
        var forged = new JsonWebTokenHandler().CreateToken(
            Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(genuine.EncodedPayload)),
            new SigningCredentials(new RsaSecurityKey(otherKey) { KeyId = genuine.Kid }, SecurityAlgorithms.RsaSha256),
            new Dictionary<string, object> { ["typ"] = "at+jwt" });

        Assert.That(await CallWithAsync(forged), Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task An_unsigned_token_with_alg_none_is_refused()
    {
        var genuine = new JsonWebToken((await OAuth.ClientCredentialsAsync("partner-app", "complaints.read")).AccessToken);
        var header = Base64UrlEncoder.Encode(JsonSerializer.Serialize(new { alg = "none", typ = "at+jwt" }));
        var unsigned = $"{header}.{genuine.EncodedPayload}.";

        Assert.That(await CallWithAsync(unsigned), Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_token_whose_payload_was_edited_is_refused()
    {
        var genuine = new JsonWebToken((await OAuth.ClientCredentialsAsync("partner-app", "complaints.read")).AccessToken);
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(genuine.EncodedPayload))!;
        payload["scope"] = "identity.admin";
        var edited = $"{genuine.EncodedHeader}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.{genuine.EncodedSignature}";

        Assert.That(await CallWithAsync(edited), Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
