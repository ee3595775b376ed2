using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using GovServices.BuildingBlocks.Data;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Complaints.Tests;

/// <summary>The list: the same visibility as reading, filters, cursor paging.</summary>
public sealed partial class ComplaintsApiTests
{
    [TestCase("citizen", true, false)]
    [TestCase("partner-app", false, true)]
    [TestCase("officer.dlh", false, false)]
    [TestCase("officer.dpmptsp", false, false)]
    [TestCase("coordinator", true, true)]
    [TestCase("auditor", true, true)]
    public async Task The_list_shows_what_the_caller_may_read_and_nothing_else(string reader, bool seesCitizens, bool seesPartners)
    {
        var citizens = Id(await FileAsync("citizen", Waste()));
        var partners = Id(await FileAsync("partner-app", Waste(reporter: new { name = "Budi", contact = "0812" })));

        var listed = (await ListAllAsync(reader, "status=submitted&category=sampah")).Select(item => item["id"]!.GetValue<string>()).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(listed.Contains(citizens), Is.EqualTo(seesCitizens));
            Assert.That(listed.Contains(partners), Is.EqualTo(seesPartners));
        }
    }

    [Test]
    public async Task The_list_pages_newest_first_with_a_cursor_until_the_last_page()
    {
        var filed = new List<string>();
        for (var index = 0; index < 5; index++)
            filed.Add(Id(await FileAsync("citizen", Waste(category: "pendidikan"))));

        var first = JsonNode.Parse(await Api("coordinator").GetStringAsync(new Uri("/api/v1/complaints?category=pendidikan&limit=2", UriKind.Relative)))!;
        var all = await ListAllAsync("coordinator", "category=pendidikan", limit: 2);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first["items"]!.AsArray(), Has.Count.EqualTo(2));
            Assert.That(first["nextCursor"], Is.Not.Null);
            Assert.That(all.Select(item => item["id"]!.GetValue<string>()), Is.EqualTo(Enumerable.Reverse(filed)));
        }
    }

    [Test]
    public async Task The_list_is_newest_filed_first_when_ids_and_filing_times_disagree_or_times_are_equal()
    {
        // Ids made in one order, filing times in another, two times equal: the list follows the filing time and each
        // page continues where the last stopped (on SQL Server a uniqueidentifier does not sort in UUIDv7 time order).
        var filed = new List<string>();
        for (var index = 0; index < 4; index++)
            filed.Add(Id(await FileAsync("citizen", Waste(category: "penerangan_jalan"))));
        var at = DateTimeOffset.UtcNow.AddMinutes(-30);
        await using (var connection = await _host!.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync())
        {
            foreach (var (id, filedAt) in new[] { (filed[0], at.AddMinutes(20)), (filed[1], at), (filed[2], at), (filed[3], at.AddMinutes(-20)) })
                await connection.ExecuteAsync("UPDATE complaints.complaint SET filed_at = @filed_at WHERE id = @id", new { id = Guid.Parse(id), filed_at = filedAt });
        }

        var listed = (await ListAllAsync("coordinator", "category=penerangan_jalan", limit: 1))
            .Select(item => item["id"]!.GetValue<string>()).Where(filed.Contains).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(listed, Has.Count.EqualTo(4), "each complaint once across the pages");
            Assert.That(listed[0], Is.EqualTo(filed[0]), "the last filed first, though its id is the oldest");
            Assert.That(listed[1..3], Is.EquivalentTo(new[] { filed[1], filed[2] }), "equal times next to each other");
            Assert.That(listed[3], Is.EqualTo(filed[3]));
        }
    }

    [Test]
    public async Task The_list_filters_by_status_category_opd_and_filing_date()
    {
        var routed = await FileAsync("citizen", Waste(category: "kesehatan"));
        await StepAsync("coordinator", routed, "verify");
        await StepAsync("coordinator", routed, "disposition", new { opd = "DPMPTSP" });
        var id = Id(routed);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        async Task<bool> Listed(string filter) => (await ListAllAsync("coordinator", filter)).Any(item => item["id"]!.GetValue<string>() == id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await Listed("status=dispositioned&category=kesehatan&opd=DPMPTSP"), Is.True);
            Assert.That(await Listed($"category=kesehatan&from={today}&to={today}"), Is.True);
            Assert.That(await Listed("status=submitted&category=kesehatan"), Is.False);
            Assert.That(await Listed("category=kesehatan&opd=DINKES"), Is.False);
            Assert.That(await Listed($"category=kesehatan&from={tomorrow}"), Is.False);
            Assert.That(await Listed("category=kesehatan&overdue=true"), Is.False, "routed today, nothing is due yet");
        }
    }

    [TestCase("status=open", "status")]
    [TestCase("from=2026-13-01", "from")]
    [TestCase("from=2026-05-02&to=2026-05-01", "to")]
    [TestCase("overdue=sometimes", "overdue")]
    [TestCase("limit=0", "limit")]
    [TestCase("cursor=bm90LWEtZ3VpZA", "cursor")]
    public async Task A_bad_list_filter_is_400_naming_it(string filter, string field)
    {
        using var response = await Api("coordinator").GetAsync(new Uri($"/api/v1/complaints?{filter}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await ReadErrorsAsync(response), Does.ContainKey(field));
    }

    [Test]
    public async Task Every_bad_list_value_is_named_at_once_in_Indonesian_when_asked()
    {
        using var api = Api("coordinator");
        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("id");

        using var response = await api.GetAsync(new Uri("/api/v1/complaints?status=open&from=2026-05-02&to=2026-05-01&overdue=sometimes&limit=0&cursor=bm90LWEtZ3VpZA", UriKind.Relative));
        using var badDate = await api.GetAsync(new Uri("/api/v1/complaints?to=2026-13-01", UriKind.Relative));
        var errors = await ReadErrorsAsync(response);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(errors["status"].Single(), Does.StartWith("Status harus salah satu dari: submitted"));
            Assert.That(errors["to"], Is.EqualTo(new[] { "Akhir rentang tanggal mendahului awalnya." }));
            Assert.That(errors["overdue"], Is.EqualTo(new[] { "Gunakan true atau false." }));
            Assert.That(errors["limit"], Is.EqualTo(new[] { "Batas harus antara 1 dan 100." }));
            Assert.That(errors["cursor"], Is.EqualTo(new[] { "Kursor ini tidak diterbitkan oleh API ini." }));
            Assert.That(errors.Keys, Is.EquivalentTo(new[] { "status", "to", "overdue", "limit", "cursor" }));
            Assert.That((await ReadErrorsAsync(badDate))["to"], Is.EqualTo(new[] { "Isi tanggal dengan format yyyy-MM-dd." }));
        }
    }

    [Test]
    public async Task The_list_hides_an_anonymous_reporter_masks_niks_and_audits_staff_reads_of_reporter_data()
    {
        var anonymous = Id(await RoutedAsync(await FileAsync("partner-app", Waste(category: "perizinan", anonymous: true, reporter: new { name = "Rina Anonim", contact = "0813", nik = DemoCitizenNik }))));
        var named = Id(await RoutedAsync(await FileAsync("partner-app", Waste(category: "perizinan", reporter: new { name = "Budi Terbuka", contact = "0812", nik = DemoCitizenNik }))));

        var items = await ListAllAsync("officer.dpmptsp", "category=perizinan");
        var body = string.Join("\n", items.Select(item => item.ToJsonString()));
        var namedItem = items.Single(item => item["id"]!.GetValue<string>() == named);
        var audited = await AuditedReporterReadsAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(items.Single(item => item["id"]!.GetValue<string>() == anonymous)["reporter"], Is.Null);
            Assert.That(body, Does.Not.Contain("Rina Anonim").And.Not.Contain(DemoCitizenNik));
            Assert.That(namedItem["reporter"]!["nik"]!.GetValue<string>(), Does.Contain("*"));
            Assert.That(audited, Does.Contain(named), "the staff read of a reporter's identity is in the audit trail");
            Assert.That(audited, Does.Not.Contain(anonymous), "nothing of the anonymous reporter was shown");
        }
    }

    private static string Id(Uri complaint) => complaint.ToString().Split('/')[^1];

    private async Task<List<JsonNode>> ListAllAsync(string who, string filter, int limit = 100)
    {
        var items = new List<JsonNode>();
        string? cursor = null;
        do
        {
            var uri = $"/api/v1/complaints?{filter}&limit={limit}" + (cursor is null ? "" : $"&cursor={cursor}");
            using var response = await Api(who).GetAsync(new Uri(uri, UriKind.Relative));
            var json = await response.Content.ReadAsStringAsync();
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json);
            var page = JsonNode.Parse(json)!;
            items.AddRange(page["items"]!.AsArray().Select(item => item!));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);
        return items;
    }

    private async Task<List<string>> AuditedReporterReadsAsync()
    {
        await using var connection = await _host!.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        return [.. (await connection.QueryAsync<string>(
            "SELECT entity_id FROM complaints.audit_log WHERE action = @action", new { action = "complaint.reporter_viewed" }))
            .Select(id => id.ToLowerInvariant())];
    }
}
