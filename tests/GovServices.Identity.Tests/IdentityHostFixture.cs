using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Identity;

namespace GovServices.Identity.Tests;

/// <summary>A host with the demo clients and users on a fresh database of one provider, shared by a fixture's tests.</summary>
public abstract class IdentityHostFixture(DatabaseProvider provider)
{
    private GovServicesWebApplicationFactory? _host;

    internal GovServicesWebApplicationFactory Host => _host ?? throw new InvalidOperationException("The host did not start.");

    internal OAuthTestClient OAuth => new(Host);

    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    [OneTimeSetUp]
    public async Task StartHostAsync()
    {
        var settings = new Dictionary<string, string?>(Settings) { ["Identity:SeedDemoData"] = "true" };
        _host = await GovServicesWebApplicationFactory.CreateAsync(provider, settings);
        // Start it now, so that seeding is not charged to the first test.
        _host.CreateClient().Dispose();
    }

    [OneTimeTearDown]
    public async Task StopHostAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
    }
}
