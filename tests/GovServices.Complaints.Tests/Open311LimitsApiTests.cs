using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;

namespace GovServices.Complaints.Tests;

/// <summary>
/// Open311's limits answer in the spec's error format: the rate limit on filing per api_key, the host's rate limit on
/// reading, a method a resource does not take, a body over the limit, an unknown path. A host of its own, with small
/// limits, so that the other Open311 tests never meet them.
/// </summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class Open311LimitsApiTests(DatabaseProvider provider)
{
    private const string DemoApiKey = "partner-app.demo-open311-key-for-development-only";
    private const int FilingsPerMinute = 3;
    private const int PublicRequestsPerMinute = 5;

    private GovServicesWebApplicationFactory? _host;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await GovServicesWebApplicationFactory.CreateAsync(provider, new Dictionary<string, string?>
        {
            ["Identity:SeedDemoData"] = "true",
            ["RateLimits:Open311ServiceRequestsPerMinute"] = FilingsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimits:PublicRequestsPerMinute"] = PublicRequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
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
    public async Task Filing_past_the_limit_of_its_key_is_429_with_retry_after_in_the_specs_format_and_another_key_still_files()
    {
        using var anonymous = _host!.CreateClient();
        var otherKey = await IssueKeyToANewPartnerAsync();

        var answers = new List<HttpStatusCode>();
        for (var filing = 0; filing < FilingsPerMinute; filing++)
        {
            using var form = ServiceRequest(DemoApiKey);
            using var filed = await anonymous.PostAsync(new Uri("/open311/v2/requests.json", UriKind.Relative), form);
            answers.Add(filed.StatusCode);
        }

        using var jsonForm = ServiceRequest(DemoApiKey);
        using var json = await anonymous.PostAsync(new Uri("/open311/v2/requests.json", UriKind.Relative), jsonForm);
        using var xmlForm = ServiceRequest(DemoApiKey);
        using var xml = await anonymous.PostAsync(new Uri("/open311/v2/requests.xml", UriKind.Relative), xmlForm);
        using var otherForm = ServiceRequest(otherKey);
        using var other = await anonymous.PostAsync(new Uri("/open311/v2/requests.json", UriKind.Relative), otherForm);

        var jsonError = JsonNode.Parse(await json.Content.ReadAsStringAsync())!.AsArray()[0]!;
        var xmlError = XDocument.Parse(await xml.Content.ReadAsStringAsync()).Root!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(answers, Is.All.EqualTo(HttpStatusCode.Created), "up to the limit");
            Assert.That(json.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(json.Headers.RetryAfter?.Delta, Is.Not.Null.And.GreaterThan(TimeSpan.Zero));
            Assert.That(jsonError["code"]!.GetValue<int>(), Is.EqualTo(429));
            Assert.That(jsonError["description"]!.GetValue<string>(), Does.Contain("api_key"));
            Assert.That(xml.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(xml.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/xml"));
            Assert.That(xmlError.Name.LocalName, Is.EqualTo("errors"));
            Assert.That(xmlError.Element("error")!.Element("code")!.Value, Is.EqualTo("429"));
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.Created), "each key is counted on its own");
        }
    }

    [Test]
    public async Task Reading_past_the_hosts_rate_limit_is_429_with_retry_after_in_the_specs_format()
    {
        using var anonymous = _host!.CreateClient();

        HttpResponseMessage? refused = null;
        for (var attempt = 0; attempt <= PublicRequestsPerMinute && refused is null; attempt++)
        {
            var response = await anonymous.GetAsync(new Uri("/open311/v2/services.xml", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                refused = response;
            else
                response.Dispose();
        }

        Assert.That(refused, Is.Not.Null, "the public limit is reached");
        using (refused)
        {
            var errors = XDocument.Parse(await refused!.Content.ReadAsStringAsync()).Root!;
            using (Assert.EnterMultipleScope())
            {
                Assert.That(refused.Headers.RetryAfter?.Delta, Is.Not.Null);
                Assert.That(refused.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/xml"));
                Assert.That(errors.Name.LocalName, Is.EqualTo("errors"));
                Assert.That(errors.Element("error")!.Element("code")!.Value, Is.EqualTo("429"));
                Assert.That(errors.Element("error")!.Element("description")!.Value, Is.Not.Empty);
            }
        }
    }

    [Test]
    public async Task A_method_a_resource_does_not_take_is_405_in_the_specs_format_in_json_and_xml()
    {
        using var anonymous = _host!.CreateClient();

        using var json = await anonymous.DeleteAsync(new Uri("/open311/v2/requests.json", UriKind.Relative));
        using var xml = await anonymous.PutAsync(new Uri("/open311/v2/discovery.xml", UriKind.Relative), new StringContent(""));

        var jsonError = JsonNode.Parse(await json.Content.ReadAsStringAsync())!.AsArray()[0]!;
        var xmlError = XDocument.Parse(await xml.Content.ReadAsStringAsync()).Root!.Element("error")!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(json.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
            Assert.That(json.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
            Assert.That(jsonError["code"]!.GetValue<int>(), Is.EqualTo(405));
            Assert.That(jsonError["description"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(xml.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
            Assert.That(xmlError.Element("code")!.Value, Is.EqualTo("405"));
        }
    }

    [Test]
    public async Task A_body_over_the_limit_is_413_in_the_specs_format()
    {
        using var anonymous = _host!.CreateClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = DemoApiKey,
            ["description"] = new string('x', 1_100_000),
        });

        using var response = await anonymous.PostAsync(new Uri("/open311/v2/requests.xml", UriKind.Relative), form);

        var errors = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
            Assert.That(errors.Name.LocalName, Is.EqualTo("errors"));
            Assert.That(errors.Element("error")!.Element("code")!.Value, Is.EqualTo("413"));
        }
    }

    [Test]
    public async Task An_unknown_path_under_open311_is_404_in_the_specs_format_and_elsewhere_a_problem()
    {
        using var anonymous = _host!.CreateClient();

        using var open311 = await anonymous.GetAsync(new Uri("/open311/v2/tickets.json", UriKind.Relative));
        using var api = await anonymous.GetAsync(new Uri("/api/v1/tickets", UriKind.Relative));

        var error = JsonNode.Parse(await open311.Content.ReadAsStringAsync())!.AsArray()[0]!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(open311.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(error["code"]!.GetValue<int>(), Is.EqualTo(404));
            Assert.That(api.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(api.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        }
    }

    private static FormUrlEncodedContent ServiceRequest(string apiKey) => new(new Dictionary<string, string>
    {
        ["api_key"] = apiKey,
        ["service_code"] = "sampah",
        ["lat"] = "0.1333",
        ["long"] = "117.4833",
        ["first_name"] = "Budi",
        ["last_name"] = "Hartono",
        ["email"] = "budi.hartono@example.id",
        ["description"] = "Sampah tidak diangkut sejak seminggu di Jalan Ahmad Yani.",
    });

    private async Task<string> IssueKeyToANewPartnerAsync()
    {
        var token = (await new OAuthTestClient(_host!).ClientCredentialsAsync("admin-cli", "identity.admin")).AccessToken;
        using var admin = new OAuthTestClient(_host!).CreateApiClient(token);
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
        return JsonNode.Parse(await issued.Content.ReadAsStringAsync())!["apiKey"]!.GetValue<string>();
    }
}
