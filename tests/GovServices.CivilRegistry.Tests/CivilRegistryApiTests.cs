using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.CivilRegistry.Contracts;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.CivilRegistry.Tests;

/// <summary>The civil registry over HTTP with real tokens, on the demo data a development instance has.</summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class CivilRegistryApiTests(DatabaseProvider provider)
{
    private const string DemoCitizenNik = "6474014107900001";
    private static readonly Uri Verifications = new("/api/v1/civil-registry/verifications", UriKind.Relative);
    private static readonly Uri Imports = new("/api/v1/civil-registry/imports", UriKind.Relative);

    private GovServicesWebApplicationFactory? _host;

    private OAuthTestClient OAuth => new(_host!);

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await GovServicesWebApplicationFactory.CreateAsync(provider, new Dictionary<string, string?>
        {
            ["Identity:SeedDemoData"] = "true",
            ["CivilRegistry:SeedDemoData"] = "true",
        });
        _host.CreateClient().Dispose();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
    }

    [Test]
    public async Task A_partner_app_verifies_the_demo_citizen_without_learning_anything_stored()
    {
        var token = await OAuth.ClientCredentialsAsync("partner-app", "registry.verify");
        using var api = OAuth.CreateApiClient(token.AccessToken);

        using var response = await api.PostAsJsonAsync(Verifications, new { nik = DemoCitizenNik, purpose = "health-service", fullName = "SITI RAHMAWATI", birthDate = "1990-07-01" });

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body["found"]!.GetValue<bool>(), Is.True);
            Assert.That(body["fullName"]!.GetValue<string>(), Is.EqualTo("Match"));
            Assert.That(body["birthDate"]!.GetValue<string>(), Is.EqualTo("Match"));
            Assert.That(body.ToJsonString(), Does.Not.Contain("Siti").And.Not.Contain("Bontang"), "no stored value leaves");
        }
    }

    [Test]
    public async Task A_token_without_registry_verify_is_refused_with_403()
    {
        var token = await OAuth.ClientCredentialsAsync("partner-app", "complaints.read");
        using var api = OAuth.CreateApiClient(token.AccessToken);

        using var response = await api.PostAsJsonAsync(Verifications, new { nik = DemoCitizenNik, purpose = "health-service", fullName = "Siti" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task An_opd_system_looks_a_resident_up_for_a_stated_purpose_and_sees_it_masked()
    {
        var token = await OAuth.ClientCredentialsAsync("opd-system", "registry.read");
        using var api = OAuth.CreateApiClient(token.AccessToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/civil-registry/residents/{DemoCitizenNik}");
        request.Headers.Add("X-Purpose", "public-service");

        using var response = await api.SendAsync(request);

        var record = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(record["masked"]!.GetValue<bool>(), Is.True);
            Assert.That(record["nik"]!.GetValue<string>(), Is.Not.EqualTo(DemoCitizenNik));
        }
    }

    [Test]
    public async Task The_citizen_sees_who_looked_them_up_and_why()
    {
        var partner = await OAuth.ClientCredentialsAsync("partner-app", "registry.verify");
        using (var api = OAuth.CreateApiClient(partner.AccessToken))
        using (await api.PostAsJsonAsync(Verifications, new { nik = DemoCitizenNik, purpose = "social-assistance", fullName = "Siti Rahmawati" }))
        {
        }

        var citizen = await OAuth.AuthorizationCodeAsync("citizen", "openid", "profile");
        using var own = OAuth.CreateApiClient(citizen.AccessToken);
        var trail = JsonNode.Parse(await own.GetStringAsync(new Uri("/api/v1/civil-registry/me/access-log", UriKind.Relative)))!;

        var entries = trail["items"]!.AsArray();
        long ownReadsRecorded;
        await using (var connection = await _host!.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync())
        {
            ownReadsRecorded = await connection.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM civil_registry.audit_log WHERE action = 'access_log.viewed_own' AND actor_client_id IS NOT NULL AND actor_user_id IS NOT NULL");
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                entries.Select(entry => (entry!["institution"]?.GetValue<string>(), entry["purpose"]!.GetValue<string>())),
                Does.Contain(("partner-app", "social-assistance")));
            Assert.That(ownReadsRecorded, Is.GreaterThanOrEqualTo(1), "reading one's own access trail is on the record too");
        }
    }

    [TestCase("id", "Tujuan harus salah satu dari: ", TestName = "A verification for no configured purpose is refused in Bahasa Indonesia when asked (Accept-Language: id)")]
    [TestCase("en", "The purpose must be one of: ", TestName = "A verification for no configured purpose is refused in English when asked (Accept-Language: en)")]
    public async Task A_verification_for_no_configured_purpose_is_refused_in_the_language_asked_for(string language, string message)
    {
        var token = await OAuth.ClientCredentialsAsync("partner-app", "registry.verify");
        using var api = OAuth.CreateApiClient(token.AccessToken);
        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        using var response = await api.PostAsJsonAsync(Verifications, new { nik = DemoCitizenNik, purpose = "curiosity" });

        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem["errors"]!["purpose"]![0]!.GetValue<string>(), Does.StartWith(message));
        }
    }

    [TestCase("id", "Harus L (laki-laki) atau P (perempuan).", TestName = "An import sent with Accept-Language: id reports its row errors in Bahasa Indonesia, whoever reads the report")]
    [TestCase("en", "Must be L (laki-laki) or P (perempuan).", TestName = "An import sent with Accept-Language: en reports its row errors in English")]
    public async Task An_import_reports_its_row_errors_in_the_language_it_was_sent_in(string language, string reason)
    {
        var token = await OAuth.ClientCredentialsAsync("opd-system", "registry.import");
        using var api = OAuth.CreateApiClient(token.AccessToken);
        using var upload = new HttpRequestMessage(HttpMethod.Post, Imports)
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(
                "nik,kk,full_name,birth_place,birth_date,sex,religion,marital_status,occupation,street,rt,rw,kelurahan,kecamatan,status\r\n"
                + "6474020107909002,6474020101150002,Budi Santoso,Bontang,1990-07-01,X,Islam,Belum Kawin,Guru,Jl. Katamso,10,3,Tanjung Laut,Bontang Selatan,active\r\n")),
        };
        upload.Content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        upload.Headers.AcceptLanguage.ParseAdd(language);

        using var accepted = await api.SendAsync(upload);
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await accepted.Content.ReadAsStringAsync());
        var id = JsonNode.Parse(await accepted.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();

        // Read without Accept-Language: the report was written when the file was read, in the language it was sent in.
        var report = await FinishedImportAsync(api, id);
        var errors = report["errors"]!["items"]!.AsArray();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(report["status"]!.GetValue<string>(), Is.EqualTo("Completed"));
            Assert.That(errors.Select(error => (error!["field"]?.GetValue<string>(), error["reason"]!.GetValue<string>())), Is.EqualTo(new[] { ((string?)"sex", reason) }));
        }
    }

    [Test]
    public async Task A_finished_import_publishes_resident_import_completed_with_its_counts_to_the_client_that_started_it()
    {
        const string header = "nik,kk,full_name,birth_place,birth_date,sex,religion,marital_status,occupation,street,rt,rw,kelurahan,kecamatan,status";
        const string row = ",6474020101150003,Budi Santoso,Bontang,1990-07-01,L,Islam,Belum Kawin,Guru,Jl. Katamso,10,3,Tanjung Laut,Bontang Selatan,";
        var token = await OAuth.ClientCredentialsAsync("opd-system", "registry.import");
        using var api = OAuth.CreateApiClient(token.AccessToken);

        var first = await ImportAsync(api, $"{header}\r\n6474020107909101{row}active\r\n6474020107909102{row}active\r\n6474020107909103{row.Replace(",L,", ",X,", StringComparison.Ordinal)}active\r\n");
        var second = await ImportAsync(api, $"{header}\r\n6474020107909101{row}deceased\r\n");
        var failed = await ImportAsync(api, "nik,full name\r\n6474020107909104,Budi\r\n");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Counts(await ImportEventAsync(first)), Is.EqualTo(("completed", 3L, 2L, 0L, 1L)));
            Assert.That(Counts(await ImportEventAsync(second)), Is.EqualTo(("completed", 1L, 0L, 1L, 0L)));
            Assert.That(Counts(await ImportEventAsync(failed)), Is.EqualTo(("failed", 0L, 0L, 0L, 0L)));
            var completed = await ImportEventAsync(first);
            Assert.That(completed["audience"]!["ownerClientId"]!.GetValue<string>(), Is.EqualTo("opd-system"));
            Assert.That(completed["audience"]!["opd"], Is.Null);
            Assert.That(completed["completedAt"]!.GetValue<DateTimeOffset>(), Is.LessThanOrEqualTo(DateTimeOffset.UtcNow));
            Assert.That(completed.ToJsonString(), Does.Not.Contain("6474020107909101").And.Not.Contain("Budi"), "counts only");
        }
    }

    private static (string, long, long, long, long) Counts(JsonNode completed) => (
        completed["status"]!.GetValue<string>(),
        completed["rowsRead"]!.GetValue<long>(),
        completed["rowsInserted"]!.GetValue<long>(),
        completed["rowsUpdated"]!.GetValue<long>(),
        completed["rowsRejected"]!.GetValue<long>());

    /// <summary>Uploads <paramref name="csv"/> and waits until the import has finished; answers its id.</summary>
    private static async Task<Guid> ImportAsync(HttpClient api, string csv)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        using var accepted = await api.PostAsync(Imports, content);
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await accepted.Content.ReadAsStringAsync());
        var id = JsonNode.Parse(await accepted.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
        await FinishedImportAsync(api, id);
        return id;
    }

    /// <summary>The one <see cref="ResidentImportCompleted"/> about import <paramref name="id"/> in the outbox.</summary>
    private async Task<JsonNode> ImportEventAsync(Guid id)
    {
        await using var connection = await _host!.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        var payloads = await connection.QueryAsync<string>(
            "SELECT payload FROM civil_registry.outbox_message WHERE message_type = @type",
            new { type = typeof(ResidentImportCompleted).FullName });
        return payloads.Select(payload => JsonNode.Parse(payload)!).Single(payload => payload["importId"]!.GetValue<Guid>() == id);
    }

    private static async Task<JsonNode> FinishedImportAsync(HttpClient api, Guid id)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            var report = JsonNode.Parse(await api.GetStringAsync(new Uri($"/api/v1/civil-registry/imports/{id}", UriKind.Relative)))!;
            if (report["status"]!.GetValue<string>() is "Completed" or "Failed" || DateTime.UtcNow > deadline)
                return report;

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }
}
