using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Complaints.Domain;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Complaints.Tests;

/// <summary>Complaints over HTTP with real tokens from the demo clients and users.</summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed partial class ComplaintsApiTests(DatabaseProvider provider)
{
    private const string DemoCitizenNik = "6474014107900001";
    private static readonly Uri Complaints = new("/api/v1/complaints", UriKind.Relative);
    private static readonly Uri Categories = new("/api/v1/complaints/categories", UriKind.Relative);

    private readonly Dictionary<string, string> _tokens = [];
    private readonly string _storage = Directory.CreateTempSubdirectory("govservices-complaint-media-").FullName;
    private GovServicesWebApplicationFactory? _host;

    private OAuthTestClient OAuth => new(_host!);

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await GovServicesWebApplicationFactory.CreateAsync(provider, new Dictionary<string, string?>
        {
            ["Identity:SeedDemoData"] = "true",
            ["RateLimits:PublicRequestsPerMinute"] = "10000",
            ["Storage:Root"] = _storage,
        });
        _host.CreateClient().Dispose();

        _tokens["partner-app"] = (await OAuth.ClientCredentialsAsync("partner-app", "complaints.submit", "complaints.read")).AccessToken;
        _tokens["opd-system"] = (await OAuth.ClientCredentialsAsync("opd-system", "complaints.read", "complaints.manage")).AccessToken;
        // Each person gets the scopes of their role only, whatever the client asks for.
        foreach (var user in new[] { "citizen", "officer.dlh", "officer.dpmptsp", "coordinator", "auditor", "admin" })
            _tokens[user] = (await OAuth.AuthorizationCodeAsync(user, "openid", "complaints.submit", "complaints.read", "complaints.manage")).AccessToken;
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        Directory.Delete(_storage, recursive: true);
    }

    [Test]
    public async Task Anyone_lists_the_bontang_categories_each_with_its_opd_and_sla()
    {
        using var anonymous = _host!.CreateClient();

        var categories = JsonNode.Parse(await anonymous.GetStringAsync(Categories))!.AsArray();

        var sampah = categories.Single(category => category!["code"]!.GetValue<string>() == "sampah")!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                categories.Select(category => category!["code"]!.GetValue<string>()),
                Is.EqualTo(new[] { "jalan_rusak", "banjir_drainase", "sampah", "penerangan_jalan", "pelayanan_publik", "kesehatan", "pendidikan", "perizinan", "lainnya" }));
            Assert.That(sampah["nameId"]!.GetValue<string>(), Is.EqualTo("Sampah"));
            Assert.That(sampah["nameEn"]!.GetValue<string>(), Is.EqualTo("Waste"));
            Assert.That(sampah["opd"]!.GetValue<string>(), Is.EqualTo("DLH"));
            Assert.That(sampah["slaWorkingDays"]!.GetValue<int>(), Is.EqualTo(5));
        }
    }

    [Test]
    public async Task A_citizen_files_a_complaint_and_gets_its_id_etag_location_tracking_code_and_due_date()
    {
        using var api = Api("citizen");

        using var response = await api.PostAsJsonAsync(Complaints, Waste());

        var filed = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var trackingCode = filed["trackingCode"]?.GetValue<string>();
        var dueOn = DateOnly.Parse(filed["verificationDueOn"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), filed.ToJsonString());
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"1\""));
            Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/complaints/{filed["id"]}"));
            Assert.That(filed["status"]!.GetValue<string>(), Is.EqualTo("submitted"));
            Assert.That(trackingCode, Does.Match("^LPR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$"));
            Assert.That(TrackingCode.TryParse(trackingCode, out _), Is.True, "the check character holds");
            Assert.That(dueOn, Is.InRange(today.AddDays(3), today.AddDays(14)), "three working days, weekends and holidays excluded");
            Assert.That(dueOn.DayOfWeek, Is.Not.EqualTo(DayOfWeek.Saturday).And.Not.EqualTo(DayOfWeek.Sunday));
        }

        using var own = await api.GetAsync(response.Headers.Location);
        var complaint = JsonNode.Parse(await own.Content.ReadAsStringAsync())!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(own.Headers.ETag?.Tag, Is.EqualTo("\"1\""));
            Assert.That(complaint["category"]!.GetValue<string>(), Is.EqualTo("sampah"));
            Assert.That(complaint["opd"]!.GetValue<string>(), Is.EqualTo("DLH"));
            Assert.That(complaint["reporter"]!["nik"]!.GetValue<string>(), Is.EqualTo(DemoCitizenNik), "the reporter sees their own NIK");
        }
    }

    [Test]
    public async Task A_partner_app_files_on_behalf_of_a_reporter_and_reads_what_it_filed()
    {
        using var api = Api("partner-app");

        using var response = await api.PostAsJsonAsync(Complaints, Waste(reporter: new { name = "Budi Hartono", contact = "+62 812 5555 0101", nik = DemoCitizenNik }));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());

        var complaint = JsonNode.Parse(await api.GetStringAsync(response.Headers.Location))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(complaint["reporter"]!["name"]!.GetValue<string>(), Is.EqualTo("Budi Hartono"));
            Assert.That(complaint["reporter"]!["contact"]!.GetValue<string>(), Is.EqualTo("+62 812 5555 0101"));
        }
    }

    [Test]
    public async Task A_partner_app_must_say_who_reports()
    {
        using var api = Api("partner-app");

        using var response = await api.PostAsJsonAsync(Complaints, Waste());

        var errors = await ReadErrorsAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors, Does.ContainKey("reporter"));
    }

    [Test]
    public async Task Invalid_fields_are_named_with_messages_in_bahasa_indonesia()
    {
        using var api = Api("partner-app");
        api.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("id"));

        using var response = await api.PostAsJsonAsync(Complaints, new
        {
            title = "",
            description = new string('x', 4001),
            category = "sampah",
            latitude = 0.13,
            mediaUrls = new[] { "http://example.org/foto.jpg", "foto.jpg" },
            reporter = new { name = "Budi", contact = "0812", nik = "6474014107900000" },
        });

        var errors = await ReadErrorsAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(errors.Keys, Is.SupersetOf(new[] { "title", "description", "longitude", "mediaUrls[0]", "mediaUrls[1]", "reporter.nik" }));
            Assert.That(errors["longitude"][0], Is.EqualTo("Isi bujur bersama lintang."));
            Assert.That(errors["mediaUrls[0]"][0], Does.StartWith("Setiap URL media harus berupa URL https"));
            Assert.That(errors["title"][0], Does.Contain("tidak boleh kosong"), "FluentValidation's own messages in Bahasa Indonesia");
            Assert.That(errors["description"][0], Does.Contain("4000"));
        }
    }

    [Test]
    public async Task A_complaint_without_coordinates_or_address_is_refused()
    {
        using var api = Api("citizen");

        using var response = await api.PostAsJsonAsync(Complaints, new { title = "Sampah menumpuk", description = "Sudah seminggu.", category = "sampah" });

        var errors = await ReadErrorsAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors, Does.ContainKey("address"));
    }

    [Test]
    public async Task An_unknown_category_is_422()
    {
        using var api = Api("citizen");

        using var response = await api.PostAsJsonAsync(Complaints, Waste(category: "parkir_liar"));

        var problem = await response.ReadProblemAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(problem.Code, Is.EqualTo("category_unknown"));
        }
    }

    [Test]
    public async Task An_inactive_category_is_422_and_not_listed()
    {
        await using (var connection = await _host!.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync())
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO complaints.category (code, name_id, name_en, description, opd_code, sla_working_days, active, sort_order)
                VALUES (@code, @name, @name, @name, @opd, @sla, @active, @sort)
                """,
                new { code = "pasar_lama", name = "Pasar lama", opd = "DISKOPUKMP", sla = 10, active = false, sort = 99 });
        }

        using var api = Api("citizen");
        using var response = await api.PostAsJsonAsync(Complaints, Waste(category: "pasar_lama"));
        using var anonymous = _host.CreateClient();
        var listed = await anonymous.GetStringAsync(Categories);

        var problem = await response.ReadProblemAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(problem.Code, Is.EqualTo("category_unknown"));
            Assert.That(listed, Does.Not.Contain("pasar_lama"));
        }
    }

    [Test]
    public async Task The_same_idempotency_key_with_another_body_is_refused()
    {
        var key = Guid.NewGuid().ToString();
        using var api = Api("partner-app");
        using var first = new HttpRequestMessage(HttpMethod.Post, Complaints) { Content = JsonContent.Create(Waste(reporter: new { name = "Budi", contact = "0812" })) };
        first.Headers.Add("Idempotency-Key", key);
        using var second = new HttpRequestMessage(HttpMethod.Post, Complaints) { Content = JsonContent.Create(Waste(reporter: new { name = "Rina", contact = "0813" })) };
        second.Headers.Add("Idempotency-Key", key);

        using var created = await api.SendAsync(first);
        using var refused = await api.SendAsync(second);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(refused.StatusCode, Is.AnyOf(HttpStatusCode.UnprocessableEntity, HttpStatusCode.Conflict));
        }
    }

    [Test]
    public async Task Coordinates_outside_the_city_are_422_saying_so()
    {
        using var api = Api("citizen");

        // Samarinda, about 100 km south-west of Bontang.
        using var response = await api.PostAsJsonAsync(Complaints, Waste(latitude: -0.5022, longitude: 117.1536));

        var problem = await response.ReadProblemAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(problem.Code, Is.EqualTo("location_outside_city"));
            Assert.That(problem.Detail, Does.Contain("outside the city"));
        }
    }

    [Test]
    public async Task Twenty_concurrent_filings_with_one_idempotency_key_make_one_complaint()
    {
        var key = Guid.NewGuid().ToString();
        var body = Waste(reporter: new { name = "Budi Hartono", contact = "0812-5555-0101" });
        var answers = new ConcurrentBag<(HttpStatusCode Status, string? Id)>();

        await Parallel.ForEachAsync(Enumerable.Range(0, 20), new ParallelOptions { MaxDegreeOfParallelism = 20 }, async (_, cancellationToken) =>
        {
            using var api = Api("partner-app");
            using var request = new HttpRequestMessage(HttpMethod.Post, Complaints) { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", key);
            using var response = await api.SendAsync(request, cancellationToken);
            var json = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            answers.Add((response.StatusCode, json?["id"]?.GetValue<string>()));
        });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answers.Select(answer => answer.Status), Is.All.EqualTo(HttpStatusCode.Created));
            Assert.That(answers.Select(answer => answer.Id).Distinct().ToList(), Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task Filing_puts_a_complaint_status_changed_event_in_the_outbox_without_reporter_data()
    {
        var location = await FileAsync("partner-app", Waste(reporter: new { name = "Budi Hartono", contact = "0812-5555-0101" }));
        var id = location.ToString().Split('/')[^1];

        await using var connection = await _host!.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        var payloads = (await connection.QueryAsync<string>(
            "SELECT payload FROM complaints.outbox_message WHERE message_type LIKE @type",
            new { type = "%ComplaintStatusChanged%" })).Where(payload => payload.Contains(id, StringComparison.OrdinalIgnoreCase)).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(payloads, Has.Count.EqualTo(1));
            Assert.That(payloads.Single(), Does.Contain("submitted").And.Contain("DLH").And.Not.Contain("Budi"));
        }
    }

    [Test]
    public async Task Filing_needs_the_complaints_submit_scope()
    {
        var token = await OAuth.ClientCredentialsAsync("partner-app", "complaints.read");
        using var api = OAuth.CreateApiClient(token.AccessToken);

        using var response = await api.PostAsJsonAsync(Complaints, Waste(reporter: new { name = "Budi", contact = "0812" }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private static object Waste(
        string category = "sampah",
        double latitude = 0.1333,
        double longitude = 117.4833,
        bool anonymous = false,
        bool confidential = false,
        object? reporter = null) =>
        new
        {
            title = "Sampah menumpuk di Jalan Ahmad Yani",
            description = "Sampah tidak diangkut sejak seminggu dan mulai berbau.",
            category,
            latitude,
            longitude,
            address = "Jl. Ahmad Yani, Bontang Utara",
            mediaUrls = new[] { "https://media.example.id/laporan/1.jpg" },
            anonymous,
            confidential,
            reporter,
        };

    private HttpClient Api(string who) => OAuth.CreateApiClient(_tokens[who]);

    private async Task<Uri> FileAsync(string who, object body)
    {
        using var api = Api(who);
        using var response = await api.PostAsJsonAsync(Complaints, body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return response.Headers.Location!;
    }

    private static async Task<Dictionary<string, string[]>> ReadErrorsAsync(HttpResponseMessage response)
    {
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return problem["errors"]?.AsObject().ToDictionary(
            error => error.Key,
            error => error.Value!.AsArray().Select(message => message!.GetValue<string>()).ToArray()) ?? [];
    }
}
