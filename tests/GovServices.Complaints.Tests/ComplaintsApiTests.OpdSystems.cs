using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using GovServices.Testing;
using GovServices.BuildingBlocks.Data;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Complaints.Tests;

/// <summary>
/// ADR 0051: the demo <c>opd-system</c> is bound to DPMPTSP. It takes that OPD's officers' steps on the complaints
/// routed to it, recorded as the system of that OPD; it sees nothing of another OPD's, and it is no coordinator.
/// </summary>
public sealed partial class ComplaintsApiTests
{
    [Test]
    public async Task The_permits_offices_system_handles_a_complaint_routed_to_its_opd_recorded_as_the_system_of_that_opd()
    {
        var complaint = await RoutedAsync(await FileAsync("citizen", Waste(category: "perizinan")));

        using var read = await Api("opd-system").GetAsync(complaint);
        var listed = (await ListAllAsync("opd-system", "category=perizinan")).Any(item => item["id"]!.GetValue<string>() == Id(complaint));
        await StepAsync("opd-system", complaint, "start");
        var resolved = await StepAsync("opd-system", complaint, "resolve", ComplaintSteps.BodyFor("resolve"));
        var asReporter = await Api("citizen").ReadAsync(complaint);
        var asCoordinator = await Api("coordinator").ReadAsync(complaint);
        var audit = await StepAuditAsync(complaint, "complaint.start");

        var reportersEntry = asReporter["history"]!.AsArray().Single(entry => entry!["action"]!.GetValue<string>() == "start")!;
        var coordinatorsEntry = asCoordinator["history"]!.AsArray().Single(entry => entry!["action"]!.GetValue<string>() == "start")!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(listed, Is.True, "its list is its OPD's");
            Assert.That(resolved["status"]!.GetValue<string>(), Is.EqualTo("resolved"));
            Assert.That(reportersEntry["party"]!.GetValue<string>(), Is.EqualTo("officer"));
            Assert.That(reportersEntry["actorOpd"]!.GetValue<string>(), Is.EqualTo("DPMPTSP"));
            Assert.That(reportersEntry["bySystem"]!.GetValue<bool>(), Is.True);
            Assert.That(reportersEntry["actor"], Is.Null, "the reporter is told the OPD and the role, never an internal id");
            Assert.That(coordinatorsEntry["actor"]!.GetValue<string>(), Is.EqualTo("opd-system"), "staff see which system");
            Assert.That(audit.ActorClientId, Is.EqualTo("opd-system"));
            Assert.That(JsonNode.Parse(audit.Details!)!["actorOpd"]!.GetValue<string>(), Is.EqualTo("DPMPTSP"));
        }
    }

    [Test]
    public async Task An_officers_step_shows_the_reporter_the_officers_opd_taken_by_a_person()
    {
        var complaint = await RoutedAsync(await FileAsync("citizen", Waste()));
        await StepAsync("officer.dlh", complaint, "start");

        var entry = (await Api("citizen").ReadAsync(complaint))["history"]!.AsArray().Single(step => step!["action"]!.GetValue<string>() == "start")!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(entry["actorOpd"]!.GetValue<string>(), Is.EqualTo("DLH"));
            Assert.That(entry["bySystem"]!.GetValue<bool>(), Is.False);
            Assert.That(entry["actor"], Is.Null);
        }
    }

    [Test]
    public async Task The_permits_offices_system_neither_sees_nor_handles_a_complaint_routed_to_another_opd()
    {
        var complaint = await RoutedAsync(await FileAsync("citizen", Waste()));
        var etag = await Api("coordinator").ETagOfAsync(complaint);

        using var read = await Api("opd-system").GetAsync(complaint);
        using var start = await Api("opd-system").PostStepAsync(complaint, "start", etag);
        var listed = (await ListAllAsync("opd-system", "category=sampah")).Any(item => item["id"]!.GetValue<string>() == Id(complaint));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(start.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "as an officer of another OPD gets");
            Assert.That(listed, Is.False);
        }
    }

    [TestCase("verify")]
    [TestCase("reject")]
    [TestCase("disposition")]
    public async Task The_permits_offices_system_takes_no_coordinators_step(string action)
    {
        var complaint = await RoutedAsync(await FileAsync("citizen", Waste(category: "perizinan")));
        var etag = await Api("opd-system").ETagOfAsync(complaint);

        using var response = await Api("opd-system").PostStepAsync(complaint, action, etag, ComplaintSteps.BodyFor(action));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That((await response.ReadProblemAsync()).Code, Is.EqualTo("complaint_action_forbidden"));
        }
    }

    [Test]
    public async Task A_disposition_left_to_the_category_records_the_opd_it_was_routed_to()
    {
        var complaint = await FileAsync("citizen", Waste());
        await StepAsync("coordinator", complaint, "verify");
        await StepAsync("coordinator", complaint, "disposition", new { });

        var (_, details) = await StepAuditAsync(complaint, "complaint.disposition");

        var facts = JsonNode.Parse(details!)!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(facts["opd"]?.GetValue<string>(), Is.EqualTo("DLH"), "the category's OPD, not null");
            Assert.That(facts["routed"]?.GetValue<string>(), Is.EqualTo("category"));
        }
    }

    private async Task<(string? ActorClientId, string? Details)> StepAuditAsync(Uri complaint, string action)
    {
        await using var connection = await _host!.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        return await connection.QuerySingleAsync<(string? ActorClientId, string? Details)>(
            "SELECT actor_client_id, details FROM complaints.audit_log WHERE entity_id = @entity_id AND action = @action",
            new { entity_id = Id(complaint), action });
    }
}
