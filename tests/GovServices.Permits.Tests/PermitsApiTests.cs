using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Permits.Tests;

/// <summary>Permit types and applications over HTTP with real tokens from the demo clients and users, on each database.</summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed partial class PermitsApiTests(DatabaseProvider provider)
{
    internal const long MaxDocumentBytes = 50_000;
    private const string DemoCitizenNik = "6474014107900001";
    private const string DemoCitizenName = "Siti Rahmawati";
    private static readonly Uri Types = new("/api/v1/permits/types", UriKind.Relative);
    private static readonly Uri Applications = new("/api/v1/permits/applications", UriKind.Relative);

    private readonly Dictionary<string, string> _tokens = [];
    private GovServicesWebApplicationFactory? _host;
    private string? _documents;

    private OAuthTestClient OAuth => new(_host!);

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _documents = Directory.CreateTempSubdirectory("govservices-permit-documents-").FullName;
        _host = await GovServicesWebApplicationFactory.CreateAsync(provider, new Dictionary<string, string?>
        {
            ["Identity:SeedDemoData"] = "true",
            ["CivilRegistry:SeedDemoData"] = "true",
            ["RateLimits:PublicRequestsPerMinute"] = "10000",
            ["Permits:DocumentDirectory"] = _documents,
            ["Permits:MaxDocumentBytes"] = MaxDocumentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        _host.CreateClient().Dispose();

        _tokens["partner-app"] = (await OAuth.ClientCredentialsAsync("partner-app", "permits.apply")).AccessToken;
        _tokens["citizen"] = (await OAuth.AuthorizationCodeAsync("citizen", "openid", "permits.apply")).AccessToken;
        _tokens["officer.dpmptsp"] = (await OAuth.AuthorizationCodeAsync("officer.dpmptsp", "openid", "permits.review")).AccessToken;
        _tokens["officer.dlh"] = (await OAuth.AuthorizationCodeAsync("officer.dlh", "openid", "permits.review")).AccessToken;
        _tokens["auditor"] = (await OAuth.AuthorizationCodeAsync("auditor", "openid", "audit.read")).AccessToken;
        _tokens["admin"] = (await OAuth.AuthorizationCodeAsync("admin", "openid", "identity.admin")).AccessToken;
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        if (_documents is not null && Directory.Exists(_documents))
            Directory.Delete(_documents, recursive: true);
    }

    private HttpClient Api(string who, string? language = null)
    {
        var client = OAuth.CreateApiClient(_tokens[who]);
        if (language is not null)
            client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        return client;
    }

    private static Uri Of(Guid id, string? step = null) =>
        new(step is null ? $"/api/v1/permits/applications/{id}" : $"/api/v1/permits/applications/{id}/{step}", UriKind.Relative);

    private static object MicroBusinessForm() => new
    {
        business_name = "Warung Makan Bu Siti",
        business_kind = "kuliner",
        capital_rupiah = 15_000_000,
        address = "Jl. Mulawarman No. 5, Bontang Utara",
        location = new { latitude = 0.135, longitude = 117.49 },
    };

    /// <summary>A draft of <paramref name="type"/>: the citizen's own, or the partner app's for the demo citizen.</summary>
    private async Task<(Guid Id, string ETag)> CreateDraftAsync(string who, string type = "IUMK", object? form = null, object? applicant = null)
    {
        using var api = Api(who);
        applicant ??= who == "citizen" ? new { name = DemoCitizenName } : new { name = DemoCitizenName, nik = DemoCitizenNik, phone = "+62 812 5555 0101" };
        using var response = await api.PostAsJsonAsync(Applications, new { permitType = type, applicant, form = form ?? MicroBusinessForm() });
        var body = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(201), body);
        return (Guid.Parse(JsonNode.Parse(body)!["id"]!.GetValue<string>()), response.Headers.ETag!.Tag);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient api, Guid id, string documentType, byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(documentType), "documentType");
        return await api.PostAsync(Of(id, "documents"), form);
    }

    private static Task<HttpResponseMessage> StepAsync(HttpClient api, Guid id, string step, string? etag, object? body = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Of(id, step)) { Content = JsonContent.Create(body ?? new { }) };
        if (etag is not null)
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        return api.SendAsync(request);
    }

    /// <summary>The citizen's micro-business application with its identity card: ready to submit.</summary>
    private async Task<(Guid Id, string ETag)> ReadyMicroBusinessAsync(string who = "citizen")
    {
        var (id, etag) = await CreateDraftAsync(who);
        using var api = Api(who);
        using var uploaded = await UploadAsync(api, id, "ktp", Samples.Pdf(2_000), "ktp.pdf");
        Assert.That((int)uploaded.StatusCode, Is.EqualTo(201), await uploaded.Content.ReadAsStringAsync());
        return (id, etag);
    }

    private static async Task<(JsonNode Body, string? ETag)> ReadAsync(HttpResponseMessage response, int expectedStatus)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(expectedStatus), text);
        var body = JsonNode.Parse(text)!;
        if (response.IsSuccessStatusCode)
            Assert.That(OpenApiConformance.Violations(response, body), Is.Empty, "the answer is what the contract says");
        return (body, response.Headers.ETag?.Tag);
    }

    /// <summary>Puts an application straight into <paramref name="status"/>, for tests about what each status allows.</summary>
    private async Task ForceAsync(Guid id, string status, DateOnly? stageDueOn = null)
    {
        await using var scope = _host!.Services.CreateAsyncScope();
        var connections = scope.ServiceProvider.GetRequiredService<IDbConnectionFactory>();
        await using var connection = await connections.OpenConnectionAsync();
        await connection.ExecuteAsync(
            "UPDATE permits.application SET status = @status, stage_due_on = @stage_due_on WHERE id = @id",
            new { id, status, stage_due_on = stageDueOn });
    }

    private static async Task<IReadOnlyDictionary<string, string[]>> ReadErrorsAsync(HttpResponseMessage response)
    {
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return problem["errors"]?.AsObject().ToDictionary(pair => pair.Key, pair => pair.Value!.AsArray().Select(message => message!.GetValue<string>()).ToArray())
            ?? new Dictionary<string, string[]>();
    }

    private static async Task<string?> CodeOfAsync(HttpResponseMessage response) => (await response.ReadProblemAsync()).Code;
}
