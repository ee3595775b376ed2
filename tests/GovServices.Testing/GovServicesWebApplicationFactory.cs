using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GovServices.Testing;

/// <summary>
/// Hosts the whole application in memory for API tests. Configuration values given here override
/// appsettings, so a test fixture can point the host at its own database or tighten a limit.
/// </summary>
public class GovServicesWebApplicationFactory : WebApplicationFactory<Program>
{
    /// <summary>The environment tests run in unless they ask for another: neither Development nor Production.</summary>
    public const string TestingEnvironment = "Testing";

    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly string _environment;

    public GovServicesWebApplicationFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <param name="settings">Configuration keys (<c>Section:Key</c>) and the values they take.</param>
    /// <param name="environment">The hosting environment name.</param>
    public GovServicesWebApplicationFactory(IReadOnlyDictionary<string, string?> settings, string environment = TestingEnvironment)
    {
        _settings = settings;
        _environment = environment;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.UseEnvironment(_environment);

        // Host settings are visible while Program composes the services, unlike values added to the app configuration.
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
