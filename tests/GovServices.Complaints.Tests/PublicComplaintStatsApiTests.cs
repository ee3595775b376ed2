using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovServices.Complaints.Tests;

/// <summary>
/// The public figures (open data) against a month of known complaints, March 2025, written straight into the table
/// (the API cannot file in the past), on a fake clock: counts per category, OPD, kecamatan and kelurahan, small
/// counts withheld, never a confidential complaint, CSV, a minute's cache; and the kelurahan named at filing.
/// </summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class PublicComplaintStatsApiTests(DatabaseProvider provider)
{
    private const string BontangKuala = "64.74.01.1001";
    private const string TanjungLaut = "64.74.02.1001";
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset March = new(2025, 3, 3, 1, 0, 0, TimeSpan.Zero);

    private TestDatabase? _database;
    private FakeClockHost? _host;

    private FakeTimeProvider Clock => _host!.Clock;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        var settings = _database.ToConfiguration()
            .Append(new("Identity:SeedDemoData", "true"))
            .Append(new("RateLimits:PublicRequestsPerMinute", "10000"))
            .ToDictionary(setting => setting.Key, setting => setting.Value);
        _host = new FakeClockHost(settings, Now);
        _host.CreateClient().Dispose();
        await ArrangeMarchAsync();
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
    public async Task A_month_is_counted_by_category_opd_and_area_without_the_confidential_complaint()
    {
        var stats = await StatsAsync("?period=month&date=2025-03-15");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(stats["period"]!.GetValue<string>(), Is.EqualTo("month"));
            Assert.That(stats["from"]!.GetValue<string>(), Is.EqualTo("2025-03-01"));
            Assert.That(stats["to"]!.GetValue<string>(), Is.EqualTo("2025-03-31"));
            Assert.That(stats["minimumCount"]!.GetValue<int>(), Is.EqualTo(5));
            Assert.That(stats["total"]!.GetValue<int>(), Is.EqualTo(16), "17 filed, one of them confidential");
            Assert.That(stats["resolved"]!.GetValue<int>(), Is.EqualTo(5));
            Assert.That(stats["withoutKelurahan"]!.GetValue<int>(), Is.EqualTo(9));
            Assert.That(Cells(stats["byOpd"]!), Is.EqualTo(new Dictionary<string, int?> { ["DLH"] = 7, ["DPUPR"] = null, ["DISHUB"] = null }),
                "sampah is DLH's, jalan_rusak DPUPR's, penerangan_jalan DISHUB's: DISHUB's 3 withheld, and DPUPR's 6 with it");
        }
    }

    [Test]
    public async Task Counts_below_five_are_withheld_and_so_is_the_next_smallest_where_a_total_would_give_one_away()
    {
        var stats = await StatsAsync("?period=month&date=2025-03-15");

        using (Assert.EnterMultipleScope())
        {
            // penerangan_jalan has 3: withheld; alone withheld, total − the others would tell it, so jalan_rusak (6) goes too.
            Assert.That(Cells(stats["byCategory"]!), Is.EqualTo(new Dictionary<string, int?> { ["sampah"] = 7, ["jalan_rusak"] = null, ["penerangan_jalan"] = null }));
            Assert.That(Names(stats["byCategory"]!)["sampah"], Is.EqualTo("Waste"));
            Assert.That(Cells(stats["byKelurahan"]!), Is.EqualTo(new Dictionary<string, int?> { [BontangKuala] = null, [TanjungLaut] = null }));
            Assert.That(Names(stats["byKelurahan"]!)[BontangKuala], Is.EqualTo("Bontang Kuala"));
            Assert.That(Cells(stats["byKecamatan"]!), Is.EqualTo(new Dictionary<string, int?> { ["64.74.01"] = null, ["64.74.02"] = null }));
            Assert.That(Names(stats["byKecamatan"]!)["64.74.02"], Is.EqualTo("Bontang Selatan"));
        }
    }

    [Test]
    public async Task The_median_days_to_the_answer_and_the_share_answered_in_time_are_given_over_five_answers()
    {
        var month = await StatsAsync("?period=month&date=2025-03-15");
        var firstWeek = await StatsAsync("?period=week&date=2025-03-05");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(month["medianDaysToResolve"]!.GetValue<double>(), Is.EqualTo(3.0), "answered after 1, 2, 3, 4 and 10 days");
            Assert.That(month["resolvedWithinSla"]!.GetValue<double>(), Is.EqualTo(0.8), "four of five by their due date");
            Assert.That(firstWeek["from"]!.GetValue<string>(), Is.EqualTo("2025-03-03"), "an ISO week starts on Monday");
            Assert.That(firstWeek["to"]!.GetValue<string>(), Is.EqualTo("2025-03-09"));
            Assert.That(firstWeek["total"]!.GetValue<int>(), Is.EqualTo(16), "every March complaint was filed in its first week");
        }
    }

    [Test]
    public async Task A_period_with_fewer_than_five_complaints_withholds_everything_but_zero()
    {
        var quiet = await StatsAsync("?period=quarter&date=2024-11-01");
        var empty = await StatsAsync("?period=year&date=2023-06-01");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(quiet["from"]!.GetValue<string>(), Is.EqualTo("2024-10-01"));
            Assert.That(quiet["to"]!.GetValue<string>(), Is.EqualTo("2024-12-31"));
            Assert.That(quiet["total"], Is.Null, "three complaints: withheld");
            Assert.That(Cells(quiet["byCategory"]!).Values, Is.All.Null);
            Assert.That(quiet["medianDaysToResolve"], Is.Null);
            Assert.That(empty["total"]!.GetValue<int>(), Is.Zero, "none is not a small count");
            Assert.That(empty["byCategory"]!.AsArray(), Is.Empty);
        }
    }

    [Test]
    public async Task The_csv_has_one_row_per_figure_with_withheld_counts_empty()
    {
        using var anonymous = _host!.CreateClient();

        using var response = await anonymous.GetAsync(new Uri("/api/v1/complaints/public-stats.csv?period=month&date=2025-03-15", UriKind.Relative));

        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
            Assert.That(response.Headers.CacheControl?.Public, Is.True);
            Assert.That(response.Headers.CacheControl?.MaxAge, Is.EqualTo(TimeSpan.FromMinutes(1)));
            Assert.That(lines[0], Is.EqualTo("period,from,to,dimension,code,name,count"));
            Assert.That(lines, Does.Contain("month,2025-03-01,2025-03-31,total,,,16"));
            Assert.That(lines, Does.Contain("month,2025-03-01,2025-03-31,category,sampah,Waste,7"));
            Assert.That(lines, Does.Contain("month,2025-03-01,2025-03-31,category,penerangan_jalan,Street lights,"));
            Assert.That(lines, Does.Contain("month,2025-03-01,2025-03-31,kelurahan,64.74.01.1001,Bontang Kuala,"));
        }
    }

    [Test]
    public async Task The_figures_are_kept_for_a_minute()
    {
        var before = await StatsAsync("?period=quarter&date=2025-02-01");
        await InsertAsync(1, new DateTimeOffset(2025, 2, 10, 1, 0, 0, TimeSpan.Zero), "sampah", "DLH");

        var cached = await StatsAsync("?period=quarter&date=2025-02-01");
        Clock.Advance(TimeSpan.FromSeconds(61));
        var fresh = await StatsAsync("?period=quarter&date=2025-02-01");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(cached["generatedAt"]!.GetValue<string>(), Is.EqualTo(before["generatedAt"]!.GetValue<string>()));
            Assert.That(cached["total"]!.GetValue<int>(), Is.EqualTo(before["total"]!.GetValue<int>()));
            Assert.That(fresh["total"]!.GetValue<int>(), Is.EqualTo(before["total"]!.GetValue<int>() + 1), "computed again after the minute");
        }
    }

    [TestCase("?period=decade", "period")]
    [TestCase("?date=1999-12-31", "date")]
    public async Task A_period_or_date_out_of_range_is_400(string query, string field)
    {
        using var anonymous = _host!.CreateClient();

        using var response = await anonymous.GetAsync(new Uri($"/api/v1/complaints/public-stats{query}", UriKind.Relative));

        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem["errors"]![field], Is.Not.Null, problem.ToJsonString());
        }
    }

    [Test]
    public async Task A_filing_names_its_kelurahan_which_the_complaint_shows_and_an_unknown_one_is_refused()
    {
        var partner = (await new OAuthTestClient(_host!).ClientCredentialsAsync("partner-app", "complaints.submit", "complaints.read")).AccessToken;
        using var api = new OAuthTestClient(_host!).CreateApiClient(partner);

        using var filed = await api.PostAsJsonAsync(new Uri("/api/v1/complaints", UriKind.Relative), Filing(TanjungLaut));
        var complaint = JsonNode.Parse(await filed.Content.ReadAsStringAsync())!;
        var read = JsonNode.Parse(await api.GetStringAsync(new Uri($"/api/v1/complaints/{complaint["id"]}", UriKind.Relative)))!;
        using var unknown = await api.PostAsJsonAsync(new Uri("/api/v1/complaints", UriKind.Relative), Filing("64.74.02.1099"));
        using var kecamatan = await api.PostAsJsonAsync(new Uri("/api/v1/complaints", UriKind.Relative), Filing("64.74.02"));
        using var elsewhere = await api.PostAsJsonAsync(new Uri("/api/v1/complaints", UriKind.Relative), Filing("64.01"));

        var problem = JsonNode.Parse(await unknown.Content.ReadAsStringAsync())!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(filed.StatusCode, Is.EqualTo(HttpStatusCode.Created), complaint.ToJsonString());
            Assert.That(read["kelurahanCode"]!.GetValue<string>(), Is.EqualTo(TanjungLaut));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem["errors"]!["kelurahanCode"], Is.Not.Null, problem.ToJsonString());
            Assert.That(kecamatan.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "a kecamatan is not a kelurahan");
            Assert.That(elsewhere.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "a regency is not a kelurahan of Bontang");
        }
    }

    private static object Filing(string kelurahanCode) => new
    {
        title = "Drainase tersumbat",
        description = "Saluran air di depan pasar tersumbat sampah.",
        category = "sampah",
        address = "Jl. Pattimura, Tanjung Laut",
        kelurahanCode,
        reporter = new { name = "Rina Kartika", contact = "+62 812 0000 1234" },
    };

    private async Task<JsonNode> StatsAsync(string query)
    {
        using var anonymous = _host!.CreateClient();
        using var response = await anonymous.GetAsync(new Uri($"/api/v1/complaints/public-stats{query}", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonNode.Parse(body)!;
    }

    private static Dictionary<string, int?> Cells(JsonNode breakdown) =>
        breakdown.AsArray().ToDictionary(cell => cell!["code"]!.GetValue<string>(), cell => cell!["count"]?.GetValue<int>());

    private static Dictionary<string, string> Names(JsonNode breakdown) =>
        breakdown.AsArray().ToDictionary(cell => cell!["code"]!.GetValue<string>(), cell => cell!["name"]!.GetValue<string>());

    /// <summary>
    /// March 2025, all in its first week: sampah 7 (5 in Bontang Kuala, 2 in Tanjung Laut) and a confidential one,
    /// jalan_rusak 6, penerangan_jalan 3; five sampah answered after 1, 2, 3, 4 and 10 days, four by their due date.
    /// And three complaints in the last quarter of 2024.
    /// </summary>
    private async Task ArrangeMarchAsync()
    {
        var answeredAfter = new[] { 1, 2, 3, 4, 10 };
        for (var index = 0; index < 7; index++)
        {
            var filedAt = March.AddHours(index);
            DateTimeOffset? resolvedAt = index < 5 ? filedAt.AddDays(answeredAfter[index]) : null;
            // The one answered after 10 days was due after 5: late. The others in time.
            DateOnly? dueOn = index < 5 ? DateOnly.FromDateTime(filedAt.AddDays(5).UtcDateTime) : null;
            await InsertAsync(1, filedAt, "sampah", "DLH", kelurahan: index < 5 ? BontangKuala : TanjungLaut, resolvedAt: resolvedAt, resolutionDueOn: dueOn);
        }

        await InsertAsync(1, March.AddHours(8), "sampah", "DLH", confidential: true, kelurahan: BontangKuala);
        await InsertAsync(6, March.AddDays(1), "jalan_rusak", "DPUPR");
        await InsertAsync(3, March.AddDays(2), "penerangan_jalan", "DISHUB");
        await InsertAsync(3, new DateTimeOffset(2024, 11, 5, 1, 0, 0, TimeSpan.Zero), "sampah", "DLH", resolvedAt: new DateTimeOffset(2024, 11, 6, 1, 0, 0, TimeSpan.Zero));
    }

    private async Task InsertAsync(
        int count, DateTimeOffset filedAt, string category, string opd, bool confidential = false, string? kelurahan = null,
        DateTimeOffset? resolvedAt = null, DateOnly? resolutionDueOn = null)
    {
        var connections = _host!.Services.GetRequiredService<IDbConnectionFactory>();
        await using var connection = await connections.OpenConnectionAsync();
        for (var index = 0; index < count; index++)
        {
            var at = filedAt.AddSeconds(index);
            await connection.ExecuteAsync(
                """
                INSERT INTO complaints.complaint (id, tracking_code, category_code, opd_code, status, title, description, latitude, longitude,
                    address, media_urls, anonymous, confidential, reporter_user_id, reporter_nik, reporter_name, reporter_contact,
                    filed_by_client_id, filed_at, verification_due_on, follow_up_due_on, resolution_due_on, resolved_at, kelurahan_code, updated_at, version)
                VALUES (@id, @tracking_code, @category, @opd, @status, 'Arsip', 'Laporan arsip.', NULL, NULL,
                    'Jl. Pupuk Raya', '[]', @no, @confidential, NULL, NULL, 'Arsip', '0812', 'partner-app', @filed_at, @verification_due_on, NULL,
                    @resolution_due_on, @resolved_at, @kelurahan, @filed_at, 1)
                """,
                new
                {
                    id = Guid.CreateVersion7(at),
                    tracking_code = Domain.TrackingCode.NewCode(),
                    category,
                    opd,
                    status = resolvedAt is null ? "submitted" : "resolved",
                    no = false,
                    confidential,
                    filed_at = at,
                    verification_due_on = DateOnly.FromDateTime(at.UtcDateTime).AddDays(3),
                    resolution_due_on = resolutionDueOn,
                    resolved_at = resolvedAt,
                    kelurahan,
                });
        }
    }
}
