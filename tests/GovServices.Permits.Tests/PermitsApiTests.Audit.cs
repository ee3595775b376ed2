using System.Text.Json.Nodes;
using Dapper;
using GovServices.BuildingBlocks.Data;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Permits.Tests;

public sealed partial class PermitsApiTests
{
    [Test]
    public async Task Every_change_to_an_application_leaves_an_audit_record_naming_who_made_it()
    {
        var (id, etag) = await ReadyMicroBusinessAsync();
        using var citizen = Api("citizen");
        using var officer = Api("officer.dpmptsp");
        var (_, submittedETag) = await ReadAsync(await StepAsync(citizen, id, "submit", etag), 200);
        var (_, reviewETag) = await ReadAsync(await StepAsync(officer, id, "start-review", submittedETag), 200);
        await ReadAsync(await StepAsync(officer, id, "reject", reviewETag, new { reason = "Lokasi usaha berada di jalur hijau." }), 200);

        await using var scope = _host!.Services.CreateAsyncScope();
        await using var connection = await scope.ServiceProvider.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        // The changes only: the messages engine reads the applicant's contact in the background, as the system, after
        // each step it tells them of (ADR 0068), and whether that read is in yet depends on the outbox's timing.
        var records = (await connection.QueryAsync<(string Action, string? ActorClientId, string? ActorUserId)>(
            "SELECT action, actor_client_id, actor_user_id FROM permits.audit_log WHERE entity_id = @entity_id AND action <> 'application.applicant_contact_read' ORDER BY occurred_at, id",
            new { entity_id = id.ToString() })).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(records.Select(record => record.Action), Is.EqualTo(new[]
            {
                "application.created", "application.document_uploaded", "application.submit", "application.start_review", "application.reject",
            }));
            Assert.That(records.All(record => record.ActorUserId is not null && record.ActorClientId is not null), Is.True);
            Assert.That(records[^1].ActorUserId, Is.Not.EqualTo(records[0].ActorUserId), "the officer, not the applicant, rejected it");
        }
    }

    [Test]
    public async Task Officers_and_auditors_reading_an_application_are_audited_before_the_answer_and_the_applicant_is_not()
    {
        var (id, _) = await CreateDraftAsync("citizen");
        var reads = new Dictionary<string, int>();
        foreach (var caller in new[] { "citizen", "officer.dpmptsp", "auditor", "officer.dlh" })
        {
            using var api = Api(caller);
            using var response = await api.GetAsync(Of(id));
            reads[caller] = (int)response.StatusCode;
        }

        var audited = await ApplicantReadsAsync(id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reads, Is.EquivalentTo(new Dictionary<string, int> { ["citizen"] = 200, ["officer.dpmptsp"] = 200, ["auditor"] = 200, ["officer.dlh"] = 404 }));
            Assert.That(audited.Select(record => record.ActorUserId), Is.EquivalentTo(new[] { SubjectOf("officer.dpmptsp"), SubjectOf("auditor") }));
            Assert.That(audited.Select(record => record.Details), Has.All.Contains("application.read"));
        }
    }

    [Test]
    public async Task Every_application_on_an_officers_list_page_is_audited_and_the_applicants_own_list_is_not()
    {
        var (id, _) = await CreateDraftAsync("partner-app");
        using var partner = Api("partner-app");
        using var officer = Api("officer.dpmptsp");

        var ownList = JsonNode.Parse(await partner.GetStringAsync(new Uri($"{Applications}?limit=5", UriKind.Relative)))!;
        var afterOwnList = await ApplicantReadsAsync(id);
        var page = JsonNode.Parse(await officer.GetStringAsync(new Uri($"{Applications}?limit=5", UriKind.Relative)))!;
        var shown = page["items"]!.AsArray().Select(item => Guid.Parse(item!["id"]!.GetValue<string>())).ToList();
        var listReads = new Dictionary<Guid, List<string>>();
        foreach (var application in shown)
        {
            listReads[application] = [.. (await ApplicantReadsAsync(application))
                .Where(record => record.Details.Contains("application.list", StringComparison.Ordinal))
                .Select(record => record.ActorUserId)];
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ownList["items"]!.AsArray().Select(item => Guid.Parse(item!["id"]!.GetValue<string>())), Does.Contain(id));
            Assert.That(afterOwnList, Is.Empty, "the partner app listing the applications it made is the applicant's side");
            Assert.That(shown, Does.Contain(id), "the newest application is on the first page");
            Assert.That(listReads.Where(pair => !pair.Value.Contains(SubjectOf("officer.dpmptsp"))).Select(pair => pair.Key), Is.Empty, "every application shown was recorded as read by the officer");
        }
    }

    [Test]
    public async Task An_officer_downloading_an_applicants_document_is_audited_and_the_applicant_is_not()
    {
        var (id, _) = await ReadyMicroBusinessAsync();
        using var citizen = Api("citizen");
        using var officer = Api("officer.dpmptsp");
        var (application, _) = await ReadAsync(await citizen.GetAsync(Of(id)), 200);
        var document = new Uri($"{Of(id)}/documents/{application["documents"]![0]!["id"]!.GetValue<string>()}", UriKind.Relative);

        using var byApplicant = await citizen.GetAsync(document);
        var afterApplicant = await ApplicantReadsAsync(id);
        using var byOfficer = await officer.GetAsync(document);
        var afterOfficer = await ApplicantReadsAsync(id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(byApplicant.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK));
            Assert.That(byOfficer.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK));
            Assert.That(afterApplicant, Is.Empty);
            Assert.That(afterOfficer.Select(record => (record.ActorUserId, record.Details.Contains("application.document", StringComparison.Ordinal))),
                Is.EqualTo(new[] { (SubjectOf("officer.dpmptsp"), true) }));
        }
    }

    private string SubjectOf(string caller) => new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(_tokens[caller]).Subject;

    private async Task<List<(string ActorUserId, string Details)>> ApplicantReadsAsync(Guid applicationId)
    {
        await using var connection = await _host!.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        return [.. await connection.QueryAsync<(string ActorUserId, string Details)>(
            "SELECT actor_user_id, details FROM permits.audit_log WHERE entity_id = @entity_id AND action = @action",
            new { entity_id = applicationId.ToString(), action = "application.applicant_viewed" })];
    }
}
