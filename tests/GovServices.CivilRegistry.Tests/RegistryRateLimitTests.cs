using System.Net;
using System.Net.Http.Json;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Identity;

namespace GovServices.CivilRegistry.Tests;

/// <summary>Verifications and lookups are limited per client: one busy partner cannot exhaust the registry for all.</summary>
public sealed class RegistryRateLimitTests
{
    [Test]
    public async Task A_client_over_its_lookup_limit_gets_429_with_retry_after_while_others_go_on()
    {
        await using var host = await GovServicesWebApplicationFactory.CreateAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Identity:SeedDemoData"] = "true",
            ["RateLimits:RegistryLookupsPerMinute"] = "2",
        });
        var oauth = new OAuthTestClient(host);
        var partner = await oauth.ClientCredentialsAsync("partner-app", "registry.verify");
        var officeSystem = await oauth.ClientCredentialsAsync("opd-system", "registry.read");
        using var partnerApi = oauth.CreateApiClient(partner.AccessToken);
        using var officeApi = oauth.CreateApiClient(officeSystem.AccessToken);
        var verification = new { nik = "6474014107900001", purpose = "health-service", fullName = "Siti" };

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var call = 0; call < 3; call++)
        {
            last?.Dispose();
            last = await partnerApi.PostAsJsonAsync(new Uri("/api/v1/civil-registry/verifications", UriKind.Relative), verification);
            statuses.Add(last.StatusCode);
        }

        using var limited = last!;
        using var lookup = new HttpRequestMessage(HttpMethod.Get, "/api/v1/civil-registry/residents/6474014107900001");
        lookup.Headers.Add("X-Purpose", "public-service");
        using var otherClient = await officeApi.SendAsync(lookup);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(statuses.Take(2), Has.None.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(statuses[2], Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(limited.Headers.RetryAfter, Is.Not.Null);
            Assert.That(limited.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(otherClient.StatusCode, Is.Not.EqualTo(HttpStatusCode.TooManyRequests), "the limit is per client");
        }
    }
}
