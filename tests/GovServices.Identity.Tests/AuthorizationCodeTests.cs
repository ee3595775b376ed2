using System.Net;
using System.Net.Http.Json;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;
using Microsoft.IdentityModel.JsonWebTokens;

namespace GovServices.Identity.Tests;

/// <summary>People sign in through the login form; front-ends get tokens with the authorization code flow and PKCE.</summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class AuthorizationCodeTests(DatabaseProvider provider) : IdentityHostFixture(provider)
{
    private static readonly Uri Me = new("/api/v1/identity/me", UriKind.Relative);
    private static readonly string[] CitizenScopes = ["openid", "profile", "offline_access", "complaints.submit", "permits.apply"];

    private sealed record Caller(string? ClientId, string? Subject, string? Name, string[] Roles, string? Opd, string[] Scopes);

    [Test]
    public async Task A_citizen_signs_in_through_the_login_form_and_gets_tokens_for_the_app()
    {
        var token = await OAuth.AuthorizationCodeAsync("citizen", CitizenScopes);

        using var api = OAuth.CreateApiClient(token.AccessToken);
        var caller = await api.GetFromJsonAsync<Caller>(Me);
        var access = new JsonWebToken(token.AccessToken);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(token.RefreshToken, Is.Not.Null);
            Assert.That(token.IdToken, Is.Not.Null);
            Assert.That(caller!.ClientId, Is.EqualTo(OAuthTestClient.SpaClientId));
            Assert.That(caller.Roles, Is.EqualTo(new[] { "citizen" }));
            Assert.That(caller.Name, Is.EqualTo("Siti Rahmawati"));
            Assert.That(caller.Scopes, Is.SupersetOf(new[] { "complaints.submit", "permits.apply" }));
            Assert.That(access.GetClaim("nik").Value, Is.EqualTo("6474014107900001"), "citizens carry their NIK");
        }
    }

    [Test]
    public async Task A_person_gets_only_the_scopes_their_role_allows_whatever_the_app_asks()
    {
        var token = await OAuth.AuthorizationCodeAsync("citizen", ["openid", "complaints.submit", "complaints.manage", "identity.admin"]);

        var scopes = new JsonWebToken(token.AccessToken).GetClaim("scope").Value.Split(' ');

        Assert.That(scopes, Is.EquivalentTo(new[] { "openid", "complaints.submit" }));
    }

    [Test]
    public async Task An_officer_token_carries_the_department()
    {
        var token = await OAuth.AuthorizationCodeAsync("officer.dpmptsp", ["openid", "permits.review"]);

        using var api = OAuth.CreateApiClient(token.AccessToken);
        var caller = await api.GetFromJsonAsync<Caller>(Me);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(caller!.Roles, Is.EqualTo(new[] { "officer" }));
            Assert.That(caller.Opd, Is.EqualTo("DPMPTSP"));
            Assert.That(caller.Scopes, Does.Contain("permits.review"));
        }
    }

    [Test]
    public async Task A_code_exchanged_without_its_pkce_verifier_is_refused()
    {
        var pkce = Pkce.Create();
        using var browser = OAuth.CreateBrowser();
        var code = await OAuth.SignInForCodeAsync(browser, "citizen", OAuthTestClient.DemoPassword, pkce, CitizenScopes);

        using var response = await OAuth.ExchangeCodeAsync(code, verifier: null);

        Assert.That((await OAuthTestClient.ReadErrorAsync(response)).Error, Is.EqualTo("invalid_request").Or.EqualTo("invalid_grant"));
    }

    [Test]
    public async Task A_code_exchanged_with_the_wrong_pkce_verifier_is_refused()
    {
        var pkce = Pkce.Create();
        using var browser = OAuth.CreateBrowser();
        var code = await OAuth.SignInForCodeAsync(browser, "citizen", OAuthTestClient.DemoPassword, pkce, CitizenScopes);

        using var response = await OAuth.ExchangeCodeAsync(code, Pkce.Create().Verifier);

        Assert.That((await OAuthTestClient.ReadErrorAsync(response)).Error, Is.EqualTo("invalid_grant"));
    }

    [Test]
    public async Task A_code_works_once()
    {
        var pkce = Pkce.Create();
        using var browser = OAuth.CreateBrowser();
        var code = await OAuth.SignInForCodeAsync(browser, "citizen", OAuthTestClient.DemoPassword, pkce, CitizenScopes);

        using var first = await OAuth.ExchangeCodeAsync(code, pkce.Verifier);
        using var second = await OAuth.ExchangeCodeAsync(code, pkce.Verifier);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await OAuthTestClient.ReadErrorAsync(second)).Error, Is.EqualTo("invalid_grant"));
        }
    }

    [Test]
    public async Task A_client_not_allowed_the_authorization_code_grant_is_refused_even_with_a_real_code()
    {
        var pkce = Pkce.Create();
        using var browser = OAuth.CreateBrowser();
        var code = await OAuth.SignInForCodeAsync(browser, "citizen", OAuthTestClient.DemoPassword, pkce, CitizenScopes);

        using var response = await OAuth.PostTokenRequestAsync(
        [
            new("grant_type", "authorization_code"),
            new("client_id", "partner-app"),
            new("client_secret", "partner-app-secret"),
            new("code", code),
            new("redirect_uri", OAuthTestClient.SpaRedirectUri),
            new("code_verifier", pkce.Verifier),
        ]);

        Assert.That((await OAuthTestClient.ReadErrorAsync(response)).Error, Is.EqualTo("unauthorized_client"));
    }

    [Test]
    public async Task An_authorization_request_without_pkce_is_refused()
    {
        using var browser = OAuth.CreateBrowser();
        var withoutPkce = OAuthTestClient.AuthorizeUri(Pkce.Create(), CitizenScopes).ToString().Split("&code_challenge=")[0];

        using var response = await browser.GetAsync(new Uri(withoutPkce, UriKind.Relative));

        Assert.That(response.Headers.Location?.Query ?? await response.Content.ReadAsStringAsync(), Does.Contain("code_challenge"));
    }

    [Test]
    public async Task The_plain_pkce_method_is_refused()
    {
        using var browser = OAuth.CreateBrowser();
        var plain = OAuthTestClient.AuthorizeUri(Pkce.Create(), CitizenScopes).ToString().Replace("code_challenge_method=S256", "code_challenge_method=plain", StringComparison.Ordinal);

        using var response = await browser.GetAsync(new Uri(plain, UriKind.Relative));

        Assert.That(response.Headers.Location?.Query ?? await response.Content.ReadAsStringAsync(), Does.Contain("error=invalid_request").Or.Contain("invalid_request"));
    }

    [Test]
    public async Task An_unregistered_redirect_uri_gets_an_error_and_no_redirect()
    {
        using var browser = OAuth.CreateBrowser();

        using var response = await browser.GetAsync(OAuthTestClient.AuthorizeUri(Pkce.Create(), CitizenScopes, redirectUri: "https://evil.example/callback"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Headers.Location, Is.Null);
        }
    }

    [Test]
    public async Task A_refresh_token_gives_new_tokens_once_and_its_reuse_is_refused()
    {
        var token = await OAuth.AuthorizationCodeAsync("citizen", CitizenScopes);

        using var refreshed = await OAuth.RefreshAsync(token.RefreshToken!);
        var rotated = await OAuthTestClient.ReadTokenAsync(refreshed);
        using var reused = await OAuth.RefreshAsync(token.RefreshToken!);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rotated.RefreshToken, Is.Not.Null.And.Not.EqualTo(token.RefreshToken), "refresh tokens rotate");
            Assert.That((await OAuthTestClient.ReadErrorAsync(reused)).Error, Is.EqualTo("invalid_grant"));
        }
    }

    [Test]
    public async Task Userinfo_describes_the_signed_in_person()
    {
        var token = await OAuth.AuthorizationCodeAsync("officer.dlh", ["openid", "profile"]);
        using var api = OAuth.CreateApiClient(token.AccessToken);

        var userInfo = await api.GetFromJsonAsync<Dictionary<string, object>>(new Uri("/connect/userinfo", UriKind.Relative));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(userInfo!["name"].ToString(), Is.EqualTo("Dewi Lestari"));
            Assert.That(userInfo["opd"].ToString(), Is.EqualTo("DLH"));
        }
    }

    [Test]
    public async Task Logging_out_ends_the_session_and_returns_to_the_registered_page()
    {
        var pkce = Pkce.Create();
        using var browser = OAuth.CreateBrowser();
        await OAuth.SignInForCodeAsync(browser, "citizen", OAuthTestClient.DemoPassword, pkce, CitizenScopes);

        using var logout = await browser.GetAsync(new Uri(
            "/connect/logout?client_id=demo-spa&post_logout_redirect_uri=" + Uri.EscapeDataString("http://127.0.0.1:5173/"), UriKind.Relative));
        using var again = await browser.GetAsync(OAuthTestClient.AuthorizeUri(Pkce.Create(), CitizenScopes));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(logout.Headers.Location?.ToString(), Does.StartWith("http://127.0.0.1:5173/"));
            Assert.That(again.Headers.Location?.ToString(), Does.Contain("/account/login"), "signed out: authorize asks to sign in again");
        }
    }
}
