using System.Text;
using GovServices.Host.Tests.Diagnostics;
using GovServices.Testing;
using Microsoft.Extensions.Hosting;

namespace GovServices.Host.Tests;

[TestFixture]
internal sealed class ProblemLocalisationTests
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
    public async Task Problem_titles_are_in_english_when_no_language_is_asked_for()
    {
        var problem = await GetUnknownRouteAsync(acceptLanguage: null);

        Assert.That(problem.Title, Is.EqualTo("Not found"));
    }

    [TestCase("id")]
    [TestCase("id-ID")]
    [TestCase("id-ID, en;q=0.5")]
    public async Task Problem_titles_and_details_are_in_bahasa_indonesia_when_the_caller_asks_for_it(string acceptLanguage)
    {
        var problem = await GetUnknownRouteAsync(acceptLanguage);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(problem.Title, Is.EqualTo("Tidak ditemukan"));
            Assert.That(problem.Detail, Is.EqualTo("Tidak ada sumber daya di alamat ini."));
            Assert.That(problem.Code, Is.EqualTo("not_found"));
        }
    }

    [TestCase("fr")]
    [TestCase("ja-JP")]
    public async Task Problem_titles_fall_back_to_english_for_other_languages(string acceptLanguage)
    {
        var problem = await GetUnknownRouteAsync(acceptLanguage);

        Assert.That(problem.Title, Is.EqualTo("Not found"));
    }

    [Test]
    public async Task A_malformed_json_problem_in_bahasa_indonesia_still_names_the_field()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, DiagnosticEndpointsStartupFilter.EchoPath)
        {
            Content = new StringContent("""{"name": "Siti", "count": """, Encoding.UTF8, "application/json"),
            Headers = { { "Accept-Language", "id" } },
        };

        using var response = await _client.SendAsync(request);

        var problem = await response.ReadProblemAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(problem.Title, Is.EqualTo("JSON tidak valid"));
            Assert.That(problem.Detail, Does.Contain("'$.count'"));
            Assert.That(problem.Code, Is.EqualTo("malformed_json"));
        }
    }

    private async Task<ProblemDocument> GetUnknownRouteAsync(string? acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/no/such/route");
        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }

        using var response = await _client.SendAsync(request);
        return await response.ReadProblemAsync();
    }
}
