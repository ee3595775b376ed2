using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;

namespace GovServices.CivilRegistry.Tests;

/// <summary>The civil registry over HTTP with real tokens, on the demo data a development instance has.</summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class CivilRegistryApiTests(DatabaseProvider provider)
{
    private const string DemoCitizenNik = "6474014107900001";
    private static readonly Uri Verifications = new("/api/v1/civil-registry/verifications", UriKind.Relative);

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
        Assert.That(
            entries.Select(entry => (entry!["institution"]?.GetValue<string>(), entry["purpose"]!.GetValue<string>())),
            Does.Contain(("partner-app", "social-assistance")));
    }
}
