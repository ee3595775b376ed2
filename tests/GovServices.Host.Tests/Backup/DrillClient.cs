using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Identity;

namespace GovServices.Host.Tests.Backup;

/// <summary>What a restore drill does through the real API of one host: file and read complaints, verify audit chains.</summary>
internal sealed class DrillClient(GovServicesWebApplicationFactory host)
{
    private readonly OAuthTestClient _oauth = new(host);

    /// <summary>Every module schema the host registered, each with its own audit chain.</summary>
    public IReadOnlyList<string> Modules => host.Services.GetServices<ModuleSchema>().Select(schema => schema.Name).Distinct().ToList();

    public async Task<Guid> FileComplaintAsync(string title)
    {
        using var partner = await PartnerAsync();
        using var filed = await partner.PostAsJsonAsync(new Uri("/api/v1/complaints", UriKind.Relative), new
        {
            title,
            description = "Saluran air tersumbat sampah di depan sekolah.",
            category = "sampah",
            latitude = 0.1333,
            longitude = 117.4833,
            address = "Jl. Ahmad Yani, Bontang Utara",
            anonymous = false,
            confidential = false,
            reporter = new { name = "Budi Hartono", contact = "+62 812 5555 0101" },
        });
        var body = await filed.Content.ReadAsStringAsync();
        if (filed.StatusCode != HttpStatusCode.Created)
            throw new AssertionException($"Filing answered {(int)filed.StatusCode}: {body}");
        return JsonNode.Parse(body)!["id"]!.GetValue<Guid>();
    }

    public async Task<(HttpStatusCode Status, string? Title)> ReadComplaintAsync(Guid id)
    {
        using var partner = await PartnerAsync();
        using var response = await partner.GetAsync(new Uri($"/api/v1/complaints/{id}", UriKind.Relative));
        var title = response.IsSuccessStatusCode
            ? JsonNode.Parse(await response.Content.ReadAsStringAsync())!["title"]?.GetValue<string>()
            : null;
        return (response.StatusCode, title);
    }

    /// <summary>A partner app starts a micro-business permit application for the demo citizen and uploads a PDF to it.</summary>
    /// <returns>Where the document is downloaded from.</returns>
    public async Task<Uri> ApplyWithDocumentAsync(byte[] pdf)
    {
        using var partner = await PermitsPartnerAsync();
        using var created = await partner.PostAsJsonAsync(new Uri("/api/v1/permits/applications", UriKind.Relative), new
        {
            permitType = "IUMK",
            applicant = new { name = "Siti Rahmawati", nik = "6474014107900001", phone = "+62 812 5555 0101" },
            form = new
            {
                business_name = "Warung Makan Bu Siti",
                business_kind = "kuliner",
                capital_rupiah = 15_000_000,
                address = "Jl. Mulawarman No. 5, Bontang Utara",
                location = new { latitude = 0.135, longitude = 117.49 },
            },
        });
        var body = await created.Content.ReadAsStringAsync();
        if (created.StatusCode != HttpStatusCode.Created)
            throw new AssertionException($"Applying answered {(int)created.StatusCode}: {body}");
        var id = JsonNode.Parse(body)!["id"]!.GetValue<string>();

        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "ktp.pdf");
        form.Add(new StringContent("ktp"), "documentType");
        using var uploaded = await partner.PostAsync(new Uri($"/api/v1/permits/applications/{id}/documents", UriKind.Relative), form);
        if (uploaded.StatusCode != HttpStatusCode.Created)
            throw new AssertionException($"Uploading answered {(int)uploaded.StatusCode}: {await uploaded.Content.ReadAsStringAsync()}");
        return uploaded.Headers.Location!;
    }

    public async Task<(HttpStatusCode Status, byte[] Content)> DownloadAsync(Uri document)
    {
        using var partner = await PermitsPartnerAsync();
        using var response = await partner.GetAsync(document);
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>An administrator registers a partner app: identity's trail gets a record.</summary>
    public async Task RegisterClientAsync(string clientId)
    {
        using var admin = _oauth.CreateApiClient((await _oauth.ClientCredentialsAsync("admin-cli", "identity.admin")).AccessToken);
        using var created = await admin.PostAsJsonAsync(new Uri("/api/v1/identity/clients", UriKind.Relative), new
        {
            clientId,
            displayName = "Dinas Sosial",
            kind = "machine",
            scopes = new[] { "payments.read" },
        });
        if (!created.IsSuccessStatusCode)
            throw new AssertionException($"Registering a client answered {(int)created.StatusCode}: {await created.Content.ReadAsStringAsync()}");
    }

    public async Task<bool> ClientExistsAsync(string clientId)
    {
        using var admin = _oauth.CreateApiClient((await _oauth.ClientCredentialsAsync("admin-cli", "identity.admin")).AccessToken);
        using var response = await admin.GetAsync(new Uri($"/api/v1/identity/clients/{clientId}", UriKind.Relative));
        return response.StatusCode switch
        {
            HttpStatusCode.OK => true,
            HttpStatusCode.NotFound => false,
            var other => throw new AssertionException($"Reading a client answered {(int)other}: {await response.Content.ReadAsStringAsync()}"),
        };
    }

    /// <summary>The auditor API's verdict on one module's chain.</summary>
    public async Task<JsonNode> VerifyAsync(string module)
    {
        using var auditor = _oauth.CreateApiClient((await _oauth.ClientCredentialsAsync("auditor-tool", "audit.read")).AccessToken);
        using var response = await auditor.GetAsync(new Uri($"/api/v1/audit/verify?module={module}", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
            throw new AssertionException($"Verifying {module} answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>Waits for the background sealer until the module's chain holds at least <paramref name="records"/> records.</summary>
    public async Task<long> WaitForSealedAsync(string module, long records)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            var verdict = await VerifyAsync(module);
            var verified = verdict["verifiedRecords"]!.GetValue<long>();
            if (verified >= records)
                return verified;
            if (DateTime.UtcNow > deadline)
                throw new AssertionException($"The sealer did not seal {records} records of {module} within 60 s: {verdict.ToJsonString()}");
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    private async Task<HttpClient> PermitsPartnerAsync() =>
        _oauth.CreateApiClient((await _oauth.ClientCredentialsAsync("partner-app", "permits.apply")).AccessToken);

    private async Task<HttpClient> PartnerAsync() =>
        _oauth.CreateApiClient((await _oauth.ClientCredentialsAsync("partner-app", "complaints.submit", "complaints.read")).AccessToken);
}
