using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;
using Microsoft.Extensions.Time.Testing;

namespace GovServices.Complaints.Tests;

/// <summary>
/// The Command Centre statistics against a week of known complaints, on a fake clock. Monday 7 December 2026 to Friday
/// 11 December has no holiday, so every verification is due on Thursday 10 December (three working days).
/// </summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class ComplaintStatsApiTests(DatabaseProvider provider)
{
    private static readonly DateTimeOffset Monday = new(2026, 12, 7, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Friday = Monday.AddDays(4);

    private TestDatabase? _database;
    private FakeClockHost? _host;

    private FakeTimeProvider Clock => _host!.Clock;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        var settings = _database.ToConfiguration()
            .Append(new("Identity:SeedDemoData", "true"))
            .ToDictionary(setting => setting.Key, setting => setting.Value);
        _host = new FakeClockHost(settings, Monday);
        _host.CreateClient().Dispose();
        await ArrangeTheWeekAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        if (_database is not null)
            await _database.DisposeAsync();
    }

    [Test]
    public async Task The_stats_count_the_weeks_complaints_by_status_category_and_opd()
    {
        var stats = await StatsAsync("coordinator", "?from=2026-12-07&to=2026-12-11");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(stats["total"]!.GetValue<int>(), Is.EqualTo(6));
            Assert.That(Counts(stats["byStatus"]!), Is.EquivalentTo(new Dictionary<string, int>
            {
                ["submitted"] = 2, ["verified"] = 0, ["rejected"] = 1, ["dispositioned"] = 1, ["in_progress"] = 0,
                ["resolved"] = 1, ["closed"] = 0, ["reopened"] = 0, ["withdrawn"] = 1,
            }));
            Assert.That(Counts(stats["byCategory"]!), Is.EquivalentTo(new Dictionary<string, int> { ["sampah"] = 5, ["jalan_rusak"] = 1 }));
            Assert.That(Counts(stats["byOpd"]!), Is.EquivalentTo(new Dictionary<string, int> { ["DLH"] = 5, ["DPUPR"] = 1 }));
        }
    }

    [Test]
    public async Task Sla_compliance_counts_met_missed_and_pending_per_stage()
    {
        var sla = (await StatsAsync("auditor", "?from=2026-12-07&to=2026-12-11"))["sla"]!;

        using (Assert.EnterMultipleScope())
        {
            // Met: verified on Monday, rejected on Monday. Missed: verified on Friday, untouched past Thursday.
            // Pending: filed on Friday. The withdrawn one counts in none.
            Assert.That(Stage(sla["verification"]!), Is.EqualTo((2, 2, 1, 0.5)));
            // Started on Tuesday (due the next Monday); the one routed on Friday is not yet due.
            Assert.That(Stage(sla["followUp"]!), Is.EqualTo((1, 0, 1, 1.0)));
            Assert.That(Stage(sla["resolution"]!), Is.EqualTo((1, 0, 1, 1.0)));
        }
    }

    [Test]
    public async Task Sla_compliance_is_counted_per_opd_too()
    {
        var byOpd = (await StatsAsync("coordinator", "?from=2026-12-07&to=2026-12-11"))["slaByOpd"]!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(byOpd.AsObject().Select(entry => entry.Key), Is.EqualTo(new[] { "DLH", "DPUPR" }));
            // DLH has the five rubbish complaints: A and D met verification, B and C missed it, E was withdrawn.
            Assert.That(Stage(byOpd["DLH"]!["verification"]!), Is.EqualTo((2, 2, 0, 0.5)));
            Assert.That(Stage(byOpd["DLH"]!["resolution"]!), Is.EqualTo((1, 0, 1, 1.0)));
            // DPUPR has only F, filed on Friday: nothing due yet, so no share to give.
            Assert.That(Stage(byOpd["DPUPR"]!["verification"]!), Is.EqualTo((0, 0, 1, (double?)null)));
        }
    }

    [Test]
    public async Task The_period_is_in_city_dates_and_defaults_to_the_last_30_days()
    {
        var friday = await StatsAsync("coordinator", "?from=2026-12-11&to=2026-12-11");
        var byDefault = await StatsAsync("coordinator", "");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(friday["total"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(byDefault["from"]!.GetValue<string>(), Is.EqualTo("2026-11-12"));
            Assert.That(byDefault["to"]!.GetValue<string>(), Is.EqualTo("2026-12-11"));
            Assert.That(byDefault["total"]!.GetValue<int>(), Is.EqualTo(6));
        }
    }

    [TestCase("?from=2026-12-11&to=2026-12-01")]
    [TestCase("?from=2025-01-01&to=2026-12-31")]
    public async Task A_backwards_or_too_long_period_is_400(string query)
    {
        using var api = await ApiAsync("coordinator");

        using var response = await api.GetAsync(new Uri("/api/v1/complaints/stats" + query, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [TestCase("officer.dlh")]
    [TestCase("citizen")]
    [TestCase("partner-app")]
    public async Task Officers_citizens_and_partner_apps_may_not_read_the_stats(string who)
    {
        using var api = await ApiAsync(who);

        using var response = await api.GetAsync(new Uri("/api/v1/complaints/stats", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private async Task ArrangeTheWeekAsync()
    {
        // A: verified, routed and started on time, resolved on Wednesday.
        var a = await FileAsync("sampah");
        await StepAsync("coordinator", a, "verify");
        await StepAsync("coordinator", a, "disposition");
        // B: verified late, on Friday, then routed.  C: never touched.  D: rejected on Monday.  E: withdrawn.
        var b = await FileAsync("sampah");
        await FileAsync("sampah");
        var d = await FileAsync("sampah");
        await StepAsync("coordinator", d, "reject");
        var e = await FileAsync("sampah");
        await StepAsync("partner-app", e, "withdraw");

        Clock.SetUtcNow(Monday.AddDays(1));
        await StepAsync("officer.dlh", a, "start");
        Clock.SetUtcNow(Monday.AddDays(2));
        await StepAsync("officer.dlh", a, "resolve");

        Clock.SetUtcNow(Friday);
        await StepAsync("coordinator", b, "verify");
        await StepAsync("coordinator", b, "disposition");
        // F: confidential, filed on Friday, not yet due.
        await FileAsync("jalan_rusak", confidential: true);
        Clock.SetUtcNow(Friday.AddHours(2));
    }

    private async Task<Uri> FileAsync(string category, bool confidential = false)
    {
        using var api = await ApiAsync("partner-app");
        using var response = await api.PostAsJsonAsync(new Uri("/api/v1/complaints", UriKind.Relative), new
        {
            title = "Laporan minggu ini",
            description = "Laporan untuk statistik pusat komando.",
            category,
            address = "Jl. Ahmad Yani, Bontang Utara",
            confidential,
            reporter = new { name = "Budi", contact = "0812" },
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return response.Headers.Location!;
    }

    private async Task StepAsync(string who, Uri complaint, string action)
    {
        using var api = await ApiAsync(who);
        using var response = await api.PostStepAsync(complaint, action, await api.ETagOfAsync(complaint), ComplaintSteps.BodyFor(action));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{action}: {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<JsonNode> StatsAsync(string who, string query)
    {
        using var api = await ApiAsync(who);
        using var response = await api.GetAsync(new Uri("/api/v1/complaints/stats" + query, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonNode.Parse(body)!;
    }

    /// <summary>A fresh token each time, from the token server, which keeps the real clock.</summary>
    private async Task<HttpClient> ApiAsync(string who)
    {
        var oauth = new OAuthTestClient(_host!);
        var token = who == "partner-app"
            ? await oauth.ClientCredentialsAsync(who, "complaints.submit", "complaints.read")
            : await oauth.AuthorizationCodeAsync(who, "openid", "complaints.read", who == "citizen" ? "complaints.submit" : "complaints.manage");
        return oauth.CreateApiClient(token.AccessToken);
    }

    private static Dictionary<string, int> Counts(JsonNode counts) =>
        counts.AsObject().ToDictionary(count => count.Key, count => count.Value!.GetValue<int>());

    private static (int Met, int Missed, int Pending, double? Compliance) Stage(JsonNode stage) =>
        (stage["met"]!.GetValue<int>(), stage["missed"]!.GetValue<int>(), stage["pending"]!.GetValue<int>(), stage["compliance"]?.GetValue<double>());
}
