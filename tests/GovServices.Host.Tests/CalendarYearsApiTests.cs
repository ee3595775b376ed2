using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;

namespace GovServices.Host.Tests;

/// <summary>Administrators load a year's holidays through the API; every year's status is listed.</summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
internal sealed class CalendarYearsApiTests(DatabaseProvider provider)
{
    private static readonly Uri Years = new("/api/v1/calendar/years", UriKind.Relative);

    private TestDatabase? _database;
    private GovServicesWebApplicationFactory? _host;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        var settings = _database.ToConfiguration()
            .Append(new("Identity:SeedDemoData", "true"))
            .ToDictionary(setting => setting.Key, setting => setting.Value);
        _host = new GovServicesWebApplicationFactory(settings);
        _host.CreateClient().Dispose();
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
    public async Task The_list_shows_the_shipped_decree_and_provisional_year_and_a_later_year_as_missing()
    {
        using var coordinator = await PersonAsync("coordinator", "complaints.manage");

        var years = await ListAsync(coordinator);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(years[2026], Is.EqualTo("decree"));
            Assert.That(years.GetValueOrDefault(2030), Is.Null, "only stored years, this year and next are listed");
            Assert.That(years.Keys, Does.Contain(DateTime.UtcNow.AddHours(8).Year + 1));
        }
    }

    [Test]
    public async Task A_machine_client_with_identity_admin_reads_the_years_and_one_without_it_is_refused()
    {
        var oauth = new OAuthTestClient(_host!);
        using var admin = oauth.CreateApiClient((await oauth.ClientCredentialsAsync("admin-cli", "identity.admin")).AccessToken);
        using var partner = oauth.CreateApiClient((await oauth.ClientCredentialsAsync("partner-app", "complaints.submit")).AccessToken);
        using var citizen = await PersonAsync("citizen", "complaints.submit");

        using var allowed = await admin.GetAsync(Years);
        using var refused = await partner.GetAsync(Years);
        using var citizenRefused = await citizen.GetAsync(Years);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(citizenRefused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        }
    }

    [Test]
    public async Task Loading_a_decree_replaces_a_provisional_year_and_a_second_load_needs_force()
    {
        using var admin = await PersonAsync("admin", "identity.admin");
        const string Decree = "date,kind,name\n2029-01-01,national,Tahun Baru 2029 Masehi\n2029-08-17,national,Proklamasi Kemerdekaan RI\n";
        using var provisional = await PutAsync(admin, 2029, "date,kind,name\n2029-01-01,national,Tahun Baru 2029 Masehi\n", "?status=provisional");
        Assert.That(provisional.StatusCode, Is.EqualTo(HttpStatusCode.OK), await provisional.Content.ReadAsStringAsync());

        using var decree = await PutAsync(admin, 2029, Decree);
        using var again = await PutAsync(admin, 2029, Decree);
        using var forced = await PutAsync(admin, 2029, Decree.Replace("Proklamasi", "Hari Proklamasi", StringComparison.Ordinal), "?force=true");

        var loaded = JsonNode.Parse(await decree.Content.ReadAsStringAsync())!;
        var conflict = JsonNode.Parse(await again.Content.ReadAsStringAsync())!;
        var amended = JsonNode.Parse(await forced.Content.ReadAsStringAsync())!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(decree.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(loaded["status"]!.GetValue<string>(), Is.EqualTo("decree"));
            Assert.That(loaded["holidays"]!.AsArray(), Has.Count.EqualTo(2));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(conflict["code"]!.GetValue<string>(), Is.EqualTo("calendar_year_is_decree"));
            Assert.That(forced.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(amended["version"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(amended["holidays"]![1]!["name"]!.GetValue<string>(), Is.EqualTo("Hari Proklamasi Kemerdekaan RI"));
            Assert.That((await ListAsync(admin))[2029], Is.EqualTo("decree"));
        }
    }

    [Test]
    public async Task A_file_with_broken_lines_is_refused_naming_each_line_in_bahasa_indonesia_and_nothing_is_stored()
    {
        using var admin = await PersonAsync("admin", "identity.admin");
        admin.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("id"));

        using var response = await PutAsync(admin, 2031, "date,kind,name\n2031-01-01,national,Tahun Baru\n2031-01-01,national,Lagi\n2030-12-31,national,Salah tahun\n2031-05-01,libur,Hari Buruh\n");

        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem["errors"]!.AsObject().Select(error => error.Key), Is.EqualTo(new[] { "line 3", "line 4", "line 5" }));
            Assert.That(problem["errors"]!["line 3"]![0]!.GetValue<string>(), Does.Contain("tercantum dua kali"));
            Assert.That((await ListAsync(admin)).ContainsKey(2031), Is.False);
        }
    }

    [Test]
    public async Task Only_an_administrator_loads_a_year()
    {
        using var coordinator = await PersonAsync("coordinator", "complaints.manage");
        var oauth = new OAuthTestClient(_host!);
        using var adminCli = oauth.CreateApiClient((await oauth.ClientCredentialsAsync("admin-cli", "identity.admin")).AccessToken);

        using var byCoordinator = await PutAsync(coordinator, 2032, "date,kind,name\n2032-01-01,national,Tahun Baru\n");
        using var byMachine = await PutAsync(adminCli, 2032, "date,kind,name\n2032-01-01,national,Tahun Baru\n");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(byCoordinator.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(byMachine.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "a person with the admin role loads the city's calendar");
        }
    }

    private async Task<HttpClient> PersonAsync(string user, string scope)
    {
        var oauth = new OAuthTestClient(_host!);
        return oauth.CreateApiClient((await oauth.AuthorizationCodeAsync(user, "openid", scope)).AccessToken);
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient api, int year, string csv, string query = "") =>
        api.PutAsync(new Uri($"/api/v1/calendar/years/{year}{query}", UriKind.Relative), new StringContent(csv, Encoding.UTF8, "text/csv"));

    private static async Task<Dictionary<int, string>> ListAsync(HttpClient api)
    {
        using var response = await api.GetAsync(Years);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["items"]!.AsArray()
            .ToDictionary(year => year!["year"]!.GetValue<int>(), year => year!["status"]!.GetValue<string>());
    }
}
