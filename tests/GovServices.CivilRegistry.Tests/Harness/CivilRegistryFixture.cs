using GovServices.BuildingBlocks.Data;

namespace GovServices.CivilRegistry.Tests.Harness;

/// <summary>Base of fixtures that run once per database provider, each on a database of its own.</summary>
public abstract class CivilRegistryFixture(DatabaseProvider provider)
{
    private CivilRegistryHarness? _harness;

    protected DatabaseProvider Provider => provider;

    internal CivilRegistryHarness Registry => _harness ?? throw new InvalidOperationException("The fixture did not start.");

    [OneTimeSetUp]
    public async Task StartHarnessAsync() => _harness = await CivilRegistryHarness.StartAsync(provider);

    [OneTimeTearDown]
    public async Task StopHarnessAsync()
    {
        if (_harness is not null)
            await _harness.DisposeAsync();
    }
}
