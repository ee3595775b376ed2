using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace GovServices.Complaints.Tests;

/// <summary>Filing through Open311: the partner's API key, and the same rules as the REST API.</summary>
public sealed partial class Open311ApiTests
{
    [Test]
    public async Task A_partner_files_with_its_api_key_and_the_rest_api_shows_the_complaint_as_filed_by_that_partner()
    {
        using var anonymous = _host!.CreateClient();
        using var form = ServiceRequest();

        using var response = await anonymous.PostAsync(new Uri("/open311/v2/requests.xml", UriKind.Relative), form);

        var body = await response.Content.ReadAsStringAsync();
        var request = XDocument.Parse(body).Root!.Element("request")!;
        var serviceRequestId = request.Element("service_request_id")!.Value;
        var id = await IdOfAsync(serviceRequestId);

        using var api = OAuth.CreateApiClient(_tokens["partner-app"]);
        var complaint = JsonNode.Parse(await api.GetStringAsync(new Uri($"/api/v1/complaints/{id}", UriKind.Relative)))!;
        var tracked = JsonNode.Parse(await anonymous.GetStringAsync(new Uri($"/api/v1/complaints/track/{serviceRequestId}", UriKind.Relative)))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body);
            Assert.That(XDocument.Parse(body).Root!.Name.LocalName, Is.EqualTo("service_requests"));
            Assert.That(request.Elements().Select(element => element.Name.LocalName), Is.EqualTo(new[] { "service_request_id", "service_notice", "account_id" }));
            Assert.That(serviceRequestId, Does.Match("^LPR-[0-9A-Z]{4}-[0-9A-Z]{4}$"));
            Assert.That(complaint["category"]!.GetValue<string>(), Is.EqualTo("sampah"));
            Assert.That(complaint["title"]!.GetValue<string>(), Is.EqualTo("Sampah tidak diangkut sejak seminggu di Jalan Ahmad Yani."));
            Assert.That(complaint["latitude"]!.GetValue<double>(), Is.EqualTo(0.1333));
            Assert.That(complaint["mediaUrls"]![0]!.GetValue<string>(), Is.EqualTo("https://media.example.id/laporan/7.jpg"));
            Assert.That(complaint["reporter"]!["name"]!.GetValue<string>(), Is.EqualTo("Budi Hartono"));
            Assert.That(complaint["reporter"]!["contact"]!.GetValue<string>(), Is.EqualTo("budi.hartono@example.id"));
            Assert.That(tracked["status"]!.GetValue<string>(), Is.EqualTo("submitted"));
        }
    }

    [TestCase(null, TestName = "Filing_without_an_api_key_is_403_in_the_specs_format")]
    [TestCase("partner-app.not-the-key", TestName = "Filing_with_a_wrong_api_key_is_403_in_the_specs_format")]
    [TestCase("no-such-client.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", TestName = "Filing_with_the_key_of_an_unknown_client_is_403_in_the_specs_format")]
    [TestCase("not a key", TestName = "Filing_with_text_that_is_no_key_is_403_in_the_specs_format")]
    public async Task Filing_without_a_valid_key_is_refused(string? apiKey)
    {
        using var anonymous = _host!.CreateClient();
        using var form = ServiceRequest(apiKey: apiKey);

        using var json = await anonymous.PostAsync(new Uri("/open311/v2/requests.json", UriKind.Relative), form);
        using var form2 = ServiceRequest(apiKey: apiKey);
        using var xml = await anonymous.PostAsync(new Uri("/open311/v2/requests.xml", UriKind.Relative), form2);

        var jsonError = JsonNode.Parse(await json.Content.ReadAsStringAsync())!.AsArray();
        var xmlError = XDocument.Parse(await xml.Content.ReadAsStringAsync()).Root!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(json.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(jsonError.Single()!["code"]!.GetValue<int>(), Is.EqualTo(403));
            Assert.That(jsonError.Single()!["description"]!.GetValue<string>(), Does.Contain("api_key"));
            Assert.That(xml.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(xmlError.Name.LocalName, Is.EqualTo("errors"));
            Assert.That(xmlError.Element("error")!.Element("code")!.Value, Is.EqualTo("403"));
        }
    }

    [Test]
    public async Task An_admin_issues_a_key_once_it_files_and_the_clients_disabling_stops_it()
    {
        using var admin = OAuth.CreateApiClient(_tokens["admin-cli"]);
        var clientId = $"warga-app-{Guid.NewGuid():N}"[..24];
        using (var created = await admin.PostAsJsonAsync(new Uri("/api/v1/identity/clients", UriKind.Relative), new
        {
            clientId,
            displayName = "Aplikasi Warga (mitra)",
            kind = "machine",
            scopes = new[] { "complaints.submit" },
        }))
        {
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        }

        using var issued = await admin.PostAsync(new Uri($"/api/v1/identity/clients/{clientId}/api-key", UriKind.Relative), null);
        var key = JsonNode.Parse(await issued.Content.ReadAsStringAsync())!;
        var apiKey = key["apiKey"]!.GetValue<string>();
        await PostServiceRequestAsync(ServiceRequest(apiKey: apiKey));

        using (var disabled = await admin.PostAsync(new Uri($"/api/v1/identity/clients/{clientId}/disable", UriKind.Relative), null))
            Assert.That(disabled.StatusCode, Is.EqualTo(HttpStatusCode.OK), await disabled.Content.ReadAsStringAsync());
        using var anonymous = _host!.CreateClient();
        using var form = ServiceRequest(apiKey: apiKey);
        using var refused = await anonymous.PostAsync(new Uri("/open311/v2/requests.json", UriKind.Relative), form);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(issued.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(issued.Headers.CacheControl?.NoStore, Is.True);
            Assert.That(apiKey, Does.StartWith(clientId + "."));
            Assert.That(key["scopes"]!.AsArray().Select(scope => scope!.GetValue<string>()), Is.EqualTo(new[] { "complaints.submit" }));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        }
    }

    [Test]
    public async Task A_key_in_the_query_string_is_not_accepted()
    {
        using var anonymous = _host!.CreateClient();
        using var form = ServiceRequest(apiKey: null);

        using var response = await anonymous.PostAsync(new Uri($"/open311/v2/requests.json?api_key={DemoApiKey}", UriKind.Relative), form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "keys in URLs end up in logs");
    }

    [Test]
    public async Task Issuing_a_key_to_a_client_not_allowed_to_file_complaints_is_409()
    {
        using var admin = OAuth.CreateApiClient(_tokens["admin-cli"]);

        using var response = await admin.PostAsync(new Uri("/api/v1/identity/clients/bank-channel/api-key", UriKind.Relative), null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [TestCase("kebakaran", "0.1333", "117.4833", "service_code", TestName = "An_unknown_service_code_is_400_in_the_specs_format")]
    [TestCase("sampah", "-6.2000", "106.8166", "outside the city", TestName = "Coordinates_outside_the_city_are_400_in_the_specs_format")]
    [TestCase("sampah", "utara", "117.4833", "lat", TestName = "A_latitude_that_is_no_number_is_400_in_the_specs_format")]
    public async Task Filing_that_breaks_a_rule_is_400_naming_it(string serviceCode, string lat, string @long, string expected)
    {
        using var anonymous = _host!.CreateClient();
        using var form = ServiceRequest(serviceCode: serviceCode, lat: lat, @long: @long);

        using var response = await anonymous.PostAsync(new Uri("/open311/v2/requests.json", UriKind.Relative), form);

        var body = await response.Content.ReadAsStringAsync();
        var errors = JsonNode.Parse(body)!.AsArray();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
            Assert.That(errors.Select(error => error!["code"]!.GetValue<int>()), Is.All.EqualTo(400));
            Assert.That(errors.Select(error => error!["description"]!.GetValue<string>()), Has.Some.Contains(expected));
        }
    }

    [Test]
    public async Task Errors_are_described_in_bahasa_indonesia_when_asked()
    {
        using var anonymous = _host!.CreateClient();
        anonymous.DefaultRequestHeaders.AcceptLanguage.Add(new System.Net.Http.Headers.StringWithQualityHeaderValue("id"));
        using var form = ServiceRequest(serviceCode: "kebakaran");

        using var response = await anonymous.PostAsync(new Uri("/open311/v2/requests.json", UriKind.Relative), form);

        var descriptions = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray().Select(error => error!["description"]!.GetValue<string>());
        Assert.That(descriptions, Has.Some.EqualTo("service_code: Pilih kategori yang aktif."));
    }

    [Test]
    public async Task Filing_without_a_description_or_a_reporter_names_the_open311_arguments()
    {
        using var anonymous = _host!.CreateClient();
        using var form = ServiceRequest(description: null, firstName: "", lastName: "");

        using var response = await anonymous.PostAsync(new Uri("/open311/v2/requests.xml", UriKind.Relative), form);

        var descriptions = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Elements("error").Select(error => error.Element("description")!.Value).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(descriptions, Has.Some.StartsWith("description:"));
            Assert.That(descriptions, Has.Some.StartsWith("first_name/last_name:"));
        }
    }

    [Test]
    public async Task Filing_twice_with_the_same_idempotency_key_files_one_complaint()
    {
        using var anonymous = _host!.CreateClient();
        var key = Guid.NewGuid().ToString();

        var ids = new List<string>();
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var form = ServiceRequest();
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/open311/v2/requests.json", UriKind.Relative)) { Content = form };
            request.Headers.Add("Idempotency-Key", key);
            using var response = await anonymous.SendAsync(request);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
            ids.Add(JsonNode.Parse(await response.Content.ReadAsStringAsync())![0]!["service_request_id"]!.GetValue<string>());
        }

        Assert.That(ids.Distinct().Count(), Is.EqualTo(1));
    }
}
