using System.Net;
using System.Text;
using GovServices.Host.Tests.Diagnostics;
using GovServices.Testing;
using Microsoft.Extensions.Hosting;

namespace GovServices.Host.Tests;

[TestFixture]
internal sealed class HttpProblemsTests
{
    private HostWithDiagnosticEndpoints _host = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        _host = HostWithDiagnosticEndpoints.InEnvironment(Environments.Production);
        _client = _host.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task An_unknown_route_is_a_404_problem()
    {
        using var response = await _client.GetAsync(new Uri("/no/such/route", UriKind.Relative));

        var problem = await response.ReadProblemAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(problem.Status, Is.EqualTo(404));
            Assert.That(problem.Code, Is.EqualTo("not_found"));
            Assert.That(problem.Type, Is.EqualTo("https://govservices.bontangkota.go.id/problems/not-found"));
            Assert.That(problem.Title, Is.EqualTo("Not found"));
            Assert.That(problem.Detail, Is.Not.Empty);
            Assert.That(problem.Instance, Is.EqualTo("/no/such/route"));
            Assert.That(problem.TraceId, Does.Match("^[0-9a-f]{32}$"));
        }
    }

    [Test]
    public async Task A_wrong_method_on_a_known_route_is_a_405_problem_that_lists_the_allowed_methods()
    {
        using var response = await _client.GetAsync(new Uri(DiagnosticEndpointsStartupFilter.EchoPath, UriKind.Relative));

        var problem = await response.ReadProblemAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
            Assert.That(response.Content.Headers.Allow, Is.EquivalentTo(new[] { "POST" }));
            Assert.That(problem.Status, Is.EqualTo(405));
            Assert.That(problem.Code, Is.EqualTo("method_not_allowed"));
            Assert.That(problem.Title, Is.EqualTo("Method not allowed"));
        }
    }

    [Test]
    public async Task A_body_that_is_not_json_on_a_json_endpoint_is_a_415_problem()
    {
        using var body = new StringContent("name=Siti&count=3", Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await PostEchoAsync(body);

        var problem = await response.ReadProblemAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
            Assert.That(problem.Status, Is.EqualTo(415));
            Assert.That(problem.Code, Is.EqualTo("unsupported_media_type"));
            Assert.That(problem.Detail, Does.Contain("application/json"));
        }
    }

    [Test]
    public async Task Malformed_json_is_a_400_problem_that_says_where_it_broke()
    {
        using var response = await PostEchoAsync(Json("""{"name": "Siti", "count": 3,, }"""));

        var problem = await AssertMalformedJsonProblemAsync(response, "$");
        Assert.That(problem.Detail, Does.Contain("(line 1, byte 29)"));
    }

    [Test]
    public async Task Truncated_json_is_a_400_problem_that_names_the_field()
    {
        using var response = await PostEchoAsync(Json("""{"name": "Siti", "count": """));

        await AssertMalformedJsonProblemAsync(response, "$.count");
    }

    [TestCase("\"five\"")]
    [TestCase("\"5\"")]
    [TestCase("5.5")]
    [TestCase("true")]
    public async Task A_value_of_the_wrong_json_type_is_a_400_problem_that_names_the_field(string count)
    {
        using var response = await PostEchoAsync(Json($$"""{"name": "Siti", "count": {{count}}}"""));

        await AssertMalformedJsonProblemAsync(response, "$.count");
    }

    [Test]
    public async Task A_malformed_body_is_never_echoed_back_in_the_problem()
    {
        var junk = new string('x', 3000);

        using var response = await PostEchoAsync(Json($$"""{"name": "{{junk}}"""));

        var text = await response.Content.ReadAsStringAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(text, Does.Not.Contain("xxxxxxxx"));
            Assert.That(text, Has.Length.LessThan(1000));
        }
    }

    [Test]
    public async Task An_unhandled_exception_is_a_500_problem_with_a_trace_id_and_no_exception_details()
    {
        using var response = await _client.GetAsync(new Uri(DiagnosticEndpointsStartupFilter.ThrowPath, UriKind.Relative));

        var problem = await response.ReadProblemAsync();
        var text = await response.Content.ReadAsStringAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
            Assert.That(problem.Status, Is.EqualTo(500));
            Assert.That(problem.Code, Is.EqualTo("internal_error"));
            Assert.That(problem.Title, Is.EqualTo("Internal server error"));
            Assert.That(problem.TraceId, Does.Match("^[0-9a-f]{32}$"));
            Assert.That(text, Does.Not.Contain(DiagnosticEndpointsStartupFilter.SecretExceptionMessage));
            Assert.That(text, Does.Not.Contain(nameof(InvalidOperationException)));
            Assert.That(text, Does.Not.Contain(" at "));
        }
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static async Task<ProblemDocument> AssertMalformedJsonProblemAsync(HttpResponseMessage response, string jsonPath)
    {
        var problem = await response.ReadProblemAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.Status, Is.EqualTo(400));
            Assert.That(problem.Code, Is.EqualTo("malformed_json"));
            Assert.That(problem.Title, Is.EqualTo("Malformed JSON"));
            Assert.That(problem.Detail, Does.Contain($"'{jsonPath}'"));
            Assert.That(problem.Instance, Is.EqualTo(DiagnosticEndpointsStartupFilter.EchoPath));
        }

        return problem;
    }

    private async Task<HttpResponseMessage> PostEchoAsync(HttpContent body)
    {
        using (body)
        {
            return await _client.PostAsync(new Uri(DiagnosticEndpointsStartupFilter.EchoPath, UriKind.Relative), body);
        }
    }
}
