using System.Data.Common;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using GovServices.Audit.Sealing;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Audit.Tests;

/// <summary>
/// A host with the demo accounts and residents, the background sealer off (tests seal when they choose), and the
/// calls the audit tests make: real requests that leave audit events in each module, and the auditor's API.
/// </summary>
internal sealed class AuditedHost(GovServicesWebApplicationFactory host) : IAsyncDisposable
{
    public const string DemoCitizenNik = "6474014107900001";

    private string? _auditorToken;

    public OAuthTestClient OAuth { get; } = new(host);

    public static async Task<AuditedHost> StartAsync(DatabaseProvider provider)
    {
        var factory = await GovServicesWebApplicationFactory.CreateAsync(provider, new Dictionary<string, string?>
        {
            ["Identity:SeedDemoData"] = "true",
            ["CivilRegistry:SeedDemoData"] = "true",
            ["Audit:SealingEnabled"] = "false",
        });
        factory.CreateClient().Dispose();
        return new AuditedHost(factory);
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();

    public Task<int> SealAsync() => host.Services.GetRequiredService<AuditChainSealer>().SealAllAsync(fullSweep: false, CancellationToken.None);

    public AuditChainSealer Sealer => host.Services.GetRequiredService<AuditChainSealer>();

    public async Task<DbConnection> OpenConnectionAsync() =>
        await host.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();

    public async Task<int> ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = await OpenConnectionAsync();
        return await connection.ExecuteAsync(sql, parameters);
    }

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await OpenConnectionAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    /// <summary>An API client of the demo audit tool, a machine client holding audit.read.</summary>
    public async Task<HttpClient> AuditorAsync()
    {
        _auditorToken ??= (await OAuth.ClientCredentialsAsync("auditor-tool", "audit.read")).AccessToken;
        return OAuth.CreateApiClient(_auditorToken);
    }

    public async Task<JsonNode> GetJsonAsync(string uri)
    {
        using var auditor = await AuditorAsync();
        using var response = await auditor.GetAsync(new Uri(uri, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new AssertionException($"GET {uri} answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    public Task<JsonNode> VerifyAsync(string module) => GetJsonAsync($"/api/v1/audit/verify?module={module}");

    /// <summary>One state change or access in each module, through the real API: identity, complaints, civil registry, payments.</summary>
    public async Task ActInEveryModuleAsync(string suffix)
    {
        using (var admin = OAuth.CreateApiClient((await OAuth.ClientCredentialsAsync("admin-cli", "identity.admin")).AccessToken))
        {
            await PostAsync(admin, "/api/v1/identity/clients", new { clientId = "dinsos-" + suffix, displayName = "Dinsos system", kind = "machine", scopes = new[] { "payments.read" } });
        }

        using (var partner = OAuth.CreateApiClient((await OAuth.ClientCredentialsAsync("partner-app", "complaints.submit", "registry.verify", "permits.apply")).AccessToken))
        {
            await PostAsync(partner, "/api/v1/complaints", new
            {
                title = "Lampu jalan padam " + suffix,
                description = "Lampu jalan di depan pasar padam sejak tiga hari.",
                category = "sampah",
                latitude = 0.1333,
                longitude = 117.4833,
                address = "Jl. Ahmad Yani, Bontang Utara",
                anonymous = false,
                confidential = false,
                reporter = new { name = "Budi Hartono", contact = "+62 812 5555 0101" },
            });
            await PostAsync(partner, "/api/v1/civil-registry/verifications", new { nik = DemoCitizenNik, purpose = "health-service", fullName = "Siti Rahmawati" });
            await PostAsync(partner, "/api/v1/permits/applications", new
            {
                permitType = "KERAMAIAN",
                applicant = new { name = "Siti Rahmawati", nik = DemoCitizenNik, phone = "+62 812 5555 0101" },
            });
        }

        using var opd = OAuth.CreateApiClient((await OAuth.ClientCredentialsAsync("opd-system", "payments.manage")).AccessToken);
        await PostAsync(opd, "/api/v1/payments/invoices", new
        {
            source = new { module = "permits", reference = "APP-" + suffix },
            amount = 150_000,
            description = "Retribusi persetujuan bangunan gedung",
            payerName = "Siti Rahmawati",
        });
    }

    private static async Task PostAsync(HttpClient api, string uri, object body)
    {
        using var response = await api.PostAsJsonAsync(new Uri(uri, UriKind.Relative), body);
        if (!response.IsSuccessStatusCode)
            throw new AssertionException($"POST {uri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
