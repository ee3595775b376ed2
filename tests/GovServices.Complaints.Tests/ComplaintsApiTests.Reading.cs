using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Complaints.Domain;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Complaints.Tests;

/// <summary>Who may read a complaint, and what public tracking shows.</summary>
public sealed partial class ComplaintsApiTests
{
    [TestCase("citizen", HttpStatusCode.OK)]
    [TestCase("officer.dlh", HttpStatusCode.OK)]
    [TestCase("coordinator", HttpStatusCode.OK)]
    [TestCase("auditor", HttpStatusCode.OK)]
    [TestCase("officer.dpmptsp", HttpStatusCode.NotFound)]
    [TestCase("partner-app", HttpStatusCode.NotFound)]
    public async Task A_citizens_complaint_is_read_by_the_citizen_the_routed_opd_coordinators_and_auditors_only(string reader, HttpStatusCode expected)
    {
        var location = await RoutedAsync(await FileAsync("citizen", Waste()));

        using var response = await Api(reader).GetAsync(location);

        Assert.That(response.StatusCode, Is.EqualTo(expected));
    }

    [TestCase("partner-app", HttpStatusCode.OK)]
    [TestCase("officer.dlh", HttpStatusCode.OK)]
    [TestCase("citizen", HttpStatusCode.NotFound)]
    [TestCase("officer.dpmptsp", HttpStatusCode.NotFound)]
    public async Task A_partner_apps_complaint_is_not_read_by_other_reporters_or_other_opds(string reader, HttpStatusCode expected)
    {
        var location = await RoutedAsync(await FileAsync("partner-app", Waste(reporter: new { name = "Budi", contact = "0812" })));

        using var response = await Api(reader).GetAsync(location);

        Assert.That(response.StatusCode, Is.EqualTo(expected));
    }

    [Test]
    public async Task A_guessed_id_is_404()
    {
        using var response = await Api("coordinator").GetAsync(new Uri($"/api/v1/complaints/{Guid.CreateVersion7()}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task An_anonymous_reporter_is_hidden_from_the_opd_and_its_nik_masked_for_staff_otherwise()
    {
        var anonymous = await RoutedAsync(await FileAsync("partner-app", Waste(anonymous: true, reporter: new { name = "Budi Hartono", contact = "0812", nik = DemoCitizenNik })));
        var named = await RoutedAsync(await FileAsync("partner-app", Waste(reporter: new { name = "Budi Hartono", contact = "0812", nik = DemoCitizenNik })));

        var seenByOpd = JsonNode.Parse(await Api("officer.dlh").GetStringAsync(anonymous))!;
        var seenByCoordinator = JsonNode.Parse(await Api("coordinator").GetStringAsync(anonymous))!;
        var namedSeenByOpd = JsonNode.Parse(await Api("officer.dlh").GetStringAsync(named))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(seenByOpd["reporter"], Is.Null);
            Assert.That(seenByOpd.ToJsonString(), Does.Not.Contain("Budi"));
            Assert.That(seenByCoordinator["reporter"], Is.Null);
            Assert.That(namedSeenByOpd["reporter"]!["name"]!.GetValue<string>(), Is.EqualTo("Budi Hartono"));
            Assert.That(namedSeenByOpd["reporter"]!["nik"]!.GetValue<string>(), Is.Not.EqualTo(DemoCitizenNik));
        }
    }

    [Test]
    public async Task Anyone_with_the_tracking_code_sees_status_category_and_dates_but_never_the_reporter()
    {
        using var api = Api("partner-app");
        using var filed = await api.PostAsJsonAsync(Complaints, Waste(reporter: new { name = "Budi Hartono", contact = "0812-5555-0101" }));
        var trackingCode = JsonNode.Parse(await filed.Content.ReadAsStringAsync())!["trackingCode"]!.GetValue<string>();
        using var anonymous = _host!.CreateClient();

        using var response = await anonymous.GetAsync(new Uri($"/api/v1/complaints/track/{trackingCode.ToLowerInvariant()}", UriKind.Relative));

        var body = await response.Content.ReadAsStringAsync();
        var tracking = JsonNode.Parse(body)!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(tracking["trackingCode"]!.GetValue<string>(), Is.EqualTo(trackingCode));
            Assert.That(tracking["status"]!.GetValue<string>(), Is.EqualTo("submitted"));
            Assert.That(tracking["category"]!.GetValue<string>(), Is.EqualTo("sampah"));
            Assert.That(tracking["verificationDueOn"], Is.Not.Null);
            Assert.That(body, Does.Not.Contain("Budi").And.Not.Contain("0812").And.Not.Contain("Sampah menumpuk"));
        }
    }

    [Test]
    public async Task A_confidential_complaint_cannot_be_tracked_publicly()
    {
        using var api = Api("citizen");
        using var filed = await api.PostAsJsonAsync(Complaints, Waste(confidential: true));
        var trackingCode = JsonNode.Parse(await filed.Content.ReadAsStringAsync())!["trackingCode"]!.GetValue<string>();
        using var anonymous = _host!.CreateClient();

        using var response = await anonymous.GetAsync(new Uri($"/api/v1/complaints/track/{trackingCode}", UriKind.Relative));

        var problem = await response.ReadProblemAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(problem.Code, Is.EqualTo("tracking_code_not_found"), "answers exactly like an unknown code");
        }
    }

    [Test]
    public async Task A_tracking_code_with_a_wrong_check_character_is_404()
    {
        var code = TrackingCode.NewCode();
        var wrong = code[..^1] + (code[^1] == '0' ? '1' : '0');
        using var anonymous = _host!.CreateClient();

        using var response = await anonymous.GetAsync(new Uri($"/api/v1/complaints/track/{wrong}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
