using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;

namespace GovServices.Notifications.Tests.Webhooks;

/// <summary>The SSRF guard at subscription time, through the API, with the guard on as outside Development.</summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class WebhookUrlGuardApiTests(DatabaseProvider provider)
{
    private GovServicesWebApplicationFactory? _host;
    private HttpClient? _partner;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await GovServicesWebApplicationFactory.CreateAsync(provider, new Dictionary<string, string?>
        {
            ["Identity:SeedDemoData"] = "true",
            ["Notifications:Webhooks:AllowPrivateAddresses"] = "false",
        });
        var oauth = new OAuthTestClient(_host);
        _partner = oauth.CreateApiClient((await oauth.ClientCredentialsAsync("partner-app", "notifications.manage")).AccessToken);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _partner?.Dispose();
        if (_host is not null)
            await _host.DisposeAsync();
    }

    [TestCase("http://partner.example/hooks", "webhook_url_not_https")]
    [TestCase("https://127.0.0.1/hooks", "webhook_url_not_public")]
    [TestCase("https://[::1]:8443/hooks", "webhook_url_not_public")]
    [TestCase("https://169.254.169.254/latest/meta-data/", "webhook_url_not_public")]
    [TestCase("https://[::ffff:10.0.0.1]/hooks", "webhook_url_not_public")]
    [TestCase("https://100.64.0.1/hooks", "webhook_url_not_public")]
    [TestCase("https://[fd00::1]/hooks", "webhook_url_not_public")]
    [TestCase("https://user:secret@partner.example/hooks", "webhook_url_malformed")]
    public async Task Subscribing_a_url_the_guard_refuses_is_a_422_problem_with_a_stable_type_and_code_and_nothing_is_stored(string url, string code)
    {
        using var response = await _partner!.PostAsJsonAsync("/api/v1/notifications/webhooks", new { url, eventTypes = new[] { "complaint.status_changed" } });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity), await response.Content.ReadAsStringAsync());
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(problem.RootElement.GetProperty("code").GetString(), Is.EqualTo(code));
        Assert.That(problem.RootElement.GetProperty("type").GetString(), Is.EqualTo("https://govservices.bontangkota.go.id/problems/" + code.Replace('_', '-')));
        using var list = await _partner!.GetAsync(new Uri("/api/v1/notifications/webhooks", UriKind.Relative));
        Assert.That(await list.Content.ReadAsStringAsync(), Does.Not.Contain(url.Split('/')[2]));
    }

    [Test]
    public async Task The_refusal_is_told_in_bahasa_indonesia_when_asked()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/notifications/webhooks", UriKind.Relative))
        {
            Content = JsonContent.Create(new { url = "https://169.254.169.254/", eventTypes = new[] { "complaint.status_changed" } }),
        };
        request.Headers.AcceptLanguage.ParseAdd("id");

        using var response = await _partner!.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(problem.RootElement.GetProperty("detail").GetString(), Does.Contain("bukan alamat publik"));
    }
}
