using System.Net;
using System.Text.RegularExpressions;
using GovServices.Testing;
using GovServices.Testing.Identity;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GovServices.Host.Tests;

/// <summary>The headers every answer and every page carries (docs/adr/0064).</summary>
[TestFixture]
internal sealed partial class SecurityHeadersTests
{
    private GovServicesWebApplicationFactory _host = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        _host = new GovServicesWebApplicationFactory(new Dictionary<string, string?> { ["Identity:SeedDemoData"] = "true" });
        _client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [TestCase("/api/v1/complaints/categories")]
    [TestCase("/api/v1/identity/me")]
    [TestCase("/api/v1/nothing-here")]
    [TestCase("/open311/v2/services.json")]
    [TestCase("/openapi/v1.json")]
    [TestCase("/health/live")]
    public async Task Every_answer_says_its_content_type_is_not_to_be_guessed(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }), $"{path} answered {(int)response.StatusCode}");
    }

    [Test]
    public async Task An_answer_with_personal_data_is_not_stored_and_public_figures_keep_their_own_caching()
    {
        var oauth = new OAuthTestClient(_host);
        using var citizen = oauth.CreateApiClient((await oauth.AuthorizationCodeAsync("citizen", "openid", "profile")).AccessToken);

        using var me = await citizen.GetAsync(new Uri("/api/v1/identity/me", UriKind.Relative));
        using var refused = await _client.GetAsync(new Uri("/api/v1/identity/me", UriKind.Relative));
        using var figures = await _client.GetAsync(new Uri("/api/v1/complaints/public-stats", UriKind.Relative));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(me.Headers.CacheControl?.NoStore, Is.True, "the signed-in person's own record");
            Assert.That(refused.Headers.CacheControl?.NoStore, Is.True);
            Assert.That(figures.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(figures.Headers.CacheControl?.Public, Is.True, "open data may be cached");
            Assert.That(figures.Headers.CacheControl?.NoStore, Is.False);
        }
    }

    [TestCase("/account/login")]
    [TestCase("/docs/index.html")]
    [TestCase("/swagger/index.html")]
    public async Task Every_page_forbids_framing_and_foreign_scripts_and_keeps_its_address_to_itself(string path)
    {
        using var page = await _client.GetAsync(new Uri(path, UriKind.Relative));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            var policy = string.Join(", ", page.Headers.GetValues("Content-Security-Policy"));
            Assert.That(policy, Does.Contain("frame-ancestors 'none'"));
            Assert.That(policy, Does.Contain("script-src 'self';"), "scripts from the host only, none inline");
            Assert.That(policy, Does.Contain("default-src 'none'"));
            Assert.That(page.Headers.GetValues("X-Frame-Options"), Is.EqualTo(new[] { "DENY" }));
            Assert.That(page.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
            Assert.That(page.Headers.GetValues("Referrer-Policy"), Is.EqualTo(new[] { "no-referrer" }));
        }
    }

    [Test]
    public async Task The_command_centre_keeps_its_own_stricter_policy()
    {
        using var page = await _client.GetAsync(new Uri("/command-centre/assets/command-centre.css", UriKind.Relative));

        var policy = string.Join(", ", page.Headers.GetValues("Content-Security-Policy"));
        Assert.That(policy, Does.Contain("style-src 'self';").And.Not.Contain("unsafe-inline"));
    }

    [Test]
    public async Task The_redoc_page_loads_nothing_from_outside_the_host()
    {
        var page = await _client.GetStringAsync(new Uri("/docs/index.html", UriKind.Relative));
        var references = Reference().Matches(page).Select(match => match.Groups["url"].Value).ToList();
        var loaded = new List<(string Url, HttpStatusCode Status)>();
        // A data URI (the page's empty favicon) is part of the page, not a request.
        foreach (var reference in references.Where(reference => !reference.StartsWith("data:", StringComparison.Ordinal)))
        {
            using var response = await _client.GetAsync(new Uri("/docs/" + reference, UriKind.Relative));
            loaded.Add((reference, response.StatusCode));
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(references, Is.SupersetOf(new[] { "index.css", "index.js" }));
            Assert.That(page, Does.Not.Contain("//"), "no absolute or protocol-relative address (fonts.googleapis.com was one)");
            Assert.That(loaded.Where(entry => entry.Status != HttpStatusCode.OK), Is.Empty, "every asset is served by the host");
            Assert.That(await _client.GetStringAsync(new Uri("/docs/index.js", UriKind.Relative)), Does.Contain("./redoc.standalone.js"));
        }
    }

    [Test]
    public async Task Https_answers_carry_hsts_outside_development_and_not_in_development()
    {
        await using var development = new GovServicesWebApplicationFactory(new Dictionary<string, string?>(), "Development");
        var https = new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://govservices.test/") };
        using var testing = _host.CreateClient(https);
        using var developer = development.CreateClient(https);

        using var answer = await testing.GetAsync(new Uri("/health/live", UriKind.Relative));
        using var developmentAnswer = await developer.GetAsync(new Uri("/health/live", UriKind.Relative));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Headers.GetValues("Strict-Transport-Security").Single(), Does.StartWith("max-age=31536000"));
            Assert.That(developmentAnswer.Headers.Contains("Strict-Transport-Security"), Is.False);
        }
    }

    [GeneratedRegex("""(?:src|href)="(?<url>[^"]+)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Reference();
}
