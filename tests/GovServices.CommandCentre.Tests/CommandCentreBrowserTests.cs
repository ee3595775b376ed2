using System.Globalization;
using System.Text.Json;
using Deque.AxeCore.Playwright;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing.Browsers;
using GovServices.Testing.Databases;
using Microsoft.Playwright;

namespace GovServices.CommandCentre.Tests;

/// <summary>
/// The Command Centre in Debian's chromium, driven by Playwright, against the host as a real process on each database
/// (docs/adr/0057): signed in through the real login page, each panel with the API's figures, live updates, the OPD
/// head's and the citizen's views, a host restart under the open page, and an accessibility scan. The PostgreSQL leg
/// draws the map over a tile layer (<see cref="TileServer"/> on 127.0.0.1); the SQLite leg has none, as a closed
/// network would, and draws the points on the plain canvas.
/// </summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
[NonParallelizable]
internal sealed class CommandCentreBrowserTests(DatabaseProvider provider)
{
    private static readonly TimeZoneInfo Wita = TimeZoneInfo.FindSystemTimeZoneById("Asia/Makassar");

    private TestDatabase _database = null!;
    private RealHost _host = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private HostApi _api = null!;
    private TileServer? _tiles;

    private static string Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Wita).DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string MonthAgo => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Wita).DateTime).AddDays(-29).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Results => Path.Combine(TestContext.CurrentContext.WorkDirectory, "command-centre");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        DebianChromium.IgnoreWhenMissing();

        _database = await TestDatabase.CreateAsync(provider);
        _tiles = provider == DatabaseProvider.PostgreSql ? new TileServer() : null;
        var settings = _database.ToConfiguration().ToDictionary();
        if (_tiles is not null)
            settings["CommandCentre:TileUrl"] = _tiles.TileUrl;
        _host = new RealHost(settings);
        await _host.StartAsync();
        _api = new HostApi(_host.BaseAddress);
        _playwright = await Playwright.CreateAsync();
        _browser = await DebianChromium.LaunchAsync(_playwright);
        Directory.CreateDirectory(Results);

        // Seed: a few complaints with locations, one of them in the DLH's category.
        using var partner = await _api.AsClientAsync("partner-app", "complaints.submit");
        await HostApi.FileComplaintAsync(partner, "sampah", 0.13, 117.48);
        await HostApi.FileComplaintAsync(partner, "jalan_rusak", 0.15, 117.47);
        using var registry = await _api.AsClientAsync("partner-app", "registry.verify");
        await HostApi.VerifyResidentAsync(registry, HostApi.CitizenNik, "Siti Rahmawati");
        await HostApi.VerifyResidentAsync(registry, HostApi.CitizenNik, "Orang Lain");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_host is not null)
            await _host.DisposeAsync();
        if (_database is not null)
            await _database.DisposeAsync();
        _tiles?.Dispose();
    }

    [Test, Order(1)]
    public async Task A_coordinator_signs_in_through_the_login_page_and_every_panel_shows_the_API_figures()
    {
        var page = await SignedInPageAsync("coordinator");
        await WaitForFigureAsync(page, "complaints.month.total");

        using var coordinator = await _api.AsPersonAsync("coordinator", "complaints.read");
        using var auditor = await _api.AsPersonAsync("auditor", "audit.read");
        var today = await HostApi.GetJsonAsync(coordinator, $"api/v1/complaints/stats?from={Today}&to={Today}");
        var month = await HostApi.GetJsonAsync(coordinator, $"api/v1/complaints/stats?from={MonthAgo}&to={Today}");
        var paidToday = await HostApi.GetJsonAsync(auditor, $"api/v1/payments/reports/daily-totals?from={Today}&to={Today}");
        using var anonymous = new HttpClient { BaseAddress = _host.BaseAddress };
        var readiness = await HostApi.GetJsonAsync(anonymous, "health/ready");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await FigureAsync(page, "complaints.today.total"), Is.EqualTo(today.GetProperty("total").GetInt32().ToString(CultureInfo.InvariantCulture)));
            Assert.That(await FigureAsync(page, "complaints.month.total"), Is.EqualTo(month.GetProperty("total").GetInt32().ToString(CultureInfo.InvariantCulture)));
            foreach (var status in month.GetProperty("byStatus").EnumerateObject().Where(status => status.Value.GetInt32() > 0))
                Assert.That(await page.Locator($"[data-figure='complaints.month.{status.Name}']").TextContentAsync(), Is.EqualTo(status.Value.GetInt32().ToString(CultureInfo.InvariantCulture)), status.Name);
            Assert.That(await FigureAsync(page, "revenue.today.amount"), Is.EqualTo(paidToday.GetProperty("paidAmount").GetInt64().ToString(CultureInfo.InvariantCulture)));
            Assert.That(await FigureAsync(page, "system.readiness"), Is.EqualTo(readiness.GetProperty("status").GetString()));
            Assert.That(await FigureAsync(page, "system.instances"), Is.EqualTo("1"), "this host, the only instance on its database");
            Assert.That(await FigureAsync(page, "revenue.reconciliation.open"), Is.EqualTo(paidToday.GetProperty("openReconciliationItems").GetInt32().ToString(CultureInfo.InvariantCulture)));
            var slaByOpd = month.GetProperty("slaByOpd");
            foreach (var opd in await page.Locator("#opds tr[data-opd]").EvaluateAllAsync<string[]>("rows => rows.map(row => row.dataset.opd)"))
            {
                var compliance = slaByOpd.GetProperty(opd).GetProperty("resolution").GetProperty("compliance");
                Assert.That(await FigureAsync(page, $"opd.{opd}.sla"),
                    Is.EqualTo(compliance.ValueKind == JsonValueKind.Null ? "" : compliance.GetDouble().ToString(CultureInfo.InvariantCulture)), opd);
            }
            Assert.That(await page.Locator("#map svg circle").CountAsync(), Is.GreaterThan(0), "the open complaints are on the map");
            var stream = await page.EvaluateAsync<string>("() => fetch('/command-centre/snapshot').then(response => response.text())");
            var shown = await page.ContentAsync();
            Assert.That(shown + stream, Does.Not.Contain(HostApi.ReporterName).And.Not.Contain(HostApi.ReporterContact).And.Not.Contain(HostApi.CitizenNik), "no NIK, name or contact anywhere");
        }

        var permitsSubmitted = await HostApi.GetJsonAsync(auditor, "api/v1/permits/applications?status=submitted&limit=100");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await page.Locator("#permits tr[data-stage]").CountAsync(), Is.EqualTo(6), "every stage between submission and issuing");
            Assert.That(await page.Locator("[data-figure='permits.submitted']").TextContentAsync(), Is.EqualTo(permitsSubmitted.GetProperty("items").GetArrayLength().ToString(CultureInfo.InvariantCulture)));
            var partnerCalls = await page.Locator("#registry tr[data-client='partner-app'] td").AllTextContentsAsync();
            Assert.That(partnerCalls, Is.EqualTo(new[] { "partner-app", "2", "1", "0" }), "two verifications in the last hour, one without a match, no lookup");
            Assert.That(await FigureAsync(page, "integrity.outbox.pending"), Does.Match("^[0-9]+$"));
        }

        var chains = page.Locator("[data-chain]");
        Assert.That(await chains.CountAsync(), Is.GreaterThan(0), "every module's chain is listed");
        foreach (var row in await chains.AllAsync())
        {
            var module = await row.GetAttributeAsync("data-chain");
            var verified = await HostApi.GetJsonAsync(auditor, $"api/v1/audit/verify?module={module}");
            Assert.That(await row.GetAttributeAsync("data-intact"), Is.EqualTo(verified.GetProperty("intact").GetBoolean() ? "true" : "false"), module);
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Results, $"command-centre-{provider}.png") });
        var fits = await page.EvaluateAsync<bool>("() => document.documentElement.scrollHeight <= innerHeight && document.documentElement.scrollWidth <= innerWidth");
        var clipped = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.panel')].filter(panel => { const body = panel.querySelector('.body'); return body.scrollHeight > body.clientHeight + 1; }).map(panel => panel.id)");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(fits, Is.True, "1920×1080 shows everything without scrolling");
            Assert.That(clipped, Is.Empty, "no panel cuts off its own content");
        }
    }

    [Test, Order(2)]
    public async Task Filing_a_complaint_through_the_API_updates_the_counters_and_the_map_within_5_seconds()
    {
        var page = await SignedInPageAsync("coordinator");
        await WaitForFigureAsync(page, "complaints.today.total");
        var before = int.Parse(await FigureAsync(page, "complaints.today.total"), CultureInfo.InvariantCulture);
        var pointsBefore = int.Parse((await page.Locator("#map svg").GetAttributeAsync("data-points"))!, CultureInfo.InvariantCulture);

        using var partner = await _api.AsClientAsync("partner-app", "complaints.submit");
        await HostApi.FileComplaintAsync(partner, "banjir_drainase", 0.11, 117.44);

        await page.WaitForFunctionAsync(
            "([before, points]) => Number(document.querySelector(\"[data-figure='complaints.today.total']\")?.dataset.value) === before + 1 && Number(document.querySelector('#map svg')?.dataset.points) === points + 1",
            new[] { before, pointsBefore },
            new PageWaitForFunctionOptions { Timeout = 5000 });
    }

    [Test, Order(3)]
    public async Task An_OPD_head_sees_only_their_OPD_and_an_officer_who_heads_none_is_refused()
    {
        var page = await SignedInPageAsync("officer.dlh");
        await WaitForFigureAsync(page, "complaints.open");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await page.Locator("h1 .scope").TextContentAsync(), Is.EqualTo("OPD DLH"));
            Assert.That(await page.Locator("#revenue, #integrity, #system").CountAsync(), Is.Zero, "no city-wide panel");
            var opds = await page.Locator("tr[data-opd]").EvaluateAllAsync<string[]>("rows => rows.map(row => row.dataset.opd)");
            Assert.That(opds, Is.Not.Empty.And.All.EqualTo("DLH"));
        }

        using var coordinator = await _api.AsPersonAsync("coordinator", "complaints.read");
        var month = await HostApi.GetJsonAsync(coordinator, $"api/v1/complaints/stats?from={MonthAgo}&to={Today}");
        Assert.That(await FigureAsync(page, "complaints.month.total"), Is.EqualTo(month.GetProperty("byOpd").GetProperty("DLH").GetInt32().ToString(CultureInfo.InvariantCulture)),
            "the head's figures count their OPD's complaints only");

        var refused = await SignInAsync("officer.dpmptsp");
        Assert.That(refused.Status, Is.EqualTo(403));
    }

    [Test, Order(4)]
    public async Task A_citizen_is_refused()
    {
        var response = await SignInAsync("citizen");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Status, Is.EqualTo(403));
            Assert.That(await response.TextAsync(), Does.Contain("Akses ditolak"));
        }
    }

    [Test, Order(5)]
    public async Task The_pages_send_a_strict_content_security_policy_and_the_daily_summary_prints_the_API_figures()
    {
        var page = await SignedInPageAsync("coordinator");
        var response = await page.GotoAsync($"/command-centre/daily?date={Today}");
        var headers = await response!.AllHeadersAsync();
        using var coordinator = await _api.AsPersonAsync("coordinator", "complaints.read");
        var today = await HostApi.GetJsonAsync(coordinator, $"api/v1/complaints/stats?from={Today}&to={Today}");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(headers["content-security-policy"], Does.Contain("script-src 'self'").And.Contain("frame-ancestors 'none'").And.Not.Contain("unsafe-inline"));
            Assert.That(headers["cache-control"], Is.EqualTo("no-store"));
            Assert.That(await page.Locator("[data-figure='daily.complaints.total']").TextContentAsync(), Is.EqualTo(today.GetProperty("total").GetInt32().ToString(CultureInfo.InvariantCulture)));
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Results, $"daily-summary-{provider}.png"), FullPage = true });
        using var wrongDate = await new HttpClient().GetAsync(new Uri(_host.BaseAddress, "command-centre/daily?date=yesterday"));
        Assert.That((int)wrongDate.StatusCode, Is.Not.EqualTo(500));
    }

    [Test, Order(6)]
    public async Task The_main_view_has_no_serious_or_critical_accessibility_violation()
    {
        var page = await SignedInPageAsync("coordinator");
        await WaitForFigureAsync(page, "complaints.month.total");
        var result = await page.RunAxe();
        var serious = result.Violations.Where(violation => violation.Impact is "serious" or "critical").ToList();
        Assert.That(serious, Is.Empty, () => string.Join("\n", serious.Select(violation => $"{violation.Id} ({violation.Impact}): {violation.Help} — {string.Join(", ", violation.Nodes.Select(node => node.Html))}")));
    }

    [Test, Order(7)]
    public async Task The_open_page_reconnects_by_itself_after_the_host_restarts_and_says_so()
    {
        var page = await SignedInPageAsync("coordinator");
        await page.WaitForSelectorAsync("#connection[data-state='live']");

        await _host.KillAsync();
        await page.WaitForSelectorAsync("#connection[data-state='reconnecting']", new PageWaitForSelectorOptions { Timeout = 10_000 });
        await _host.StartAsync();
        await page.WaitForSelectorAsync("#connection[data-state='reconnected']", new PageWaitForSelectorOptions { Timeout = 20_000 });

        var received = await page.Locator("body").GetAttributeAsync("data-received");
        await page.WaitForFunctionAsync("received => document.body.dataset.received !== received", received, new PageWaitForFunctionOptions { Timeout = 10_000 });
    }

    [Test, Order(8)]
    public async Task The_map_draws_the_configured_tile_layer_and_the_policy_admits_its_host_only()
    {
        var response = await SignInAsync("coordinator");
        var page = response.Frame.Page;
        await WaitForFigureAsync(page, "complaints.open");
        var policy = await response.HeaderValueAsync("content-security-policy");
        var images = await page.Locator("#map svg image").CountAsync();

        if (_tiles is null)
        {
            using (Assert.EnterMultipleScope())
            {
                Assert.That(images, Is.Zero, "no layer configured: the plain canvas");
                Assert.That(policy, Does.Contain("img-src 'self' data:;"));
            }

            return;
        }

        // The tiles at zoom 13 that cover the city's box (Complaints:CityBounds' defaults), as the page computes them.
        var expected = CityTiles(zoom: 13, minLatitude: 0.05, maxLatitude: 0.25, minLongitude: 117.35, maxLongitude: 117.55);
        await WaitUntilAsync(() => expected.All(_tiles.Requested.ContainsKey), TimeSpan.FromSeconds(10));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(images, Is.EqualTo(expected.Count));
            Assert.That(_tiles.Requested.Keys, Is.SupersetOf(expected), "the browser fetched every tile of the city");
            Assert.That(policy, Does.Contain($"img-src 'self' data: {_tiles.BaseAddress.GetLeftPart(UriPartial.Authority)};"));
            Assert.That(await page.Locator("#map svg circle").CountAsync(), Is.GreaterThan(0), "the points over the tiles");
        }
    }

    private static List<string> CityTiles(int zoom, double minLatitude, double maxLatitude, double minLongitude, double maxLongitude)
    {
        (double X, double Y) Project(double latitude, double longitude)
        {
            var scale = Math.Pow(2, zoom);
            var sin = Math.Sin(latitude * Math.PI / 180);
            return ((longitude + 180) / 360 * scale, (0.5 - Math.Log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale);
        }

        var topLeft = Project(maxLatitude, minLongitude);
        var bottomRight = Project(minLatitude, maxLongitude);
        var tiles = new List<string>();
        for (var x = (int)Math.Floor(topLeft.X); x < bottomRight.X; x++)
        {
            for (var y = (int)Math.Floor(topLeft.Y); y < bottomRight.Y; y++)
                tiles.Add(string.Create(CultureInfo.InvariantCulture, $"/{zoom}/{x}/{y}.png"));
        }

        return tiles;
    }

    private static async Task WaitUntilAsync(Func<bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!done() && DateTime.UtcNow < deadline)
            await Task.Delay(100);
    }

    private async Task<IPage> SignedInPageAsync(string userName)
    {
        var response = await SignInAsync(userName);
        Assert.That(response.Status, Is.EqualTo(200), $"{userName} opens the Command Centre");
        return response.Frame.Page;
    }

    /// <summary>Opens the Command Centre in a fresh browser context: it sends the browser to the login page, and back.</summary>
    private async Task<IResponse> SignInAsync(string userName)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _host.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1920, Height = 1080 },
            TimezoneId = "Asia/Makassar",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/command-centre");
        Assert.That(page.Url, Does.Contain("/account/login"), "an anonymous browser is sent to the sign-in page");
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", HostApi.Password);
        var response = await page.RunAndWaitForResponseAsync(
            () => page.ClickAsync("button[type=submit]"),
            response => response.Url.Contains("/command-centre", StringComparison.Ordinal) && response.Request.ResourceType == "document");
        return response;
    }

    private static Task WaitForFigureAsync(IPage page, string figure) =>
        page.WaitForSelectorAsync($"[data-figure='{figure}']", new PageWaitForSelectorOptions { Timeout = 15_000 });

    private static async Task<string> FigureAsync(IPage page, string figure) =>
        (await page.Locator($"[data-figure='{figure}']").First.GetAttributeAsync("data-value"))!;
}
