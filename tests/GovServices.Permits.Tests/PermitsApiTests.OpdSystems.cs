using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using GovServices.BuildingBlocks.Data;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Permits.Tests;

/// <summary>
/// ADR 0051: the demo <c>opd-system</c> is bound to DPMPTSP, the issuing OPD of every seeded permit type; it takes its
/// officers' steps, recorded as the system of that OPD, and nothing of another OPD's.
/// </summary>
public sealed partial class PermitsApiTests
{
    [Test]
    public async Task The_permits_offices_system_reviews_its_applications_recorded_as_the_system_of_its_opd()
    {
        var (id, etag) = await ReadyMicroBusinessAsync();
        using var citizen = Api("citizen");
        var (_, submittedETag) = await ReadAsync(await StepAsync(citizen, id, "submit", etag), 200);
        using var system = await OpdSystemAsync();

        var (_, readETag) = await ReadAsync(await system.GetAsync(Of(id)), 200);
        using var started = await StepAsync(system, id, "start-review", readETag);
        var listed = JsonNode.Parse(await system.GetStringAsync(Applications + "?limit=100"))!["items"]!.AsArray();
        var (asApplicant, _) = await ReadAsync(await citizen.GetAsync(Of(id)), 200);
        var (asOfficer, _) = await ReadAsync(await Api("officer.dpmptsp").GetAsync(Of(id)), 200);
        var audit = await AuditOfAsync(id, "application.start_review");

        var applicantsEntry = asApplicant["history"]!.AsArray().Single(entry => entry!["action"]!.GetValue<string>() == "start_review")!;
        var officersEntry = asOfficer["history"]!.AsArray().Single(entry => entry!["action"]!.GetValue<string>() == "start_review")!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(submittedETag, Is.EqualTo(readETag));
            Assert.That(started.StatusCode, Is.EqualTo(HttpStatusCode.OK), await started.Content.ReadAsStringAsync());
            Assert.That(listed.Select(item => item!["id"]!.GetValue<string>()), Does.Contain(id.ToString()), "its list is its OPD's");
            Assert.That(applicantsEntry["actorRole"]!.GetValue<string>(), Is.EqualTo("opd_system"));
            Assert.That(applicantsEntry["actorOpd"]!.GetValue<string>(), Is.EqualTo("DPMPTSP"));
            Assert.That(applicantsEntry["actorClientId"], Is.Null, "the applicant is told the OPD and the role, never an internal id");
            Assert.That(applicantsEntry["actorUserId"], Is.Null);
            Assert.That(officersEntry["actorClientId"]!.GetValue<string>(), Is.EqualTo("opd-system"), "staff see which system");
            Assert.That(officersEntry["actorRole"]!.GetValue<string>(), Is.EqualTo("opd_system"));
            Assert.That(audit.ActorClientId, Is.EqualTo("opd-system"));
            Assert.That(JsonNode.Parse(audit.Details!)!["actorOpd"]!.GetValue<string>(), Is.EqualTo("DPMPTSP"));
        }
    }

    [Test]
    public async Task An_officers_step_is_shown_to_the_applicant_with_the_officers_opd_and_role_not_their_id()
    {
        var (id, etag) = await ReadyMicroBusinessAsync();
        using var citizen = Api("citizen");
        var (_, submittedETag) = await ReadAsync(await StepAsync(citizen, id, "submit", etag), 200);
        await ReadAsync(await StepAsync(Api("officer.dpmptsp"), id, "start-review", submittedETag), 200);

        var (asApplicant, _) = await ReadAsync(await citizen.GetAsync(Of(id)), 200);

        var history = asApplicant["history"]!.AsArray();
        var review = history.Single(entry => entry!["action"]!.GetValue<string>() == "start_review")!;
        var submit = history.Single(entry => entry!["action"]!.GetValue<string>() == "submit")!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(review["actorRole"]!.GetValue<string>(), Is.EqualTo("officer"));
            Assert.That(review["actorOpd"]!.GetValue<string>(), Is.EqualTo("DPMPTSP"));
            Assert.That(review["actorUserId"], Is.Null);
            Assert.That(review["actorClientId"], Is.Null, "nor the app the officer used");
            Assert.That(submit["actorRole"]!.GetValue<string>(), Is.EqualTo("applicant"));
            Assert.That(submit["actorUserId"], Is.Not.Null, "the applicant's own steps are theirs to see");
            Assert.That(submit["actorOpd"], Is.Null);
        }
    }

    [Test]
    public async Task The_permits_offices_system_neither_sees_nor_reviews_another_opds_application()
    {
        var (id, etag) = await ReadyMicroBusinessAsync();
        var (_, submittedETag) = await ReadAsync(await StepAsync(Api("citizen"), id, "submit", etag), 200);
        await MoveToOpdAsync(id, "DLH");
        using var system = await OpdSystemAsync();

        using var read = await system.GetAsync(Of(id));
        using var review = await StepAsync(system, id, "start-review", submittedETag);
        var listed = JsonNode.Parse(await system.GetStringAsync(Applications + "?limit=100"))!["items"]!.AsArray();
        using var byDlh = await StepAsync(Api("officer.dlh"), id, "start-review", submittedETag);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(review.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "as an officer of another OPD gets");
            Assert.That(listed.Select(item => item!["id"]!.GetValue<string>()), Does.Not.Contain(id.ToString()));
            Assert.That(byDlh.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the application really is DLH's now");
        }
    }

    [Test]
    public async Task A_machine_client_bound_to_no_opd_takes_no_officers_step()
    {
        var (id, etag) = await ReadyMicroBusinessAsync();
        var (_, submittedETag) = await ReadAsync(await StepAsync(Api("citizen"), id, "submit", etag), 200);
        using var admin = Api("admin");
        using var created = await admin.PostAsJsonAsync(
            "/api/v1/identity/clients",
            new { clientId = "unbound-review-system", displayName = "Unbound review system", kind = "machine", scopes = new[] { "permits.review" } });
        var secret = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["clientSecret"]!.GetValue<string>();
        var token = await OAuth.ClientCredentialsWithSecretAsync("unbound-review-system", secret, "permits.review");
        using var unbound = OAuth.CreateApiClient(token.AccessToken);

        using var review = await StepAsync(unbound, id, "start-review", submittedETag);
        using var read = await unbound.GetAsync(Of(id));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(review.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "a machine is no officer unless it is bound to an OPD");
            Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }
    }

    private async Task<HttpClient> OpdSystemAsync() =>
        OAuth.CreateApiClient((await OAuth.ClientCredentialsAsync("opd-system", "permits.review")).AccessToken);

    private async Task MoveToOpdAsync(Guid id, string opd)
    {
        await using var connection = await _host!.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        await connection.ExecuteAsync("UPDATE permits.application SET opd_code = @opd WHERE id = @id", new { id, opd });
    }

    private async Task<(string? ActorClientId, string? Details)> AuditOfAsync(Guid id, string action)
    {
        await using var connection = await _host!.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        return await connection.QuerySingleAsync<(string? ActorClientId, string? Details)>(
            "SELECT actor_client_id, details FROM permits.audit_log WHERE entity_id = @entity_id AND action = @action",
            new { entity_id = id.ToString(), action });
    }
}
