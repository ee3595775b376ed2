using GovServices.BuildingBlocks.Data;
using GovServices.Testing.Databases;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GovServices.Testing;

/// <summary>
/// Hosts the whole application in memory for API tests. Configuration values given here override
/// appsettings, so a test fixture can point the host at its own database or tighten a limit. Without database
/// settings the host gets a fresh SQLite database of its own, removed with the factory.
/// </summary>
public class GovServicesWebApplicationFactory : WebApplicationFactory<Program>
{
    /// <summary>The environment tests run in unless they ask for another: neither Development nor Production.</summary>
    public const string TestingEnvironment = "Testing";

    /// <summary>The token issuer of hosts outside Development, which refuse to start without one.</summary>
    public const string TestIssuer = "https://govservices.test/";

    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly string _environment;
    private TestDatabase? _ownDatabase;

    public GovServicesWebApplicationFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <param name="settings">Configuration keys (<c>Section:Key</c>) and the values they take.</param>
    /// <param name="environment">The hosting environment name.</param>
    public GovServicesWebApplicationFactory(IReadOnlyDictionary<string, string?> settings, string environment = TestingEnvironment)
    {
        _environment = environment;
        if (settings.Keys.Any(key => key.StartsWith(DatabaseOptions.SectionName + ":", StringComparison.Ordinal)))
        {
            _settings = settings;
        }
        else
        {
            // SQLite needs no server, so creating its database never waits on anything.
            _ownDatabase = TestDatabase.CreateAsync(DatabaseProvider.Sqlite).GetAwaiter().GetResult();
            _settings = _ownDatabase.ToConfiguration()
                .Concat(settings)
                .ToDictionary(setting => setting.Key, setting => setting.Value);
        }
    }

    /// <summary>A host on a fresh database of the given provider (skipped with the reason when it is not available).</summary>
    public static async Task<GovServicesWebApplicationFactory> CreateAsync(
        DatabaseProvider provider, IReadOnlyDictionary<string, string?>? settings = null, string environment = TestingEnvironment)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var allSettings = database.ToConfiguration()
            .Concat(settings ?? new Dictionary<string, string?>())
            .ToDictionary(setting => setting.Key, setting => setting.Value);
        return new GovServicesWebApplicationFactory(allSettings, environment) { _ownDatabase = database };
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownDatabase is not null)
            await _ownDatabase.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.UseEnvironment(_environment);

        // Outside Development the token server needs configured certificates and an issuer; give it test ones.
        if (_environment != "Development")
        {
            foreach (var (key, value) in TestCertificates.Settings)
                builder.UseSetting(key, value);
            builder.UseSetting("Identity:Issuer", TestIssuer);
        }

        // Tests' webhook receivers listen on http://127.0.0.1, which the SSRF guard refuses outside Development; the
        // guard's own tests set this back to false.
        builder.UseSetting("Notifications:Webhooks:AllowPrivateAddresses", "true");

        // Host settings are visible while Program composes the services, unlike values added to the app configuration.
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
