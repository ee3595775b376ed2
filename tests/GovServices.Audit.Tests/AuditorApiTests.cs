using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing.Databases;

namespace GovServices.Audit.Tests;

/// <summary>The auditor's API over HTTP with real tokens: search across modules, verification, access.</summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class AuditorApiTests(DatabaseProvider provider)
{
    private AuditedHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await AuditedHost.StartAsync(provider);
        await _host.ActInEveryModuleAsync("search");
        await _host.SealAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
    }

    [TestCase("identity", "client.created")]
    [TestCase("complaints", "complaint.filed")]
    [TestCase("civil_registry", "Verification")]
    [TestCase("payments", "invoice.issued")]
    [TestCase("permits", "application.created")]
    public async Task An_event_of_each_module_appears_in_the_auditor_search(string module, string action)
    {
        var page = await _host.GetJsonAsync($"/api/v1/audit/events?module={module}&action={action}");

        var events = page["items"]!.AsArray();
        Assert.That(events, Is.Not.Empty);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(events[0]!["module"]!.GetValue<string>(), Is.EqualTo(module));
            Assert.That(events[0]!["actorClientId"]!.GetValue<string>(), Is.AnyOf("admin-cli", "partner-app", "opd-system"));
        }
    }

    [Test]
    public async Task Reads_of_the_trails_themselves_are_recorded_a_chain_verification_and_an_access_trail_search()
    {
        await _host.VerifyAsync("payments");
        await _host.GetJsonAsync("/api/v1/civil-registry/access-log?limit=5&nik=6474014107900001");

        var verified = (await _host.GetJsonAsync("/api/v1/audit/events?module=audit&action=audit.chain_verified"))["items"]!.AsArray();
        var searched = (await _host.GetJsonAsync("/api/v1/audit/events?module=civil_registry&action=access_log.searched"))["items"]!.AsArray();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verified.Select(item => item!["subject"]?.GetValue<string>()), Does.Contain("payments"));
            Assert.That(searched, Is.Not.Empty);
            Assert.That(searched[0]!["actorUserId"]?.GetValue<string>(), Is.Not.Null, "the auditor who searched");
            Assert.That(searched[0]!.ToJsonString(), Does.Not.Contain("6474014107900001"), "the NIK searched for is masked");
        }
    }

    [Test]
    public async Task A_search_across_all_modules_pages_newest_first_without_repeating_an_event()
    {
        var seen = new List<(DateTimeOffset, string)>();
        string? cursor = null;
        do
        {
            var page = await _host.GetJsonAsync("/api/v1/audit/events?limit=2" + (cursor is null ? "" : "&cursor=" + cursor));
            seen.AddRange(page["items"]!.AsArray().Select(item => (item!["occurredAt"]!.GetValue<DateTimeOffset>(), item["id"]!.GetValue<string>())));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(seen.Select(item => item.Item2), Is.Unique);
            Assert.That(seen.Select(item => item.Item1), Is.Ordered.Descending);
            Assert.That(seen, Has.Count.GreaterThanOrEqualTo(4));
        }
    }

    [Test]
    public async Task An_auditor_finds_the_accesses_to_a_residents_data_by_NIK_with_the_NIK_masked_in_the_answer()
    {
        var page = await _host.GetJsonAsync($"/api/v1/audit/events?subject={AuditedHost.DemoCitizenNik}");

        var access = page["items"]!.AsArray().Single(item => item!["table"]!.GetValue<string>() == "access_log")!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(access["entityType"]!.GetValue<string>(), Is.EqualTo("resident"));
            Assert.That(access["subject"]!.GetValue<string>(), Is.EqualTo("647401********01"));
            Assert.That(access["purpose"]!.GetValue<string>(), Is.EqualTo("health-service"));
            Assert.That(access["actorClientId"]!.GetValue<string>(), Is.EqualTo("partner-app"));
        }
    }

    [Test]
    public async Task A_read_of_a_payers_data_shows_its_purpose_and_details_are_a_json_object()
    {
        using var opd = _host.OAuth.CreateApiClient((await _host.OAuth.ClientCredentialsAsync("opd-system", "payments.manage")).AccessToken);
        using var issued = await opd.PostAsJsonAsync(new Uri("/api/v1/payments/invoices", UriKind.Relative), new
        {
            source = new { module = "permits", reference = "APP-purpose" },
            amount = 90_000,
            description = "Retribusi",
            payerName = "Siti Rahmawati",
        });
        var id = JsonNode.Parse(await issued.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
        using (var read = await opd.GetAsync(new Uri($"/api/v1/payments/invoices/{id}", UriKind.Relative)))
            Assert.That(read.IsSuccessStatusCode, Is.True);

        var page = await _host.GetJsonAsync($"/api/v1/audit/events?module=payments&action=invoice.payer_viewed&subject={id}");

        var viewed = page["items"]!.AsArray().Single()!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(viewed["purpose"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty, "the purpose is a field of the event, not only inside its details");
            Assert.That(viewed["facts"], Is.InstanceOf<JsonObject>());
            Assert.That(viewed["facts"]!["purpose"]!.GetValue<string>(), Is.EqualTo(viewed["purpose"]!.GetValue<string>()));
        }
    }

    [Test]
    public async Task An_auditor_filters_by_actor_outcome_and_time()
    {
        var now = DateTimeOffset.UtcNow;

        var byClient = await _host.GetJsonAsync("/api/v1/audit/events?clientId=opd-system&outcome=Success");
        var future = await _host.GetJsonAsync($"/api/v1/audit/events?from={Uri.EscapeDataString(now.AddHours(1).ToString("O"))}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(byClient["items"]!.AsArray().Select(item => item!["action"]!.GetValue<string>()), Does.Contain("invoice.issued").And.Not.Contain("complaint.filed"));
            Assert.That(future["items"]!.AsArray(), Is.Empty);
        }
    }

    [Test]
    public async Task Searches_are_themselves_on_record_in_the_audit_modules_trail()
    {
        await _host.GetJsonAsync("/api/v1/audit/events?module=payments");

        var page = await _host.GetJsonAsync("/api/v1/audit/events?module=audit&action=audit.events_searched&clientId=auditor-tool");

        Assert.That(page["items"]!.AsArray(), Is.Not.Empty);
    }

    [TestCase("identity")]
    [TestCase("complaints")]
    [TestCase("civil_registry")]
    [TestCase("payments")]
    [TestCase("permits")]
    public async Task Each_modules_chain_is_intact_on_a_clean_database(string module)
    {
        var verdict = await _host.VerifyAsync(module);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict["intact"]!.GetValue<bool>(), Is.True, verdict.ToJsonString());
            Assert.That(verdict["verifiedRecords"]!.GetValue<long>(), Is.GreaterThan(0));
            Assert.That(verdict["lastSeal"]!["lastHash"]!.GetValue<string>(), Does.Match("^[0-9a-f]{64}$"));
        }
    }

    [Test]
    public async Task A_module_that_does_not_exist_is_404_and_a_missing_module_is_400()
    {
        using var auditor = await _host.AuditorAsync();

        using var unknown = await auditor.GetAsync(new Uri("/api/v1/audit/verify?module=taxes", UriKind.Relative));
        using var missing = await auditor.GetAsync(new Uri("/api/v1/audit/verify", UriKind.Relative));
        using var unknownSearch = await auditor.GetAsync(new Uri("/api/v1/audit/events?module=taxes", UriKind.Relative));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(unknownSearch.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }
    }

    /// <summary>The order of the search's answers: limit and an unreadable cursor (400), then an unknown module (404), then a cursor that is not a position (400).</summary>
    [Test]
    public async Task An_unknown_module_is_404_before_the_cursor_is_read_as_a_position()
    {
        using var auditor = await _host.AuditorAsync();
        var notAPosition = BuildingBlocks.Http.PageRequest.Encode("not-a-position");

        using var unknownNotAPosition = await auditor.GetAsync(new Uri($"/api/v1/audit/events?module=taxes&cursor={notAPosition}", UriKind.Relative));
        using var unknownBadLimit = await auditor.GetAsync(new Uri("/api/v1/audit/events?module=taxes&limit=0", UriKind.Relative));
        using var unknownUnreadable = await auditor.GetAsync(new Uri("/api/v1/audit/events?module=taxes&cursor=%21%21", UriKind.Relative));
        using var knownNotAPosition = await auditor.GetAsync(new Uri($"/api/v1/audit/events?module=complaints&cursor={notAPosition}", UriKind.Relative));
        var knownErrors = JsonNode.Parse(await knownNotAPosition.Content.ReadAsStringAsync())!["errors"]!.AsObject();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(unknownNotAPosition.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(unknownBadLimit.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(unknownUnreadable.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(knownNotAPosition.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(knownErrors.Select(error => error.Key), Is.EqualTo(new[] { "cursor" }));
        }
    }

    [TestCase("/api/v1/audit/events")]
    [TestCase("/api/v1/audit/verify?module=complaints")]
    [TestCase("/api/v1/audit/export?module=complaints&from=2026-01-01T00:00:00Z&until=2027-01-01T00:00:00Z")]
    public async Task Callers_without_audit_read_are_refused(string uri)
    {
        var officer = await _host.OAuth.AuthorizationCodeAsync("officer.dlh", "openid", "complaints.manage");
        var partner = await _host.OAuth.ClientCredentialsAsync("partner-app", "complaints.read");

        using var asOfficer = _host.OAuth.CreateApiClient(officer.AccessToken);
        using var asPartner = _host.OAuth.CreateApiClient(partner.AccessToken);
        using var officerResponse = await asOfficer.GetAsync(new Uri(uri, UriKind.Relative));
        using var partnerResponse = await asPartner.GetAsync(new Uri(uri, UriKind.Relative));
        using var anonymous = await _host.OAuth.CreateBrowser().GetAsync(new Uri(uri, UriKind.Relative));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(officerResponse.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "an officer holds no audit.read");
            Assert.That(partnerResponse.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }
    }

    [Test]
    public async Task The_auditor_signed_in_as_a_person_searches_too()
    {
        var auditor = await _host.OAuth.AuthorizationCodeAsync("auditor", "openid", "audit.read");
        using var api = _host.OAuth.CreateApiClient(auditor.AccessToken);

        using var response = await api.GetAsync(new Uri("/api/v1/audit/events?module=complaints", UriKind.Relative));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body["items"]!.AsArray(), Is.Not.Empty);
        }
    }
}
