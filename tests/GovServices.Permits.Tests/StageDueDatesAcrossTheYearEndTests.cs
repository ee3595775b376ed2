using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;

namespace GovServices.Permits.Tests;

/// <summary>A stage that runs into 2027 while only its provisional calendar is known, and the decree that corrects it.</summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class StageDueDatesAcrossTheYearEndTests(DatabaseProvider provider)
{
    private static readonly Uri Applications = new("/api/v1/permits/applications", UriKind.Relative);

    private TestDatabase? _database;
    private FakeClockHost? _host;
    private string? _documents;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _documents = Directory.CreateTempSubdirectory("govservices-permit-documents-").FullName;
        var settings = _database.ToConfiguration()
            .Append(new("Identity:SeedDemoData", "true"))
            .Append(new("CivilRegistry:SeedDemoData", "true"))
            .Append(new("Permits:DocumentDirectory", _documents))
            .Append(new("Calendar:RecomputeInterval", "00:00:00.200"))
            .ToDictionary(setting => setting.Key, setting => setting.Value);
        // Thursday 31 December 2026, 09:00 WITA.
        _host = new FakeClockHost(settings, new DateTimeOffset(2026, 12, 31, 1, 0, 0, TimeSpan.Zero));
        _host.CreateClient().Dispose();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        if (_database is not null)
            await _database.DisposeAsync();
        if (_documents is not null && Directory.Exists(_documents))
            Directory.Delete(_documents, recursive: true);
    }

    [Test]
    public async Task A_stage_due_in_the_provisional_year_is_marked_so_and_the_decree_moves_it_with_a_history_note()
    {
        var oauth = new OAuthTestClient(_host!);
        using var citizen = oauth.CreateApiClient((await oauth.AuthorizationCodeAsync("citizen", "openid", "permits.apply")).AccessToken);
        using var created = await citizen.PostAsJsonAsync(Applications, new
        {
            permitType = "IUMK",
            applicant = new { name = "Siti Rahmawati" },
            form = new { business_name = "Warung Makan Bu Siti", business_kind = "kuliner", capital_rupiah = 15_000_000, address = "Jl. Mulawarman No. 5, Bontang Utara", location = new { latitude = 0.135, longitude = 117.49 } },
        });
        Assert.That((int)created.StatusCode, Is.EqualTo(201), await created.Content.ReadAsStringAsync());
        var id = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
        var application = new Uri($"/api/v1/permits/applications/{id}", UriKind.Relative);
        using (var form = new MultipartFormDataContent())
        {
            var file = new ByteArrayContent(Samples.Pdf(2_000));
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "file", "ktp.pdf");
            form.Add(new StringContent("ktp"), "documentType");
            using var uploaded = await citizen.PostAsync(new Uri($"{application}/documents", UriKind.Relative), form);
            Assert.That((int)uploaded.StatusCode, Is.EqualTo(201), await uploaded.Content.ReadAsStringAsync());
        }

        using var submit = new HttpRequestMessage(HttpMethod.Post, new Uri($"{application}/submit", UriKind.Relative)) { Content = JsonContent.Create(new { }) };
        submit.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.Tag);
        using var submitted = await citizen.SendAsync(submit);
        var afterSubmit = JsonNode.Parse(await submitted.Content.ReadAsStringAsync())!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That((int)submitted.StatusCode, Is.EqualTo(200), afterSubmit.ToJsonString());
            Assert.That(afterSubmit["stageDueOn"]!.GetValue<string>(), Is.EqualTo("2027-01-04"), "one working day: 1 January and the weekend skipped");
            Assert.That(afterSubmit["stageDueProvisional"]!.GetValue<bool>(), Is.True);
        }

        using var admin = oauth.CreateApiClient((await oauth.AuthorizationCodeAsync("admin", "openid", "identity.admin")).AccessToken);
        const string Decree = "date,kind,name\n2027-01-01,national,Tahun Baru 2027 Masehi\n2027-01-04,collective_leave,Cuti bersama Tahun Baru\n";
        using var loaded = await admin.PutAsync(new Uri("/api/v1/calendar/years/2027", UriKind.Relative), new StringContent(Decree, Encoding.UTF8, "text/csv"));
        Assert.That((int)loaded.StatusCode, Is.EqualTo(200), await loaded.Content.ReadAsStringAsync());

        var read = await EventuallyAsync(citizen, application, body => body["stageDueOn"]!.GetValue<string>() != "2027-01-04");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(read["stageDueOn"]!.GetValue<string>(), Is.EqualTo("2027-01-05"), "4 January is now collective leave");
            Assert.That(read["stageDueProvisional"]!.GetValue<bool>(), Is.False);
            Assert.That(read["history"]!.AsArray().Select(entry => entry!["action"]!.GetValue<string>()), Does.Contain("stage_due_recomputed"));
        }
    }

    private static async Task<JsonNode> EventuallyAsync(HttpClient api, Uri application, Func<JsonNode, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var body = JsonNode.Parse(await api.GetStringAsync(application))!;
            if (done(body) || DateTime.UtcNow > deadline)
                return body;
            await Task.Delay(100);
        }
    }
}
