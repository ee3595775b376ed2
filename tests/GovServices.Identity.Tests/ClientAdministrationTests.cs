using System.Net;
using System.Net.Http.Json;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace GovServices.Identity.Tests;

/// <summary>Admins register, change, disable clients and rotate their secrets; what they do takes effect at the token endpoint and the API.</summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class ClientAdministrationTests(DatabaseProvider provider) : AccountsApiFixture(provider)
{
    private static readonly Uri Me = Api("/me");

    private static object MachineClient(string clientId, params string[] scopes) =>
        new { clientId, displayName = $"{clientId} (test)", kind = "machine", scopes };

    [Test]
    public async Task A_machine_client_registered_by_an_admin_gets_tokens_with_the_secret_it_was_given_once()
    {
        using var admin = await AdminAsync();
        using var response = await admin.PostAsJsonAsync(Api("/clients"), MachineClient("dishub-system", "complaints.manage", "payments.read"));
        var created = await response.Content.ReadFromJsonAsync<ClientCreatedDto>();

        var token = await OAuth.ClientCredentialsWithSecretAsync("dishub-system", created!.ClientSecret!, "complaints.manage");
        using var fetched = await admin.GetAsync(Api("/clients/dishub-system"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(response.Headers.Location?.ToString(), Is.EqualTo("/api/v1/identity/clients/dishub-system"));
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"1\""));
            Assert.That(response.Headers.CacheControl?.NoStore, Is.True, "the secret must not be cached");
            Assert.That(created.ClientSecret, Has.Length.EqualTo(43), "32 random bytes, base64url");
            Assert.That(created.Client.Kind, Is.EqualTo("Machine"));
            Assert.That(created.Client.Scopes, Is.EqualTo(new[] { "complaints.manage", "payments.read" }));
            Assert.That(new JsonWebToken(token.AccessToken).GetClaim("client_id").Value, Is.EqualTo("dishub-system"));
            Assert.That(await fetched.Content.ReadAsStringAsync(), Does.Not.Contain(created.ClientSecret!), "the secret is never shown again");
        }
    }

    [Test]
    public async Task A_client_gets_only_the_scopes_it_was_registered_with()
    {
        var created = await CreateClientAsync(MachineClient("narrow-app", "payments.read"));

        using var response = await OAuth.PostClientCredentialsAsync("narrow-app", created.ClientSecret!, "complaints.manage");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task A_public_client_can_be_sent_back_only_to_its_registered_redirect_uri()
    {
        await CreateClientAsync(new
        {
            clientId = "kiosk-app",
            displayName = "Service kiosk",
            kind = "public",
            scopes = new[] { "complaints.submit" },
            redirectUris = new[] { "https://kiosk.bontangkota.go.id/callback" },
            postLogoutRedirectUris = new[] { "https://kiosk.bontangkota.go.id/" },
        });
        using var browser = OAuth.CreateBrowser();
        var pkce = Pkce.Create();

        using var registered = await browser.GetAsync(OAuthTestClient.AuthorizeUri(pkce, ["openid"], clientId: "kiosk-app", redirectUri: "https://kiosk.bontangkota.go.id/callback"));
        using var other = await browser.GetAsync(OAuthTestClient.AuthorizeUri(pkce, ["openid"], clientId: "kiosk-app", redirectUri: "https://evil.example/callback"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(registered.Headers.Location?.AbsolutePath ?? registered.Headers.Location?.OriginalString, Does.Contain("/account/login"));
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "an unregistered redirect URI is refused, not followed");
            Assert.That(other.Headers.Location, Is.Null);
        }
    }

    [Test]
    public async Task Rotating_a_secret_retires_the_old_one_and_the_tokens_it_obtained()
    {
        var created = await CreateClientAsync(MachineClient("rotating-app", "payments.read"));
        var oldToken = await OAuth.ClientCredentialsWithSecretAsync("rotating-app", created.ClientSecret!, "payments.read");

        using var admin = await AdminAsync();
        using var response = await admin.PostAsync(Api("/clients/rotating-app/secret"), null);
        var rotated = await response.Content.ReadFromJsonAsync<ClientSecretRotatedDto>();

        using var withOldSecret = await OAuth.PostClientCredentialsAsync("rotating-app", created.ClientSecret!, "payments.read");
        var newToken = await OAuth.ClientCredentialsWithSecretAsync("rotating-app", rotated!.ClientSecret, "payments.read");
        using var withOldToken = OAuth.CreateApiClient(oldToken.AccessToken);
        using var oldTokenAnswer = await withOldToken.GetAsync(Me);
        using var withNewToken = OAuth.CreateApiClient(newToken.AccessToken);
        using var newTokenAnswer = await withNewToken.GetAsync(Me);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
            Assert.That(rotated.ClientSecret, Is.Not.EqualTo(created.ClientSecret).And.Length.EqualTo(43));
            Assert.That(rotated.Version, Is.EqualTo(2));
            Assert.That(withOldSecret.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest).Or.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await OAuthTestClient.ReadErrorAsync(withOldSecret)).Error, Is.EqualTo("invalid_client"));
            Assert.That(oldTokenAnswer.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(newTokenAnswer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
    }

    [Test]
    public async Task A_public_client_has_no_secret_to_rotate()
    {
        using var admin = await AdminAsync();

        using var response = await admin.PostAsync(Api("/clients/demo-spa/secret"), null);

        var problem = await response.ReadProblemAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(problem.Code, Is.EqualTo("client_has_no_secret"));
        }
    }

    [Test]
    public async Task A_disabled_client_loses_its_tokens_at_the_api_and_gets_no_new_one()
    {
        var created = await CreateClientAsync(MachineClient("retired-app", "payments.read"));
        var token = await OAuth.ClientCredentialsWithSecretAsync("retired-app", created.ClientSecret!, "payments.read");
        using var api = OAuth.CreateApiClient(token.AccessToken);
        using var before = await api.GetAsync(Me);

        using var admin = await AdminAsync();
        using var response = await admin.PostAsync(Api("/clients/retired-app/disable"), null);
        var disabled = await response.Content.ReadFromJsonAsync<ClientDto>();

        using var after = await api.GetAsync(Me);
        using var newTokenRequest = await OAuth.PostClientCredentialsAsync("retired-app", created.ClientSecret!, "payments.read");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(disabled!.Disabled, Is.True);
            Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the token it held is revoked");
            Assert.That(newTokenRequest.IsSuccessStatusCode, Is.False);
            Assert.That((await OAuthTestClient.ReadErrorAsync(newTokenRequest)).Error, Is.EqualTo("unauthorized_client"));
        }
    }

    [Test]
    public async Task An_update_needs_the_current_etag_and_changes_what_the_client_may_ask_for()
    {
        var created = await CreateClientAsync(MachineClient("evolving-app", "payments.read"));
        using var admin = await AdminAsync();
        var changes = new { displayName = "Evolving app v2", scopes = new[] { "payments.read", "complaints.read" } };

        using var withoutIfMatch = await admin.SendAsync(Request(HttpMethod.Put, "/clients/evolving-app", changes));
        using var updated = await admin.SendAsync(Request(HttpMethod.Put, "/clients/evolving-app", changes, ifMatch: "\"1\""));
        using var stale = await admin.SendAsync(Request(HttpMethod.Put, "/clients/evolving-app", changes, ifMatch: "\"1\""));
        var view = await updated.Content.ReadFromJsonAsync<ClientDto>();
        var token = await OAuth.ClientCredentialsWithSecretAsync("evolving-app", created.ClientSecret!, "complaints.read");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(withoutIfMatch.StatusCode, Is.EqualTo((HttpStatusCode)428));
            Assert.That(updated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(updated.Headers.ETag?.Tag, Is.EqualTo("\"2\""));
            Assert.That(view!.DisplayName, Is.EqualTo("Evolving app v2"));
            Assert.That(view.Scopes, Is.EqualTo(new[] { "complaints.read", "payments.read" }));
            Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
            Assert.That((await stale.ReadProblemAsync()).Code, Is.EqualTo("version_mismatch"));
            Assert.That(new JsonWebToken(token.AccessToken).GetClaim("scope").Value, Is.EqualTo("complaints.read"));
        }
    }

    [TestCase("id", "Batas harus antara 1 dan 100.", "Kursor ini tidak diterbitkan oleh API ini.")]
    [TestCase("en", "Limit must be between 1 and 100.", "The cursor is not one this API issued.")]
    public async Task A_bad_limit_or_cursor_on_the_client_and_user_lists_is_a_400_in_the_callers_language(string language, string limit, string cursor)
    {
        using var admin = await AdminAsync();
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        using var clients = await admin.GetAsync(Api("/clients?limit=0&cursor=%21%21"));
        using var users = await admin.GetAsync(Api("/users?limit=101&cursor=%21%21"));
        var clientErrors = await ReadFieldErrorsAsync(clients);
        var userErrors = await ReadFieldErrorsAsync(users);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(clients.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(clientErrors["limit"], Is.EqualTo(new[] { limit }));
            Assert.That(clientErrors["cursor"], Is.EqualTo(new[] { cursor }));
            Assert.That(users.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(userErrors["limit"], Is.EqualTo(new[] { limit }));
            Assert.That(userErrors["cursor"], Is.EqualTo(new[] { cursor }));
        }
    }

    [Test]
    public async Task Clients_are_listed_a_page_at_a_time_in_client_id_order()
    {
        using var admin = await AdminAsync();
        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await admin.GetFromJsonAsync<PageDto<ClientDto>>(Api($"/clients?limit=3{(cursor is null ? "" : "&cursor=" + cursor)}"));
            Assert.That(page!.Items, Has.Length.LessThanOrEqualTo(3));
            seen.AddRange(page.Items.Select(client => client.ClientId));
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null && pages < 50);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(seen, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
            Assert.That(seen, Is.Unique);
            Assert.That(seen, Is.SupersetOf(new[] { "admin-cli", "bank-channel", "demo-spa", "partner-app", "swagger-ui" }));
            Assert.That(pages, Is.GreaterThan(1));
        }
    }

    [Test]
    public async Task Bad_client_registrations_are_refused_field_by_field()
    {
        using var admin = await AdminAsync();

        using var response = await admin.PostAsJsonAsync(Api("/clients"), new
        {
            clientId = "Bad Id",
            displayName = "",
            kind = "public",
            scopes = new[] { "complaints.read", "everything" },
            redirectUris = new[] { "http://evil.example/callback", "https://app.example/callback#fragment", "/relative" },
        });

        var errors = await ReadFieldErrorsAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(errors.Keys, Is.SupersetOf(new[] { "clientId", "displayName", "scopes[1]", "redirectUris[0]", "redirectUris[1]", "redirectUris[2]" }));
            Assert.That(errors.Keys, Does.Not.Contain("scopes[0]"));
        }
    }

    [Test]
    public async Task Validation_messages_come_in_indonesian_when_asked()
    {
        using var admin = await AdminAsync();
        using var request = Request(HttpMethod.Post, "/clients", new { clientId = "indonesian-app", displayName = "", kind = "machine", scopes = new[] { "payments.read" } });
        request.Headers.AcceptLanguage.ParseAdd("id");

        using var response = await admin.SendAsync(request);

        var errors = await ReadFieldErrorsAsync(response);
        Assert.That(errors["displayName"], Has.Some.Contains("tidak boleh kosong"));
    }

    [Test]
    public async Task A_client_id_is_registered_once()
    {
        using var admin = await AdminAsync();

        using var response = await admin.PostAsJsonAsync(Api("/clients"), MachineClient("partner-app", "payments.read"));

        Assert.That((await response.ReadProblemAsync()).Code, Is.EqualTo("client_exists"));
    }

    [Test]
    public async Task Admin_actions_on_clients_are_in_the_audit_trail_without_secrets()
    {
        var created = await CreateClientAsync(MachineClient("audited-app", "payments.read"));
        using (var admin = await AdminAsync())
        using (await admin.PostAsync(Api("/clients/audited-app/secret"), null))
        {
        }

        var connections = Host.Services.GetRequiredService<IDbConnectionFactory>();
        await using var connection = await connections.OpenConnectionAsync();
        var rows = (await connection.QueryAsync<(string Action, string? Details, string? ActorClientId)>(
            """SELECT action, details, actor_client_id FROM "identity".audit_log WHERE entity_id = @entity_id ORDER BY occurred_at""",
            new { entity_id = "audited-app" })).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows.Select(row => row.Action), Is.EqualTo(new[] { "client.created", "client.secret_rotated" }));
            Assert.That(rows.Select(row => row.ActorClientId), Has.All.EqualTo("admin-cli"));
            Assert.That(rows.Select(row => row.Details ?? ""), Has.None.Contains(created.ClientSecret!));
        }
    }

    private static IEnumerable<TestCaseData> AdminEndpoints()
    {
        yield return new TestCaseData(HttpMethod.Get, "/clients").SetArgDisplayNames("GET clients");
        yield return new TestCaseData(HttpMethod.Post, "/clients").SetArgDisplayNames("POST clients");
        yield return new TestCaseData(HttpMethod.Get, "/clients/partner-app").SetArgDisplayNames("GET client");
        yield return new TestCaseData(HttpMethod.Put, "/clients/partner-app").SetArgDisplayNames("PUT client");
        yield return new TestCaseData(HttpMethod.Post, "/clients/partner-app/disable").SetArgDisplayNames("POST client disable");
        yield return new TestCaseData(HttpMethod.Post, "/clients/partner-app/secret").SetArgDisplayNames("POST client secret");
        yield return new TestCaseData(HttpMethod.Put, "/clients/partner-app/opd").SetArgDisplayNames("PUT client opd");
        yield return new TestCaseData(HttpMethod.Delete, "/clients/partner-app/opd").SetArgDisplayNames("DELETE client opd");
        yield return new TestCaseData(HttpMethod.Get, "/users").SetArgDisplayNames("GET users");
        yield return new TestCaseData(HttpMethod.Post, "/users").SetArgDisplayNames("POST users");
        yield return new TestCaseData(HttpMethod.Get, "/users/some-user").SetArgDisplayNames("GET user");
        yield return new TestCaseData(HttpMethod.Post, "/users/some-user/disable").SetArgDisplayNames("POST user disable");
        yield return new TestCaseData(HttpMethod.Post, "/users/some-user/enable").SetArgDisplayNames("POST user enable");
    }

    [TestCaseSource(nameof(AdminEndpoints))]
    public async Task Admin_endpoints_need_a_token_with_identity_admin(HttpMethod method, string path)
    {
        var partner = await OAuth.ClientCredentialsAsync("partner-app", "complaints.submit");
        using var anonymous = Host.CreateClient();
        using var withoutScope = OAuth.CreateApiClient(partner.AccessToken);

        using var noToken = await anonymous.SendAsync(Request(method, path, new { }));
        using var wrongScope = await withoutScope.SendAsync(Request(method, path, new { }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(noToken.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(wrongScope.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That((await wrongScope.ReadProblemAsync()).Status, Is.EqualTo(403));
        }
    }
}
