using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;

namespace GovServices.Complaints.Tests;

/// <summary>Open311 GeoReport v2 over HTTP: services, filing with a partner API key, and following service requests.</summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed partial class Open311ApiTests(DatabaseProvider provider)
{
    private const string DemoApiKey = "partner-app.demo-open311-key-for-development-only";
    private static readonly string[] ServiceFields = ["service_code", "service_name", "description", "metadata", "type", "keywords", "group"];

    private static readonly string[] RequestFields =
    [
        "service_request_id", "status", "status_notes", "service_name", "service_code", "description", "agency_responsible",
        "service_notice", "requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode",
        "lat", "long", "media_url",
    ];

    private readonly Dictionary<string, string> _tokens = [];
    private GovServicesWebApplicationFactory? _host;

    private OAuthTestClient OAuth => new(_host!);

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await GovServicesWebApplicationFactory.CreateAsync(provider, new Dictionary<string, string?>
        {
            ["Identity:SeedDemoData"] = "true",
            ["RateLimits:PublicRequestsPerMinute"] = "10000",
        });
        _host.CreateClient().Dispose();
        _tokens["partner-app"] = (await OAuth.ClientCredentialsAsync("partner-app", "complaints.submit", "complaints.read")).AccessToken;
        _tokens["admin-cli"] = (await OAuth.ClientCredentialsAsync("admin-cli", "identity.admin")).AccessToken;
        foreach (var staff in new[] { "coordinator", "officer.dlh", "admin" })
            _tokens[staff] = (await OAuth.AuthorizationCodeAsync(staff, "openid", "complaints.read", "complaints.manage")).AccessToken;
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
    }

    [Test]
    public async Task The_services_are_the_active_categories_with_the_specs_fields_in_json()
    {
        using var anonymous = _host!.CreateClient();

        using var response = await anonymous.GetAsync(new Uri("/open311/v2/services.json", UriKind.Relative));

        var services = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        var categories = JsonNode.Parse(await anonymous.GetStringAsync(new Uri("/api/v1/complaints/categories", UriKind.Relative)))!.AsArray();
        var sampah = services.Single(service => service!["service_code"]!.GetValue<string>() == "sampah")!.AsObject();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
            Assert.That(services.Select(service => service!["service_code"]!.GetValue<string>()), Is.EqualTo(categories.Select(category => category!["code"]!.GetValue<string>())));
            Assert.That(services, Has.Count.GreaterThanOrEqualTo(9), "the nine seeded categories, and those tests add");
            Assert.That(sampah.Select(field => field.Key), Is.EqualTo(ServiceFields));
            Assert.That(sampah["service_name"]!.GetValue<string>(), Is.EqualTo("Waste"));
            Assert.That(sampah["metadata"]!.GetValue<bool>(), Is.False);
            Assert.That(sampah["type"]!.GetValue<string>(), Is.EqualTo("realtime"));
            Assert.That(sampah["group"]!.GetValue<string>(), Is.EqualTo("DLH"));
        }
    }

    [Test]
    public async Task The_services_in_xml_are_services_of_service_elements()
    {
        using var anonymous = _host!.CreateClient();

        using var response = await anonymous.GetAsync(new Uri("/open311/v2/services.xml", UriKind.Relative));

        var body = await response.Content.ReadAsStringAsync();
        var document = XDocument.Parse(body);
        var sampah = document.Root!.Elements("service").Single(service => service.Element("service_code")!.Value == "sampah");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/xml"));
            Assert.That(body, Does.StartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>"));
            Assert.That(document.Root!.Name.LocalName, Is.EqualTo("services"));
            Assert.That(document.Root.Elements().Select(element => element.Name.LocalName).Distinct(), Is.EqualTo(new[] { "service" }));
            Assert.That(sampah.Elements().Select(element => element.Name.LocalName), Is.EqualTo(ServiceFields));
            Assert.That(sampah.Element("metadata")!.Value, Is.EqualTo("false"));
        }
    }

    [Test]
    public async Task A_service_definition_has_its_code_and_no_attributes_and_an_unknown_one_is_404_in_the_specs_format()
    {
        using var anonymous = _host!.CreateClient();

        var json = JsonNode.Parse(await anonymous.GetStringAsync(new Uri("/open311/v2/services/sampah.json", UriKind.Relative)))!;
        var xml = XDocument.Parse(await anonymous.GetStringAsync(new Uri("/open311/v2/services/sampah.xml", UriKind.Relative)));
        using var unknown = await anonymous.GetAsync(new Uri("/open311/v2/services/kebakaran.xml", UriKind.Relative));

        var error = XDocument.Parse(await unknown.Content.ReadAsStringAsync()).Root!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(json["service_code"]!.GetValue<string>(), Is.EqualTo("sampah"));
            Assert.That(json["attributes"]!.AsArray(), Is.Empty);
            Assert.That(xml.Root!.Name.LocalName, Is.EqualTo("service_definition"));
            Assert.That(xml.Root.Element("service_code")!.Value, Is.EqualTo("sampah"));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(error.Name.LocalName, Is.EqualTo("errors"));
            Assert.That(error.Element("error")!.Element("code")!.Value, Is.EqualTo("404"));
            Assert.That(error.Element("error")!.Element("description")!.Value, Does.Contain("kebakaran"));
        }
    }

    [Test]
    public async Task An_unknown_format_is_404_in_the_specs_format()
    {
        using var anonymous = _host!.CreateClient();

        using var response = await anonymous.GetAsync(new Uri("/open311/v2/services.csv", UriKind.Relative));

        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(errors[0]!["code"]!.GetValue<int>(), Is.EqualTo(404));
    }

    private static FormUrlEncodedContent ServiceRequest(
        string? apiKey = DemoApiKey,
        string serviceCode = "sampah",
        string lat = "0.1333",
        string @long = "117.4833",
        string? description = "Sampah tidak diangkut sejak seminggu di Jalan Ahmad Yani.",
        string firstName = "Budi",
        string lastName = "Hartono")
    {
        var fields = new Dictionary<string, string>
        {
            ["service_code"] = serviceCode,
            ["lat"] = lat,
            ["long"] = @long,
            ["address_string"] = "Jl. Ahmad Yani, Bontang Utara",
            ["first_name"] = firstName,
            ["last_name"] = lastName,
            ["email"] = "budi.hartono@example.id",
            ["phone"] = "+62 812 5555 0101",
            ["media_url"] = "https://media.example.id/laporan/7.jpg",
        };
        if (apiKey is not null)
            fields["api_key"] = apiKey;
        if (description is not null)
            fields["description"] = description;
        return new FormUrlEncodedContent(fields);
    }

    private async Task<string> PostServiceRequestAsync(FormUrlEncodedContent? form = null)
    {
        using var anonymous = _host!.CreateClient();
        using var content = form ?? ServiceRequest();
        using var response = await anonymous.PostAsync(new Uri("/open311/v2/requests.json", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body);
        return JsonNode.Parse(body)![0]!["service_request_id"]!.GetValue<string>();
    }

    private async Task<string> FileConfidentialByRestAsync()
    {
        using var api = OAuth.CreateApiClient(_tokens["partner-app"]);
        using var response = await api.PostAsJsonAsync(new Uri("/api/v1/complaints", UriKind.Relative), new
        {
            title = "Pungutan liar di loket pelayanan",
            description = "Petugas meminta uang tambahan untuk mempercepat layanan.",
            category = "pelayanan_publik",
            address = "Kantor Kelurahan Api-Api",
            confidential = true,
            reporter = new { name = "Sari Wulandari", contact = "+62 813 0000 7777" },
        });
        var filed = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), filed.ToJsonString());
        return filed["trackingCode"]!.GetValue<string>();
    }
}
