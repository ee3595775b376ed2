using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Data;
using GovServices.Notifications.Staff;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Notifications.Tests;

/// <summary>
/// What city staff are told and see (issue 15, ADR 0072), on each database, over the real API with a real SMTP server
/// in the test process. The host starts at 06:00 in the city on day D and its clock moves only when a test advances
/// it, so the digest time (07:00 WITA) and the deadline job's runs come when a test says. The digest test keeps to DLH
/// (whose one officer heads it); the others route their complaints to DPMPTSP.
/// </summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class StaffMessagesTests(DatabaseProvider provider)
{
    private const string Footer = "Anda menerima pesan ini sebagai petugas Pemkot yang menangani pengaduan. Atur saluran: https://layanan.bontangkota.go.id/api/v1/notifications/me/preferences";
    private static readonly Uri Complaints = new("/api/v1/complaints", UriKind.Relative);

    private readonly Dictionary<string, string> _tokens = [];
    private TestDatabase? _database;
    private FakeClockHost? _host;
    private MailCatcher? _mail;
    private DateOnly _day;

    private OAuthTestClient OAuth => new(_host!);

    private StaffDigests Digests => _host!.Services.GetRequiredService<StaffDigests>();

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _mail = MailCatcher.Start();
        _database = await TestDatabase.CreateAsync(provider);
        var settings = WebhooksApiTests.HostSettings(_database).ToDictionary(setting => setting.Key, setting => setting.Value);
        settings["Notifications:PublicBaseUrl"] = "https://layanan.bontangkota.go.id";
        settings["Notifications:Email:Host"] = "127.0.0.1";
        settings["Notifications:Email:Port"] = _mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Notifications:Email:Security"] = "None";
        var calendar = WorkingDayCalendar.FromEmbeddedData();
        _day = calendar.LocalDate(DateTimeOffset.UtcNow);
        _host = new FakeClockHost(settings, calendar.StartOfDay(_day) + TimeSpan.FromHours(6), environment: "Development");
        _host.CreateClient().Dispose();

        _tokens["citizen"] = (await OAuth.AuthorizationCodeAsync("citizen", "openid", "complaints.submit", "complaints.read")).AccessToken;
        _tokens["coordinator"] = (await OAuth.AuthorizationCodeAsync("coordinator", "openid", "complaints.read", "complaints.manage", "notifications.read")).AccessToken;
        _tokens["officer.dlh"] = (await OAuth.AuthorizationCodeAsync("officer.dlh", "openid", "notifications.me", "notifications.read")).AccessToken;
        _tokens["officer.dpmptsp"] = (await OAuth.AuthorizationCodeAsync("officer.dpmptsp", "openid", "notifications.me", "notifications.read")).AccessToken;
        _tokens["admin"] = (await OAuth.AuthorizationCodeAsync("admin", "openid", "notifications.read")).AccessToken;
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        if (_database is not null)
            await _database.DisposeAsync();
        if (_mail is not null)
            await _mail.DisposeAsync();
    }

    [Test]
    public async Task At_seven_in_the_city_each_OPD_with_news_and_the_coordinator_get_one_digest_of_tracking_codes_categories_and_due_dates()
    {
        var fresh = await RoutedComplaintAsync(opd: null);
        var dueTomorrow = await RoutedComplaintAsync(opd: null);
        var overdue = await RoutedComplaintAsync(opd: null);
        var (_, atDesk) = await FileAsync();
        var at = Digests.DueAt(_day);
        foreach (var code in new[] { fresh.Code, dueTomorrow.Code, overdue.Code })
            await ExecuteAsync("UPDATE complaints.complaint SET resolution_due_on = @later WHERE tracking_code = @code", new { later = _day.AddDays(20), code });
        await ExecuteAsync("UPDATE complaints.complaint SET dispositioned_at = @at, follow_up_due_on = @due WHERE tracking_code = @code", new { at = at - TimeSpan.FromDays(3), due = _day.AddDays(1), code = dueTomorrow.Code });
        await ExecuteAsync("UPDATE complaints.complaint SET dispositioned_at = @at, follow_up_due_on = @due WHERE tracking_code = @code", new { at = at - TimeSpan.FromDays(10), due = _day.AddDays(-1), code = overdue.Code });
        await ExecuteAsync("UPDATE complaints.complaint SET verification_due_on = @due WHERE tracking_code = @code", new { due = _day.AddDays(1), code = atDesk });
        var freshDue = DateOnly.FromDateTime(await ScalarAsync<DateTime>("SELECT follow_up_due_on FROM complaints.complaint WHERE tracking_code = @code", new { code = fresh.Code }));

        _host!.Clock.Advance(at - TimeSpan.FromSeconds(1) - _host.Clock.GetUtcNow());
        var early = await ScalarAsync<long>("SELECT COUNT(*) FROM notifications.digest_run WHERE digest_day = @day", new { day = _day });
        _host.Clock.Advance(TimeSpan.FromSeconds(1));
        var date = _day.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var opdMail = await _mail!.WaitForAsync($"Ringkasan harian DLH {date}", 1);
        var cityMail = await _mail.WaitForAsync($"Ringkasan harian kota {date}", 1);
        var againHere = await Task.WhenAll(Digests.RunAsync(_day, CancellationToken.None), Digests.RunAsync(_day, CancellationToken.None));
        Assert.That(opdMail, Has.Count.EqualTo(1));
        Assert.That(cityMail, Has.Count.EqualTo(1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(early, Is.Zero, "nothing before the digest time");
            Assert.That(againHere, Is.EqualTo(new[] { 0, 0 }), "the worker made the day's digests at 07:00; running it again makes nothing");
            Assert.That(opdMail[0].To.ToString(), Is.EqualTo("officer.dlh@demo.bontangkota.go.id"), "DLH's officer, its head");
            Assert.That((opdMail[0].TextBody ?? "").ReplaceLineEndings("\n").TrimEnd(), Is.EqualTo(
                "1 disposisi baru, 1 tahap jatuh tempo besok, 1 tahap terlambat.\n"
                + $"Disposisi baru (24 jam terakhir):\n- {fresh.Code} (sampah), tindak lanjut, jatuh tempo {Date(freshDue)}\n"
                + $"Jatuh tempo besok:\n- {dueTomorrow.Code} (sampah), tindak lanjut, jatuh tempo {Date(_day.AddDays(1))}\n"
                + $"Terlambat:\n- {overdue.Code} (sampah), tindak lanjut, jatuh tempo {Date(_day.AddDays(-1))}\n"
                + "Daftar pengaduan: https://layanan.bontangkota.go.id/api/v1/complaints\n\n" + Footer));
            Assert.That(opdMail[0].HtmlBody, Does.Contain($"<p>- {fresh.Code} (sampah), tindak lanjut, jatuh tempo {Date(freshDue)}</p>"), "a simple HTML part, a paragraph per line");
            Assert.That(cityMail[0].To.ToString(), Is.EqualTo("coordinator@demo.bontangkota.go.id"));
            Assert.That(cityMail[0].TextBody, Does.Contain("- DLH: 1 baru, 1 besok, 1 terlambat").And.Contain("- Meja pengaduan (verifikasi): 0 baru, 1 besok, 0 terlambat"));
            foreach (var mail in opdMail.Concat(cityMail))
                Assert.That(mail.TextBody ?? "", Does.Not.Contain("Siti").And.Not.Contain("citizen@").And.Not.Contain("Sampah menumpuk"), "no reporter's data, no complaint text");
            Assert.That(_mail.Received.Where(mail => mail.To.ToString() == "officer.dpmptsp@demo.bontangkota.go.id").Select(mail => mail.TextBody ?? ""), Has.None.Contains(fresh.Code), "another OPD's officer is not told");
        }

        var inbox = await InboxAsync("officer.dlh");
        var digest = inbox.Single(item => item["templateId"]!.GetValue<string>() == "staff.opd_digest");
        Assert.That(digest["title"]!.GetValue<string>(), Is.EqualTo($"Ringkasan harian DLH {date}"), "and once in the inbox");
    }

    [Test]
    public async Task Two_runs_of_one_day_at_once_make_each_digest_once_and_a_day_with_nothing_to_say_sends_nothing()
    {
        var day = _day.AddDays(3);
        var complaint = await RoutedComplaintAsync(opd: null);
        await ExecuteAsync("UPDATE complaints.complaint SET follow_up_due_on = @due WHERE tracking_code = @code", new { due = day.AddDays(1), code = complaint.Code });
        var told = await Task.WhenAll(Digests.RunAsync(day, CancellationToken.None), Digests.RunAsync(day, CancellationToken.None));
        var quiet = _day.AddDays(-60);
        var toldOnAQuietDay = await Digests.RunAsync(quiet, CancellationToken.None);

        var dlh = StaffDigests.DigestEventId(day, "opd:DLH");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(told.Sum(), Is.EqualTo(await ScalarAsync<long>("SELECT SUM(recipients) FROM notifications.digest_run WHERE digest_day = @day", new { day })),
                "each digest of the day was made by one of the runs only");
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM notifications.message WHERE event_id = @dlh", new { dlh }), Is.EqualTo(2), "DLH's officer: inbox and email, once");
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM notifications.digest_run WHERE digest_day = @day AND scope IN ('opd:DLH', 'city')", new { day }), Is.EqualTo(2));
            Assert.That(toldOnAQuietDay, Is.Zero);
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM notifications.digest_run WHERE digest_day = @quiet", new { quiet }), Is.Zero, "a day with nothing to say leaves no trace");
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM notifications.message WHERE event_id = @city", new { city = StaffDigests.DigestEventId(quiet, "city") }), Is.Zero);
        }

        await _mail!.WaitForAsync($"Ringkasan harian DLH {Date(day)}", 1);
        await WaitForStatusAsync(dlh, "delivered");
        Assert.That(_mail.About($"Ringkasan harian DLH {Date(day)}"), Has.Count.EqualTo(1), "one email reached the SMTP server");
    }

    [Test]
    public async Task A_stage_running_overdue_tells_the_officers_of_the_OPD_holding_the_complaint_once_however_often_the_deadline_job_runs()
    {
        var complaint = await RoutedComplaintAsync(opd: "DPMPTSP");
        await ExecuteAsync("UPDATE complaints.complaint SET follow_up_due_on = @due WHERE tracking_code = @code", new { due = _day.AddDays(-1), code = complaint.Code });

        _host!.Clock.Advance(TimeSpan.FromMinutes(15));
        var mails = await _mail!.WaitForAsync($"Pengaduan {complaint.Code} terlambat", 1);
        _host.Clock.Advance(TimeSpan.FromMinutes(15));
        var rows = await WaitForAsync(
            () => ScalarAsync<long>("SELECT COUNT(*) FROM notifications.message WHERE template_id = 'complaint.stage_overdue' AND subject_ref = @about AND status = 'delivered'", new { about = "complaint:" + complaint.Id }),
            count => count >= 2);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mails, Has.Count.EqualTo(1));
            Assert.That(mails[0].To.ToString(), Is.EqualTo("officer.dpmptsp@demo.bontangkota.go.id"), "the officer of the OPD it is dispositioned to");
            Assert.That(mails[0].TextBody, Does.StartWith($"Pengaduan {complaint.Code} (sampah) melewati batas tahap tindak lanjut, jatuh tempo {Date(_day.AddDays(-1))}. Tindak lanjuti: https://layanan.bontangkota.go.id/api/v1/complaints/{complaint.Id}"));
            Assert.That(rows, Is.EqualTo(2), "inbox and email, once, though the job ran again");
            Assert.That(_mail.About($"Pengaduan {complaint.Code} terlambat"), Has.Count.EqualTo(1));
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM identity.audit_log WHERE action = 'user.contact_read' AND details LIKE '%staff_notification%'", new { }), Is.GreaterThanOrEqualTo(1), "the officer's contact read is in Identity's trail");
        }
    }

    [Test]
    public async Task Staff_who_may_read_a_complaint_see_what_was_sent_about_it_with_masked_addresses_and_others_get_404()
    {
        var complaint = await RoutedComplaintAsync(opd: "DPMPTSP");
        var subject = $"/api/v1/notifications/messages?subject=complaint:{complaint.Id}";
        await WaitForAsync(async () => (await PageAsync("coordinator", subject)).Count(item => item["status"]!.GetValue<string>() == "delivered"), count => count >= 4);

        var items = await PageAsync("coordinator", subject);
        var firstPage = await GetAsync("coordinator", subject + "&limit=3");
        var nextPage = await GetAsync("coordinator", subject + "&limit=3&cursor=" + Uri.EscapeDataString(firstPage.Body!["nextCursor"]!.GetValue<string>()));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(items.Select(item => item["templateId"]!.GetValue<string>() + "/" + item["channel"]!.GetValue<string>()), Is.EquivalentTo(new[]
            {
                "complaint.verified/inbox", "complaint.verified/email", "complaint.dispositioned/inbox", "complaint.dispositioned/email",
            }), "the reporter's messages: verified and dispositioned, by inbox and email");
            var email = items.First(item => item["channel"]!.GetValue<string>() == "email");
            Assert.That(email["recipient"]!.GetValue<string>(), Is.EqualTo("c***@demo.bontangkota.go.id"), "masked, never the contact");
            Assert.That(email["attempts"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(email["lastError"], Is.Null);
            Assert.That(items.First(item => item["channel"]!.GetValue<string>() == "inbox")["recipient"], Is.Null);
            Assert.That(items.ToString(), Does.Not.Contain("citizen@"));
            Assert.That(firstPage.Body!["items"]!.AsArray().Concat(nextPage.Body!["items"]!.AsArray()).Select(item => item!["id"]!.GetValue<string>()),
                Is.EqualTo(items.Select(item => item["id"]!.GetValue<string>())), "cursor paging, newest first, nothing twice");
            Assert.That((await GetAsync("officer.dpmptsp", subject)).Status, Is.EqualTo(HttpStatusCode.OK), "an officer of the OPD it is dispositioned to");
            Assert.That((await GetAsync("admin", subject)).Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await GetAsync("officer.dlh", subject)).Status, Is.EqualTo(HttpStatusCode.NotFound), "an officer of another OPD, as the complaint's own API answers");
            Assert.That((await GetAsync("citizen", subject)).Status, Is.EqualTo(HttpStatusCode.Forbidden), "the reporter reads their inbox, not this view");
            Assert.That((await GetAsync("coordinator", $"/api/v1/notifications/messages?subject=complaint:{Guid.NewGuid()}")).Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await GetAsync("coordinator", "/api/v1/notifications/messages?subject=complaint:nope")).Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await GetAsync("coordinator", "/api/v1/notifications/messages")).Status, Is.EqualTo(HttpStatusCode.BadRequest));
        }
    }

    private static string Date(DateOnly date) => date.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private HttpClient Api(string who) => OAuth.CreateApiClient(_tokens[who]);

    private async Task<(Uri Uri, string Code)> FileAsync()
    {
        using var api = Api("citizen");
        using var response = await api.PostAsJsonAsync(Complaints, new { title = "Sampah menumpuk", description = "Belum diangkut sejak Senin.", category = "sampah", address = "Jl. Ahmad Yani, Bontang Utara" });
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), json.ToJsonString());
        return (new Uri($"{Complaints}/{json["id"]!.GetValue<string>()}", UriKind.Relative), json["trackingCode"]!.GetValue<string>());
    }

    /// <summary>A waste complaint the citizen filed and the coordinator verified and routed (to its category's OPD, DLH, unless <paramref name="opd"/> says another).</summary>
    private async Task<(Guid Id, string Code)> RoutedComplaintAsync(string? opd)
    {
        var (complaint, code) = await FileAsync();
        await StepAsync(complaint, "verify", new { });
        await StepAsync(complaint, "disposition", opd is null ? new { } : new { opd });
        return (Guid.Parse(complaint.ToString().Split('/')[^1]), code);
    }

    private async Task StepAsync(Uri complaint, string action, object body)
    {
        using var api = Api("coordinator");
        using var read = await api.GetAsync(complaint);
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK), await read.Content.ReadAsStringAsync());
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{complaint}/{action}", UriKind.Relative)) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(read.Headers.ETag!.Tag));
        using var response = await api.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{action}: {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<(HttpStatusCode Status, JsonNode? Body)> GetAsync(string who, string path)
    {
        using var api = Api(who);
        using var response = await api.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    /// <summary>Every item of a list, following the cursor.</summary>
    private async Task<List<JsonNode>> PageAsync(string who, string path)
    {
        var items = new List<JsonNode>();
        string? cursor = null;
        do
        {
            var (status, page) = await GetAsync(who, path + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK), page?.ToJsonString());
            items.AddRange(page!["items"]!.AsArray().Select(item => item!));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);
        return items;
    }

    private Task<List<JsonNode>> InboxAsync(string who) => PageAsync(who, "/api/v1/notifications/me?limit=50");

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        var value = await read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            value = await read();
        }

        return value;
    }

    private Task WaitForStatusAsync(Guid eventId, string status) =>
        WaitForAsync(
            () => ScalarAsync<long>("SELECT COUNT(*) FROM notifications.message WHERE event_id = @eventId AND channel = 'email' AND status = @status", new { eventId, status }),
            count => count >= 1);

    private async Task<T> ScalarAsync<T>(string sql, object parameters)
    {
        await using var scope = _host!.Services.CreateAsyncScope();
        await using var connection = await scope.ServiceProvider.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    private async Task ExecuteAsync(string sql, object parameters)
    {
        await using var scope = _host!.Services.CreateAsyncScope();
        await using var connection = await scope.ServiceProvider.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        await connection.ExecuteAsync(sql, parameters);
    }
}
