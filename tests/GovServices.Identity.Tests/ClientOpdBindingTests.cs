using System.Net;
using System.Net.Http.Json;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace GovServices.Identity.Tests;

/// <summary>An admin binds a machine client to one OPD (ADR 0051): its tokens then carry <c>opd</c>, until it is unbound.</summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class ClientOpdBindingTests(DatabaseProvider provider) : AccountsApiFixture(provider)
{
    private static object MachineClient(string clientId, params string[] scopes) =>
        new { clientId, displayName = $"{clientId} (test)", kind = "machine", scopes };

    [Test]
    public async Task A_bound_client_is_shown_with_its_opd_and_its_new_tokens_carry_it_until_it_is_unbound()
    {
        var created = await CreateClientAsync(MachineClient("dlh-system", "complaints.manage"));
        var before = await OAuth.ClientCredentialsWithSecretAsync("dlh-system", created.ClientSecret!, "complaints.manage");
        using var admin = await AdminAsync();

        using var bound = await admin.SendAsync(Request(HttpMethod.Put, "/clients/dlh-system/opd", new { opd = "DLH" }, ifMatch: "\"1\""));
        var boundView = await bound.Content.ReadFromJsonAsync<ClientDto>();
        using var read = await admin.GetAsync(Api("/clients/dlh-system"));
        var readView = await read.Content.ReadFromJsonAsync<ClientDto>();
        var whileBound = await OAuth.ClientCredentialsWithSecretAsync("dlh-system", created.ClientSecret!, "complaints.manage");
        using var me = OAuth.CreateApiClient(whileBound.AccessToken);
        var caller = await me.GetFromJsonAsync<CallerDto>(Api("/me"));

        using var unbound = await admin.SendAsync(Request(HttpMethod.Delete, "/clients/dlh-system/opd", ifMatch: "\"2\""));
        var unboundView = await unbound.Content.ReadFromJsonAsync<ClientDto>();
        var afterwards = await OAuth.ClientCredentialsWithSecretAsync("dlh-system", created.ClientSecret!, "complaints.manage");
        using var revoked = await me.GetAsync(Api("/me"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(new JsonWebToken(before.AccessToken).TryGetClaim("opd", out _), Is.False, "not bound yet");
            Assert.That(bound.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(bound.Headers.ETag?.Tag, Is.EqualTo("\"2\""));
            Assert.That(boundView!.Opd, Is.EqualTo("DLH"));
            Assert.That(readView!.Opd, Is.EqualTo("DLH"));
            Assert.That(new JsonWebToken(whileBound.AccessToken).GetClaim("opd").Value, Is.EqualTo("DLH"));
            Assert.That(caller!.Opd, Is.EqualTo("DLH"));
            Assert.That(caller.Roles, Is.Empty, "a bound client holds no role: it is no coordinator, auditor or admin");
            Assert.That(unbound.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(unboundView!.Opd, Is.Null);
            Assert.That(new JsonWebToken(afterwards.AccessToken).TryGetClaim("opd", out _), Is.False, "a new token after unbinding has no opd");
            Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the token that spoke for the OPD stops working at once");
        }
    }

    [Test]
    public async Task Binding_and_unbinding_are_in_the_audit_trail()
    {
        await CreateClientAsync(MachineClient("audited-system", "permits.review"));
        using var admin = await AdminAsync();
        using (await admin.SendAsync(Request(HttpMethod.Put, "/clients/audited-system/opd", new { opd = "DPMPTSP" }, ifMatch: "\"1\"")))
        using (await admin.SendAsync(Request(HttpMethod.Put, "/clients/audited-system/opd", new { opd = "DPMPTSP" }, ifMatch: "\"2\"")))
        using (await admin.SendAsync(Request(HttpMethod.Delete, "/clients/audited-system/opd", ifMatch: "\"2\"")))
        {
        }

        var connections = Host.Services.GetRequiredService<IDbConnectionFactory>();
        await using var connection = await connections.OpenConnectionAsync();
        var rows = (await connection.QueryAsync<(string Action, string? Details, string? ActorClientId)>(
            """SELECT action, details, actor_client_id FROM "identity".audit_log WHERE entity_id = @entity_id ORDER BY occurred_at""",
            new { entity_id = "audited-system" })).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows.Select(row => row.Action), Is.EqualTo(new[] { "client.created", "client.opd_bound", "client.opd_unbound" }), "binding to the OPD it has changes nothing");
            Assert.That(rows.Select(row => row.ActorClientId), Has.All.EqualTo("admin-cli"));
            Assert.That(rows[1].Details, Does.Contain("\"opd\":\"DPMPTSP\""));
            Assert.That(rows[2].Details, Does.Contain("\"previousOpd\":\"DPMPTSP\""));
        }
    }

    [TestCase("lower-case", "dpmptsp")]
    [TestCase("too-short", "D")]
    [TestCase("with-a-space", "DINAS PU")]
    [TestCase("empty", "")]
    public async Task A_malformed_opd_code_is_refused_as_a_validation_problem(string name, string opd)
    {
        var clientId = "malformed-" + name;
        await CreateClientAsync(MachineClient(clientId, "permits.review"));
        using var admin = await AdminAsync();

        using var response = await admin.SendAsync(Request(HttpMethod.Put, $"/clients/{clientId}/opd", new { opd }, ifMatch: "\"1\""));
        var errors = await ReadFieldErrorsAsync(response);
        using var read = await admin.GetAsync(Api($"/clients/{clientId}"));
        var view = await read.Content.ReadFromJsonAsync<ClientDto>();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(errors.Keys, Is.EquivalentTo(new[] { "opd" }));
            Assert.That(view!.Opd, Is.Null);
            Assert.That(view.Version, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task A_public_client_cannot_be_bound_and_an_unknown_client_is_not_found()
    {
        using var admin = await AdminAsync();

        using var publicClient = await admin.SendAsync(Request(HttpMethod.Put, "/clients/demo-spa/opd", new { opd = "DLH" }, ifMatch: "\"1\""));
        using var unknown = await admin.SendAsync(Request(HttpMethod.Put, "/clients/no-such-app/opd", new { opd = "DLH" }, ifMatch: "\"1\""));
        using var withoutIfMatch = await admin.SendAsync(Request(HttpMethod.Put, "/clients/partner-app/opd", new { opd = "DLH" }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(publicClient.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That((await publicClient.ReadProblemAsync()).Code, Is.EqualTo("client_not_machine"));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(withoutIfMatch.StatusCode, Is.EqualTo((HttpStatusCode)428));
        }
    }

    [Test]
    public async Task The_demo_opd_system_is_bound_to_the_permits_office()
    {
        var token = await OAuth.ClientCredentialsAsync("opd-system", "permits.review");
        using var admin = await AdminAsync();

        var view = await admin.GetFromJsonAsync<ClientDto>(Api("/clients/opd-system"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(view!.Opd, Is.EqualTo("DPMPTSP"));
            Assert.That(new JsonWebToken(token.AccessToken).GetClaim("opd").Value, Is.EqualTo("DPMPTSP"));
        }
    }

    [Test]
    public async Task An_officer_cannot_bind_a_client()
    {
        var officer = await OAuth.AuthorizationCodeAsync("officer.dpmptsp", "openid", "identity.admin", "permits.review");
        using var api = OAuth.CreateApiClient(officer.AccessToken);

        using var response = await api.SendAsync(Request(HttpMethod.Put, "/clients/partner-app/opd", new { opd = "DPMPTSP" }, ifMatch: "\"1\""));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
