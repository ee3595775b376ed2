using System.Net;
using System.Text.Json.Nodes;
using GovServices.Testing;

namespace GovServices.Host.Tests;

/// <summary>
/// Behind a reverse proxy: forwarded headers are believed from configured proxies only. The host runs on Kestrel on
/// 127.0.0.1, so the connection's address is the real one of the test's socket — the "proxy" here.
/// </summary>
internal sealed class ReverseProxyTests
{
    private const string Citizen = "203.0.113.10";
    private const string AnotherCitizen = "203.0.113.20";
    private static readonly Uri PublicEndpoint = new("/api/v1/complaints/categories", UriKind.Relative);

    [Test]
    public async Task Citizens_behind_a_known_proxy_each_get_their_own_rate_limit()
    {
        await using var host = KestrelHost.Start(new Dictionary<string, string?>
        {
            ["Http:KnownProxies:0"] = "127.0.0.1",
            ["RateLimits:PublicRequestsPerMinute"] = "2",
        });

        var first = await SpendBudgetAsync(host, Citizen);
        var beyond = await GetAsync(host, Citizen);
        var other = await GetAsync(host, AnotherCitizen);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(beyond, Is.EqualTo(HttpStatusCode.TooManyRequests), "the citizen spent their own budget");
            Assert.That(other, Is.EqualTo(HttpStatusCode.OK), "another citizen behind the same proxy has a budget of their own");
        }
    }

    [Test]
    public async Task Forwarded_addresses_from_a_network_given_in_cidr_notation_are_believed()
    {
        await using var host = KestrelHost.Start(new Dictionary<string, string?>
        {
            ["Http:KnownNetworks"] = "10.0.0.0/8, 127.0.0.0/8",
            ["RateLimits:PublicRequestsPerMinute"] = "2",
        });

        await SpendBudgetAsync(host, Citizen);
        var other = await GetAsync(host, AnotherCitizen);

        Assert.That(other, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Forwarded_addresses_from_a_source_that_is_not_a_known_proxy_are_ignored()
    {
        await using var host = KestrelHost.Start(new Dictionary<string, string?>
        {
            ["Http:KnownProxies:0"] = "192.0.2.1",
            ["RateLimits:PublicRequestsPerMinute"] = "2",
        });

        await SpendBudgetAsync(host, Citizen);
        var posingAsAnother = await GetAsync(host, AnotherCitizen);

        Assert.That(posingAsAnother, Is.EqualTo(HttpStatusCode.TooManyRequests), "a client cannot escape its limit by naming another address");
    }

    [Test]
    public async Task With_no_proxy_configured_forwarded_addresses_are_ignored()
    {
        await using var host = KestrelHost.Start(new Dictionary<string, string?> { ["RateLimits:PublicRequestsPerMinute"] = "2" });

        await SpendBudgetAsync(host, Citizen);
        var posingAsAnother = await GetAsync(host, AnotherCitizen);

        Assert.That(posingAsAnother, Is.EqualTo(HttpStatusCode.TooManyRequests));
    }

    [Test]
    public async Task In_production_the_token_endpoint_takes_plain_http_only_from_a_known_proxy_that_received_https()
    {
        await using var host = KestrelHost.Start(new Dictionary<string, string?> { ["Http:KnownProxies:0"] = "127.0.0.1" }, "Production");
        await using var untrusted = KestrelHost.Start(new Dictionary<string, string?> { ["Http:KnownProxies:0"] = "192.0.2.1" }, "Production");

        var viaProxy = await RequestTokenAsync(host, forwardedProto: "https");
        var direct = await RequestTokenAsync(host, forwardedProto: null);
        var posing = await RequestTokenAsync(untrusted, forwardedProto: "https");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(viaProxy, Does.Contain("invalid_client").And.Not.Contain("ID2083"), "OpenIddict saw https and went on to check the client");
            Assert.That(direct, Does.Contain("ID2083"), "plain http is refused in production");
            Assert.That(posing, Does.Contain("ID2083"), "a client cannot claim https for itself");
        }
    }

    [Test]
    public async Task OpenIddict_and_its_links_see_the_scheme_and_host_a_known_proxy_forwards()
    {
        // Development without Identity:Issuer: the issuer and every link follow the request, as the proxy forwards it.
        await using var host = KestrelHost.Start(new Dictionary<string, string?> { ["Http:KnownProxies:0"] = "127.0.0.1" }, "Development");

        var discovery = await DiscoveryAsync(host);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(discovery["issuer"]!.GetValue<string>(), Is.EqualTo("https://layanan.bontangkota.test/"));
            Assert.That(discovery["token_endpoint"]!.GetValue<string>(), Is.EqualTo("https://layanan.bontangkota.test/connect/token"));
        }
    }

    [Test]
    public async Task A_scheme_and_host_forwarded_by_a_source_that_is_not_a_known_proxy_are_ignored()
    {
        await using var host = KestrelHost.Start(new Dictionary<string, string?> { ["Http:KnownProxies:0"] = "192.0.2.1" }, "Development");

        var discovery = await DiscoveryAsync(host);

        Assert.That(discovery["issuer"]!.GetValue<string>(), Does.StartWith("http://127.0.0.1:"));
    }

    private static async Task<JsonNode> DiscoveryAsync(KestrelHost host)
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/.well-known/openid-configuration");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "layanan.bontangkota.test");
        using var response = await client.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task<List<HttpStatusCode>> SpendBudgetAsync(KestrelHost host, string citizen) =>
        [await GetAsync(host, citizen), await GetAsync(host, citizen)];

    private static async Task<HttpStatusCode> GetAsync(KestrelHost host, string forwardedFor)
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, PublicEndpoint);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private static async Task<string> RequestTokenAsync(KestrelHost host, string? forwardedProto)
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = "no-such-client",
                ["client_secret"] = "whatever",
            }),
        };
        if (forwardedProto is not null)
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        using var response = await client.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }
}
