using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Host.Tests.Metrics;

/// <summary>
/// Prometheus scrapes a real host over HTTP on the metrics port after real traffic through the API: tokens, a
/// complaint, an audit verification, a resident import, a webhook that could not be delivered (ADR 0034).
/// </summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class MetricsEndpointTests(DatabaseProvider provider)
{
    private static readonly TimeSpan SealWait = TimeSpan.FromSeconds(60);

    private GovServicesWebApplicationFactory _host = null!;
    private OAuthTestClient _oauth = null!;
    private HttpClient _scraper = null!;
    private int _metricsPort;
    private IReadOnlyList<string> _schemas = null!;
    private Guid _importId;
    private long _importBytes;

    [OneTimeSetUp]
    public async Task StartAndActAsync()
    {
        _metricsPort = FreeLoopbackPort();
        _host = await GovServicesWebApplicationFactory.CreateAsync(provider, new Dictionary<string, string?>
        {
            ["Identity:SeedDemoData"] = "true",
            ["Metrics:Port"] = _metricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Audit:SealInterval"] = "00:00:00.500",
            // The import worker and the outbox processor look once at start-up and then not for an hour, and a commit
            // does not wake the processor: the uploaded file stays queued, and the event of the complaint filed below
            // stays in the complaints outbox.
            ["CivilRegistry:Import:PollInterval"] = "01:00:00",
            ["Outbox:PollInterval"] = "01:00:00",
            ["Outbox:WakeOnCommit"] = "false",
        });
        _oauth = new OAuthTestClient(_host);
        _schemas = _host.Services.GetServices<ModuleSchema>().Select(schema => schema.Name).Distinct().ToList();
        _scraper = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_metricsPort}") };

        var partner = await _oauth.ClientCredentialsAsync("partner-app", "complaints.submit");
        using (var api = _oauth.CreateApiClient(partner.AccessToken))
        {
            using var filed = await api.PostAsJsonAsync(new Uri("/api/v1/complaints", UriKind.Relative), new
            {
                title = "Lampu jalan padam",
                description = "Lampu jalan di depan pasar padam sejak tiga hari.",
                category = "sampah",
                latitude = 0.1333,
                longitude = 117.4833,
                address = "Jl. Ahmad Yani, Bontang Utara",
                anonymous = false,
                confidential = false,
                reporter = new { name = "Budi Hartono", contact = "+62 812 5555 0101" },
            });
            Assert.That(filed.StatusCode, Is.EqualTo(HttpStatusCode.Created), await filed.Content.ReadAsStringAsync());
        }

        var opd = await _oauth.ClientCredentialsAsync("opd-system", "registry.import");
        using (var api = _oauth.CreateApiClient(opd.AccessToken))
        {
            var csv = Encoding.UTF8.GetBytes(
                "nik,kk,full_name,birth_place,birth_date,sex,religion,marital_status,occupation,street,rt,rw,kelurahan,kecamatan,status\r\n"
                + "6474020107909001,6474020101150001,Budi Santoso,Bontang,1990-07-01,L,Islam,Belum Kawin,Guru,Jl. Katamso,10,3,Tanjung Laut,Bontang Selatan,active\r\n");
            using var content = new ByteArrayContent(csv);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
            using var accepted = await api.PostAsync(new Uri("/api/v1/civil-registry/imports", UriKind.Relative), content);
            Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await accepted.Content.ReadAsStringAsync());
            _importId = JsonNode.Parse(await accepted.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
            _importBytes = csv.Length;
        }
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _scraper?.Dispose();
        if (_host is not null)
            await _host.DisposeAsync();
    }

    [Test]
    public async Task Tokens_issued_are_counted_by_client_and_grant_type()
    {
        var scrape = await ScrapeAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                scrape.Series("govservices_identity_tokens_issued_total", ("client_id", "partner-app"), ("grant_type", "client_credentials")).Sum(sample => sample.Value),
                Is.GreaterThanOrEqualTo(1));
            Assert.That(
                scrape.Series("govservices_identity_tokens_issued_total", ("client_id", "opd-system"), ("grant_type", "client_credentials")).Sum(sample => sample.Value),
                Is.GreaterThanOrEqualTo(1));
        }
    }

    [Test]
    public async Task A_refused_token_request_is_not_counted()
    {
        using var refused = await _oauth.PostClientCredentialsAsync("partner-app", "not-the-secret", "complaints.submit");
        Assert.That(refused.IsSuccessStatusCode, Is.False);
        using var unknown = await _oauth.PostClientCredentialsAsync("no-such-client", "secret", "complaints.submit");

        var scrape = await ScrapeAsync();

        Assert.That(scrape.Series("govservices_identity_tokens_issued_total", ("client_id", "no-such-client")), Is.Empty);
    }

    [Test]
    public async Task The_route_used_has_a_latency_histogram_and_a_request_count()
    {
        var scrape = await ScrapeAsync();

        // The group maps filing at "/" under the module's prefix, so the route template ends with a slash.
        var route = new[] { ("http_route", "/api/v1/complaints/"), ("http_request_method", "POST"), ("http_response_status_code", "201") };
        using (Assert.EnterMultipleScope())
        {
            Assert.That(scrape.Series("http_server_request_duration_seconds_count", route).Sum(sample => sample.Value), Is.GreaterThanOrEqualTo(1), scrape.Text);
            Assert.That(scrape.Series("http_server_request_duration_seconds_sum", route).Sum(sample => sample.Value), Is.GreaterThan(0));
            Assert.That(scrape.Series("http_server_request_duration_seconds_bucket", [.. route, ("le", "+Inf")]).Sum(sample => sample.Value), Is.GreaterThanOrEqualTo(1));
        }
    }

    [Test]
    public async Task Every_module_schema_reports_its_outbox_backlog_age_and_poisoned_messages()
    {
        var scrape = await ScrapeAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scrape.Series("govservices_outbox_pending", ("schema", "complaints")).Single().Value, Is.GreaterThanOrEqualTo(1), "the filed complaint's event waits");
            Assert.That(scrape.Series("govservices_outbox_oldest_pending_age_seconds", ("schema", "complaints")).Single().Value, Is.GreaterThan(0));
        }

        foreach (var schema in _schemas)
        {
            using (Assert.EnterMultipleScope())
            {
                Assert.That(scrape.Series("govservices_outbox_pending", ("schema", schema)).Select(sample => sample.Value), Has.One.GreaterThanOrEqualTo(0d), schema);
                Assert.That(scrape.Series("govservices_outbox_oldest_pending_age_seconds", ("schema", schema)).Select(sample => sample.Value), Has.One.InRange(0d, 3600d), schema);
                Assert.That(scrape.Series("govservices_outbox_poisoned", ("schema", schema)).Select(sample => sample.Value), Has.One.EqualTo(0d), schema);
            }
        }
    }

    [Test]
    public async Task Each_modules_chain_reports_its_sealed_position_and_unsealed_records_and_the_last_verification()
    {
        var scrape = await ScrapeUntilAsync(
            current => current.Series("govservices_audit_chain_sealed_position", ("module", "complaints")).Any(sample => sample.Value >= 1),
            SealWait);
        using (var auditor = _oauth.CreateApiClient((await _oauth.ClientCredentialsAsync("auditor-tool", "audit.read")).AccessToken))
        {
            using var verified = await auditor.GetAsync(new Uri("/api/v1/audit/verify?module=complaints", UriKind.Relative));
            Assert.That(verified.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var afterVerification = await ScrapeUntilAsync(
            current => current.Series("govservices_audit_chain_last_verification_intact", ("module", "complaints")).Count == 1,
            CachedReadingAge());

        using (Assert.EnterMultipleScope())
        {
            foreach (var schema in _schemas)
            {
                Assert.That(scrape.Series("govservices_audit_chain_sealed_position", ("module", schema)), Has.Count.EqualTo(1), schema);
                Assert.That(scrape.Series("govservices_audit_chain_unsealed", ("module", schema)).Select(sample => sample.Value), Has.One.GreaterThanOrEqualTo(0d), schema);
            }

            Assert.That(afterVerification.Series("govservices_audit_chain_last_verification_intact", ("module", "complaints")).Single().Value, Is.EqualTo(1));
            Assert.That(afterVerification.Series("govservices_audit_chain_last_verification_intact", ("module", "payments")), Is.Empty, "never verified on this instance");
        }
    }

    [Test]
    public async Task A_queued_resident_import_reports_its_file_size_and_the_rows_read_so_far()
    {
        var job = ("job_id", _importId.ToString());

        var scrape = await ScrapeAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scrape.Series("govservices_civil_registry_import_file_size_bytes", job, ("status", "queued")).Select(sample => sample.Value), Is.EqualTo(new double[] { _importBytes }), scrape.Text);
            Assert.That(scrape.Series("govservices_civil_registry_import_rows_read", job, ("status", "queued")).Select(sample => sample.Value), Is.EqualTo(new double[] { 0 }));
        }
    }

    [Test]
    public async Task A_webhook_attempt_that_failed_is_counted_by_channel_and_outcome()
    {
        // A receiver that is not there: nothing listens on the port once the listener is gone.
        var nobody = FreeLoopbackPort();
        var partner = await _oauth.ClientCredentialsAsync("partner-app", "notifications.manage");
        using (var api = _oauth.CreateApiClient(partner.AccessToken))
        {
            using var subscribed = await api.PostAsJsonAsync(new Uri("/api/v1/notifications/webhooks", UriKind.Relative), new
            {
                url = $"http://127.0.0.1:{nobody}/hooks",
                eventTypes = new[] { "complaint.status_changed" },
            });
            Assert.That(subscribed.StatusCode, Is.EqualTo(HttpStatusCode.Created), await subscribed.Content.ReadAsStringAsync());
            var endpointId = JsonNode.Parse(await subscribed.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
            using var pinged = await api.PostAsync(new Uri($"/api/v1/notifications/webhooks/{endpointId}/test", UriKind.Relative), null);
            Assert.That(pinged.IsSuccessStatusCode, Is.True, await pinged.Content.ReadAsStringAsync());
        }

        var retry = new[] { ("channel", "webhook"), ("outcome", "retry") };
        var scrape = await ScrapeUntilAsync(current => current.Series("govservices_notifications_delivery_attempts_total", retry).Sum(sample => sample.Value) >= 1, SealWait);

        Assert.That(scrape.Series("govservices_notifications_delivery_attempts_total", retry).Sum(sample => sample.Value), Is.GreaterThanOrEqualTo(1), scrape.Text);
    }

    [Test]
    public async Task The_API_port_serves_no_metrics_to_anyone()
    {
        using var anonymous = _host.CreateClient();
        using var response = await anonymous.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_metrics_port_listens_on_the_loopback_address_only()
    {
        var elsewhere = (await Dns.GetHostAddressesAsync(Dns.GetHostName()))
            .FirstOrDefault(address => address.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(address));
        Assume.That(elsewhere, Is.Not.Null, "this machine has no address besides the loopback one");

        using var client = new TcpClient();
        Assert.That(async () => await client.ConnectAsync(elsewhere!, _metricsPort), Throws.InstanceOf<SocketException>());
    }

    private static TimeSpan CachedReadingAge() => BuildingBlocks.Observability.CachedReading<object>.MaxAge * 3;

    private async Task<PrometheusScrape> ScrapeAsync()
    {
        using var response = await _scraper.GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain").Or.EqualTo("application/openmetrics-text"));
        return PrometheusScrape.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Scrapes again until the condition holds, as Prometheus would see the host catch up.</summary>
    private async Task<PrometheusScrape> ScrapeUntilAsync(Func<PrometheusScrape, bool> condition, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            var scrape = await ScrapeAsync();
            if (condition(scrape) || DateTime.UtcNow > deadline)
                return scrape;
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
