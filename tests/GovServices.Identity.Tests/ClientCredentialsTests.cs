using System.Net;
using System.Net.Http.Json;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;
using Microsoft.IdentityModel.JsonWebTokens;

namespace GovServices.Identity.Tests;

[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class ClientCredentialsTests(DatabaseProvider provider) : IdentityHostFixture(provider)
{
    private static readonly Uri Me = new("/api/v1/identity/me", UriKind.Relative);

    private sealed record Caller(string? ClientId, string? Subject, string[] Roles, string[] Scopes);

    [Test]
    public async Task A_partner_app_gets_a_signed_jwt_access_token_with_the_scopes_it_asked_for()
    {
        var token = await OAuth.ClientCredentialsAsync("partner-app", "complaints.submit", "registry.verify");

        var jwt = new JsonWebToken(token.AccessToken);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(token.TokenType, Is.EqualTo("Bearer"));
            Assert.That(jwt.Typ, Is.EqualTo("at+jwt"));
            Assert.That(jwt.Alg, Is.EqualTo("RS256"));
            Assert.That(jwt.GetClaim("scope").Value.Split(' '), Is.EquivalentTo(new[] { "complaints.submit", "registry.verify" }));
            Assert.That(jwt.GetClaim("client_id").Value, Is.EqualTo("partner-app"));
            Assert.That(token.ExpiresIn, Is.InRange(60, 900), "access tokens live minutes");
            Assert.That(token.RefreshToken, Is.Null, "machines get no refresh token");
        }
    }

    [Test]
    public async Task The_token_opens_a_protected_endpoint_and_says_who_the_caller_is()
    {
        var token = await OAuth.ClientCredentialsAsync("opd-system", "complaints.manage");
        using var api = OAuth.CreateApiClient(token.AccessToken);

        var caller = await api.GetFromJsonAsync<Caller>(Me);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(caller!.ClientId, Is.EqualTo("opd-system"));
            Assert.That(caller.Scopes, Is.EqualTo(new[] { "complaints.manage" }));
            Assert.That(caller.Roles, Is.Empty);
        }
    }

    [Test]
    public async Task Without_a_token_a_protected_endpoint_is_a_401_problem()
    {
        using var client = Host.CreateClient();

        using var response = await client.GetAsync(Me);

        var problem = await response.ReadProblemAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.StartWith("Bearer"));
            Assert.That(problem.Status, Is.EqualTo(401));
        }
    }

    [TestCase("partner-app", "wrong-secret", "complaints.submit", "invalid_client", TestName = "A wrong secret is refused as invalid_client")]
    [TestCase("no-such-app", "no-such-app-secret", "complaints.submit", "invalid_client", TestName = "An unknown client is refused as invalid_client")]
    // OpenIddict answers a scope outside the client's permissions with invalid_request (ID2051), not invalid_scope.
    [TestCase("partner-app", "partner-app-secret", "identity.admin", "invalid_request", TestName = "A scope the client is not allowed is refused as invalid_request")]
    [TestCase("partner-app", "partner-app-secret", "no.such.scope", "invalid_scope", TestName = "An unknown scope is refused as invalid_scope")]
    public async Task Bad_client_credentials_requests_get_the_standard_oauth_error(string clientId, string secret, string scope, string error)
    {
        using var response = await OAuth.PostTokenRequestAsync(
        [
            new("grant_type", "client_credentials"),
            new("client_id", clientId),
            new("client_secret", secret),
            new("scope", scope),
        ]);

        var body = await OAuthTestClient.ReadErrorAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(400).Or.EqualTo(401));
            Assert.That(body.Error, Is.EqualTo(error));
        }
    }

    [Test]
    public async Task A_public_client_cannot_use_client_credentials_for_it_has_no_secret()
    {
        using var response = await OAuth.PostTokenRequestAsync(
        [
            new("grant_type", "client_credentials"),
            new("client_id", OAuthTestClient.SpaClientId),
            new("scope", "complaints.submit"),
        ]);

        var body = await OAuthTestClient.ReadErrorAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(body.Error, Is.EqualTo("invalid_request"));
            Assert.That(body.ErrorDescription, Does.Contain("client_secret"));
        }
    }

    [Test]
    public async Task A_grant_type_the_server_does_not_offer_is_unsupported()
    {
        using var response = await OAuth.PostTokenRequestAsync(
        [
            new("grant_type", "password"),
            new("client_id", "partner-app"),
            new("client_secret", "partner-app-secret"),
            new("username", "citizen"),
            new("password", OAuthTestClient.DemoPassword),
        ]);

        var body = await OAuthTestClient.ReadErrorAsync(response);
        Assert.That(body.Error, Is.EqualTo("unsupported_grant_type"));
    }
}
