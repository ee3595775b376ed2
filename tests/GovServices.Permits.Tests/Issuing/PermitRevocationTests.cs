using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace GovServices.Permits.Tests.Issuing;

/// <summary>Reading and revoking issued permits over HTTP with real tokens of the demo users and clients, on each database.</summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
internal sealed class PermitRevocationTests(DatabaseProvider provider)
{
    private const string DemoNik = "6474014107900001";

    private readonly Dictionary<string, string> _tokens = [];
    private IssuingHost? _host;
    private string _citizenUserId = "";

    private IssuingHost Host => _host!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await IssuingHost.StartAsync(provider);
        _tokens["partner-app"] = (await Host.OAuth.ClientCredentialsAsync("partner-app", "permits.apply")).AccessToken;
        _tokens["opd-system"] = (await Host.OAuth.ClientCredentialsAsync("opd-system", "permits.review")).AccessToken;
        foreach (var user in new[] { "citizen", "officer.dpmptsp", "officer.dlh", "coordinator", "auditor" })
            _tokens[user] = (await Host.OAuth.AuthorizationCodeAsync(user, "openid", "permits.apply", "permits.review", "audit.read")).AccessToken;
        _citizenUserId = new JsonWebToken(_tokens["citizen"]).Subject;
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
    }

    [Test]
    public async Task An_officer_of_the_issuing_opd_revokes_with_a_reason_and_the_permit_then_verifies_as_revoked()
    {
        var issued = await Host.IssueAsync(IssuingHost.Pbg(applicantUserId: _citizenUserId));
        using var officer = Api("officer.dpmptsp");

        using var read = await officer.GetAsync(PermitUri(issued.Id));
        using var revoke = await RevokeAsync(officer, issued.Id, read.Headers.ETag?.Tag, "Bangunan tidak sesuai dengan rencana teknis yang disetujui.");
        var revoked = JsonNode.Parse(await revoke.Content.ReadAsStringAsync())!;
        using var anonymous = Host.Host.CreateClient();
        var verification = await anonymous.GetFromJsonAsync<JsonObject>(new Uri("/api/v1/permits/verify/" + issued.Token, UriKind.Relative));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(read.Headers.ETag?.Tag, Is.EqualTo("\"1\""));
            Assert.That(revoke.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(revoke.Headers.ETag?.Tag, Is.EqualTo("\"2\""));
            Assert.That(revoked["status"]!.GetValue<string>(), Is.EqualTo("revoked"));
            Assert.That(revoked["revocationReason"]!.GetValue<string>(), Does.StartWith("Bangunan tidak sesuai"));
            Assert.That(revoked["holderNik"]!.GetValue<string>(), Is.EqualTo("647401********01"));
            Assert.That(verification!["status"]!.GetValue<string>(), Is.EqualTo("revoked"));
            Assert.That(verification["revokedAt"], Is.Not.Null);
            Assert.That(verification.ToJsonString(), Does.Not.Contain("Bangunan tidak sesuai"), "the reason is not public");
            Assert.That(await AuditActionsAsync(issued.Id), Is.EquivalentTo(new[] { "permit.issued", "permit.holder_viewed", "permit.revoked" }), "the officer's read, then the revocation");
        }
    }

    [Test]
    public async Task Officers_and_auditors_reading_a_permit_are_audited_before_the_answer_and_the_holder_is_not()
    {
        var issued = await Host.IssueAsync(IssuingHost.Pbg(applicantUserId: _citizenUserId));
        var reads = new Dictionary<string, HttpStatusCode>();
        foreach (var caller in new[] { "citizen", "officer.dpmptsp", "auditor", "officer.dlh" })
        {
            using var api = Api(caller);
            using var response = await api.GetAsync(PermitUri(issued.Id));
            reads[caller] = response.StatusCode;
        }

        await using var connection = await Host.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        var audited = (await connection.QueryAsync<(string ActorUserId, string Details)>(
            "SELECT actor_user_id, details FROM permits.audit_log WHERE entity_id = @entity_id AND action = @action",
            new { entity_id = issued.Id.ToString(), action = "permit.holder_viewed" })).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reads.Values.Take(3), Has.All.EqualTo(HttpStatusCode.OK));
            Assert.That(reads["officer.dlh"], Is.EqualTo(HttpStatusCode.NotFound), "another OPD's officer sees nothing, so nothing is recorded");
            Assert.That(audited.Select(record => record.ActorUserId), Is.EquivalentTo(new[] { SubjectOf("officer.dpmptsp"), SubjectOf("auditor") }));
            Assert.That(audited.Select(record => record.Details), Has.All.Contains("permit.read"));
        }
    }

    [Test]
    public async Task Revoking_needs_the_etag_428_without_it_and_412_when_it_is_stale()
    {
        var issued = await Host.IssueAsync(IssuingHost.Pbg());
        using var officer = Api("officer.dpmptsp");

        using var missing = await RevokeAsync(officer, issued.Id, ifMatch: null, "Alasan.");
        using var stale = await RevokeAsync(officer, issued.Id, "\"7\"", "Alasan.");
        using var verification = await Host.Host.CreateClient().GetAsync(new Uri("/api/v1/permits/verify/" + issued.Token, UriKind.Relative));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(missing.StatusCode, Is.EqualTo((HttpStatusCode)428));
            Assert.That((await missing.ReadProblemAsync()).Code, Is.EqualTo("if_match_required"));
            Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
            Assert.That((await stale.ReadProblemAsync()).Code, Is.EqualTo("version_mismatch"));
            Assert.That(JsonNode.Parse(await verification.Content.ReadAsStringAsync())!["status"]!.GetValue<string>(), Is.EqualTo("valid"));
        }
    }

    [Test]
    public async Task Revoking_a_revoked_permit_is_a_conflict()
    {
        var issued = await Host.IssueAsync(IssuingHost.Pbg());
        using var officer = Api("officer.dpmptsp");

        using var first = await RevokeAsync(officer, issued.Id, "\"1\"", "Pelanggaran syarat izin.");
        using var again = await RevokeAsync(officer, issued.Id, first.Headers.ETag?.Tag, "Sekali lagi.");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((await again.ReadProblemAsync()).Code, Is.EqualTo("permit_already_revoked"));
        }
    }

    [TestCase("")]
    [TestCase("   ")]
    public async Task A_revocation_needs_a_reason(string reason)
    {
        var issued = await Host.IssueAsync(IssuingHost.Pbg());
        using var officer = Api("officer.dpmptsp");

        using var response = await RevokeAsync(officer, issued.Id, "\"1\"", reason);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(ProblemResponseExtensions.ProblemMediaType));
            Assert.That(problem["errors"]!.AsObject().Select(error => error.Key), Has.Some.EqualTo("reason").IgnoreCase);
        }
    }

    [Test]
    public async Task Only_officers_of_the_issuing_opd_may_revoke_others_get_404_or_403()
    {
        var issued = await Host.IssueAsync(IssuingHost.Pbg(applicantUserId: _citizenUserId));

        var answers = new Dictionary<string, HttpStatusCode>();
        foreach (var caller in new[] { "officer.dlh", "citizen", "partner-app", "opd-system", "coordinator", "auditor" })
        {
            using var api = Api(caller);
            using var response = await RevokeAsync(api, issued.Id, "\"1\"", "Tidak berwenang.");
            answers[caller] = response.StatusCode;
        }

        using var anonymous = Host.Host.CreateClient();
        using var unauthenticated = await RevokeAsync(anonymous, issued.Id, "\"1\"", "Tidak berwenang.");
        using var officer = Api("officer.dpmptsp");
        using var stillIssued = await officer.GetAsync(PermitUri(issued.Id));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answers["officer.dlh"], Is.EqualTo(HttpStatusCode.NotFound), "another OPD does not learn the permit exists");
            Assert.That(answers["citizen"], Is.EqualTo(HttpStatusCode.Forbidden), "even the holder");
            Assert.That(answers["partner-app"], Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(answers["opd-system"], Is.EqualTo(HttpStatusCode.Forbidden), "the issuing OPD's system reads the permit, but a revocation is a person's decision");
            Assert.That(answers["coordinator"], Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(answers["auditor"], Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(unauthenticated.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(JsonNode.Parse(await stillIssued.Content.ReadAsStringAsync())!["status"]!.GetValue<string>(), Is.EqualTo("issued"));
        }
    }

    [Test]
    public async Task The_holder_reads_the_permit_with_the_full_nik_staff_see_it_masked_and_others_get_404()
    {
        var citizens = await Host.IssueAsync(IssuingHost.Pbg(applicantUserId: _citizenUserId));
        var partners = await Host.IssueAsync(IssuingHost.Pbg(applicantClientId: "partner-app"));
        var someoneElses = await Host.IssueAsync(IssuingHost.Pbg(applicantUserId: "another-citizen"));
        var citizensThroughTheApp = await Host.IssueAsync(IssuingHost.Pbg(applicantUserId: _citizenUserId, applicantClientId: "partner-app"));

        var holder = await ReadAsync("citizen", citizens.Id);
        var partnerApp = await ReadAsync("partner-app", partners.Id);
        var officer = await ReadAsync("officer.dpmptsp", citizens.Id);
        var auditor = await ReadAsync("auditor", citizens.Id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(holder.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(holder.Body!["number"]!.GetValue<string>(), Is.EqualTo(citizens.Number));
            Assert.That(holder.Body["holderNik"]!.GetValue<string>(), Is.EqualTo(DemoNik));
            Assert.That(holder.Body["token"]!.GetValue<string>(), Is.EqualTo(citizens.Token));
            Assert.That(holder.Body["verificationUrl"]!.GetValue<string>(), Is.EqualTo("/api/v1/permits/verify/" + citizens.Token));
            Assert.That(partnerApp.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(officer.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(officer.Body!["holderNik"]!.GetValue<string>(), Is.EqualTo("647401********01"));
            Assert.That(auditor.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(auditor.Body!["holderNik"]!.GetValue<string>(), Is.EqualTo("647401********01"));
            Assert.That((await ReadAsync("citizen", someoneElses.Id)).Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await ReadAsync("citizen", partners.Id)).Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await ReadAsync("partner-app", citizens.Id)).Status, Is.EqualTo(HttpStatusCode.NotFound), "the app did not apply for it");
            Assert.That((await ReadAsync("partner-app", citizensThroughTheApp.Id)).Status, Is.EqualTo(HttpStatusCode.NotFound), "not without the citizen signed in");
            Assert.That((await ReadAsync("citizen", citizensThroughTheApp.Id)).Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await ReadAsync("officer.dlh", citizens.Id)).Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await ReadAsync("opd-system", citizens.Id)).Status, Is.EqualTo(HttpStatusCode.OK), "the issuing OPD's system reads what its officers read (ADR 0051)");
            Assert.That((await ReadAsync("coordinator", citizens.Id)).Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await ReadAsync("officer.dpmptsp", Guid.CreateVersion7())).Status, Is.EqualTo(HttpStatusCode.NotFound));
        }
    }

    private async Task<(HttpStatusCode Status, JsonNode? Body)> ReadAsync(string caller, Guid id)
    {
        using var api = Api(caller);
        using var response = await api.GetAsync(PermitUri(id));
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.IsSuccessStatusCode ? JsonNode.Parse(body) : null);
    }

    private HttpClient Api(string caller)
    {
        var client = Host.Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tokens[caller]);
        return client;
    }

    private string SubjectOf(string caller) => new JsonWebToken(_tokens[caller]).Subject;

    private static Uri PermitUri(Guid id) => new($"/api/v1/permits/issued/{id}", UriKind.Relative);

    private static async Task<HttpResponseMessage> RevokeAsync(HttpClient client, Guid id, string? ifMatch, string reason)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/permits/issued/{id}/revoke", UriKind.Relative))
        {
            Content = JsonContent.Create(new { reason }),
        };
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }

    private async Task<List<string>> AuditActionsAsync(Guid permitId)
    {
        await using var connection = await Host.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        var actions = await connection.QueryAsync<string>(
            "SELECT action FROM permits.audit_log WHERE entity_id = @entity_id",
            new { entity_id = permitId.ToString() });
        return [.. actions];
    }
}
